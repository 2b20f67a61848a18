import { useTranslation } from 'react-i18next';
import type { ConsultationReportFieldsFragment } from '../../../gql/graphql';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { FIGURE_KEYS, totalFigures } from '../figures';

/** Participation per phase, with the whole consultation in the footer: the data behind the chart. */
export function ReportFiguresTable({ report }: { report: ConsultationReportFieldsFragment }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const totals = totalFigures(report.totals);
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="report-figures-caption">
      <table className="table report-table" data-testid="report-figures">
        <caption id="report-figures-caption">{t('reports.figures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.figures.phase')}</th>
            <th scope="col">{t('reports.figures.dates')}</th>
            {FIGURE_KEYS.map((key) => (
              <th scope="col" key={key} className="report-table__number">
                {t(`reports.figures.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.phases.map((phase) => (
            <tr key={phase.kind} data-testid={`report-phase-${phase.kind}`}>
              <th scope="row">{format.phase(phase.kind)}</th>
              <td>
                {format.day(phase.startsOn)} – {format.day(phase.endsOn)}
              </td>
              {FIGURE_KEYS.map((key) => (
                <td key={key} className="report-table__number" data-figure={key}>
                  {phase[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="report-phase-total">
            <th scope="row">{t('reports.figures.total')}</th>
            <td />
            {FIGURE_KEYS.map((key) => (
              <td key={key} className="report-table__number" data-figure={key}>
                {totals[key]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
