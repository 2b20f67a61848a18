import { useTranslation } from 'react-i18next';
import type { ConsultationReportFieldsFragment } from '../../../gql/graphql';
import { formatBytes } from '../../documents/files';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import { groupComments } from '../figures';

type Report = ConsultationReportFieldsFragment;

/** The whole consultation in words a reader scans: who took part and what came of it. */
export function ReportTotals({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { totals } = report;
  const rows: [string, number][] = [
    [t('reports.totals.people'), totals.people],
    [t('reports.totals.discussionPosts'), totals.discussionPosts],
    [t('reports.totals.paragraphComments'), totals.paragraphComments],
    [t('reports.totals.answeredComments'), totals.answeredComments],
    [t('reports.totals.unansweredComments'), totals.unansweredComments],
    [t('reports.totals.officialAnswers'), totals.officialAnswers],
    [t('reports.totals.meetings'), totals.meetings],
    [t('reports.totals.meetingsWithMinutes'), totals.meetingsWithMinutes],
    [t('reports.totals.registrations'), totals.registrations],
    [t('reports.totals.waitingList'), totals.waitingList],
    [t('reports.totals.documents'), totals.documents],
    [t('reports.totals.draftVersions'), totals.draftVersions],
  ];
  return (
    <dl className="report-totals" data-testid="report-totals">
      {rows.map(([label, value]) => (
        <div key={label} className="report-totals__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The draft comments under their version and paragraph, each with the officials' answers. */
export function ReportComments({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const versions = groupComments(report);
  if (versions.length === 0) return <p>{t('reports.comments.none')}</p>;
  return (
    <>
      {versions.map((version) => (
        <section key={version.version} className="report-version">
          <h4>{t('reports.comments.version', { version: version.version, title: version.title })}</h4>
          {version.paragraphs.map((paragraph) => (
            <section key={paragraph.number} className="report-paragraph">
              <h5>{t('reports.comments.paragraph', { number: paragraph.number })}</h5>
              <blockquote className="report-paragraph__source">{paragraph.source}</blockquote>
              <ol className="report-comments">
                {paragraph.comments.map((comment) => (
                  <li key={comment.postId} className="report-comment">
                    <p className="report-comment__meta">
                      {comment.authorName ?? t('reports.comments.removedAccount')},{' '}
                      <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
                    </p>
                    {comment.bodyHtml === null ? (
                      <p className="muted">{t('reports.comments.deleted')}</p>
                    ) : (
                      <div className="post__body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
                    )}
                    {comment.answers.length === 0 && <p className="muted">{t('reports.comments.unanswered')}</p>}
                    {comment.answers.map((answer) => (
                      <div key={answer.postId} className="report-answer">
                        <p className="report-comment__meta">
                          <strong>{t('reports.comments.officialAnswer')}</strong>
                          {': '}
                          {answer.authorName ?? t('reports.comments.removedAccount')}
                        </p>
                        {answer.bodyHtml === null ? (
                          <p className="muted">{t('reports.comments.deleted')}</p>
                        ) : (
                          <div className="post__body" dangerouslySetInnerHTML={{ __html: answer.bodyHtml }} />
                        )}
                      </div>
                    ))}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

/** The meetings with their attendance and minutes. */
export function ReportMeetings({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  if (report.meetings.length === 0) return <p>{t('reports.meetings.none')}</p>;
  return (
    <ul className="report-meetings">
      {report.meetings.map((meeting) => (
        <li key={meeting.meetingId} className="report-meeting">
          <h4>
            {meeting.title}
            {meeting.cancelled && <> ({t('meetings.cancelled')})</>}
          </h4>
          <p>
            {t(`meetings.kind.${meeting.kind}`)},{' '}
            <time dateTime={meeting.startsAt}>{format.dateTime(meeting.startsAt)}</time>
          </p>
          <p>
            {meeting.capacity === null
              ? t('reports.meetings.registered', { count: meeting.registered })
              : t('reports.meetings.registeredOf', { count: meeting.registered, capacity: meeting.capacity })}
            {meeting.waiting > 0 && <> · {t('reports.meetings.waiting', { count: meeting.waiting })}</>}
          </p>
          {meeting.minutesHtml === null ? (
            <p className="muted">{t('reports.meetings.noMinutes')}</p>
          ) : (
            <details>
              <summary>{t('reports.meetings.minutes')}</summary>
              <div className="post__body" dangerouslySetInnerHTML={{ __html: meeting.minutesHtml }} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ReportDocuments({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  if (report.documents.length === 0) return <p>{t('reports.documents.none')}</p>;
  return (
    <ul>
      {report.documents.map((document) => (
        <li key={document.documentId}>
          {document.title} ({document.fileName}, {formatBytes(document.sizeBytes, format.locale)})
        </li>
      ))}
    </ul>
  );
}
