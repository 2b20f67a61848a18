import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationDetailsFragment } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import { useConsultationReport } from '../hooks/useConsultationReport';
import { REPORT_FORMATS, reportDownloadUrl } from '../reportLinks';
import { GenerateReportControl } from './GenerateReportControl';
import { ReportFiguresTable } from './ReportFiguresTable';
import { ReportComments, ReportDocuments, ReportMeetings, ReportTotals } from './ReportSections';

// The chart library is loaded only by those who open a report.
const PhaseChart = lazy(() => import('./PhaseChart'));

/** The consultation's report tab: the newest generated report, its downloads, and the organisers' button. */
export function ReportTab({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const phaseFormat = useConsultationFormat();
  const query = useConsultationReport(consultation.id);
  const report = query.data?.consultationReport ?? null;
  const reportPhase = consultation.phases.find((phase) => phase.kind === 'REPORT');
  return (
    <div className="report-tab" data-testid="report-tab">
      <h2>{t('reports.heading')}</h2>
      {consultation.viewerCanManage && (
        <GenerateReportControl consultation={consultation} hasReport={report !== null} />
      )}
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && !report && (
        <p data-testid="report-none">
          {reportPhase
            ? t('reports.notYetIn', { phase: phaseFormat.phase('REPORT'), date: phaseFormat.day(reportPhase.startsOn) })
            : t('reports.notYet')}
        </p>
      )}
      {report && (
        <>
          <p className="muted" data-testid="report-meta">
            {t('reports.meta', {
              version: report.version,
              date: format.dateTime(report.generatedAt),
              name: report.generatedBy?.displayName ?? t('reports.comments.removedAccount'),
            })}
          </p>
          <nav aria-label={t('reports.downloads.label')}>
            <ul className="report-downloads">
              {REPORT_FORMATS.map((kind) => (
                <li key={kind}>
                  <a className="button button--small" href={reportDownloadUrl(consultation.id, kind)} download>
                    {t(`reports.downloads.${kind}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          <section aria-labelledby="report-participation">
            <h3 id="report-participation">{t('reports.sections.participation')}</h3>
            <Suspense fallback={null}>
              <PhaseChart report={report} />
            </Suspense>
            <ReportFiguresTable report={report} />
            <ReportTotals report={report} />
          </section>
          <section aria-labelledby="report-comments">
            <h3 id="report-comments">{t('reports.sections.comments')}</h3>
            <ReportComments report={report} />
          </section>
          <section aria-labelledby="report-meetings">
            <h3 id="report-meetings">{t('reports.sections.meetings')}</h3>
            <ReportMeetings report={report} />
          </section>
          <section aria-labelledby="report-documents">
            <h3 id="report-documents">{t('reports.sections.documents')}</h3>
            <ReportDocuments report={report} />
          </section>
        </>
      )}
    </div>
  );
}
