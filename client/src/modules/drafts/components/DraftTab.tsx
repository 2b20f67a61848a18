import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { phaseOpeningFor } from '@ratusz/shared';
import {
  ConsultationDraftsDocument,
  DraftConsultationDocument,
  DraftDocument,
  type DraftConsultationFieldsFragment,
  type DraftParagraphFieldsFragment,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import { useDraftEvents } from '../hooks/useDraftEvents';
import { DraftDiffView } from './DraftDiffView';
import { ParagraphComments, type CommentRights } from './ParagraphComments';
import { PublishDraftForm } from './PublishDraftForm';
import { routes } from '../../../app/routes';

type View = 'text' | 'changes';

/** Why the viewer cannot comment now, and when they can. */
function ClosedNotice({
  consultation,
  isCurrentVersion,
  loggedIn,
}: {
  consultation: DraftConsultationFieldsFragment;
  isCurrentVersion: boolean;
  loggedIn: boolean;
}) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  if (!isCurrentVersion) return <p className="callout">{t('drafts.comments.oldVersion')}</p>;
  if (!consultation.allowedActions.includes('COMMENT_DRAFT')) {
    const opening = phaseOpeningFor('COMMENT_DRAFT', consultation.phases, new Date());
    return (
      <p className="callout" data-testid="comments-closed">
        {opening
          ? t('drafts.comments.opensIn', {
              phase: t(`drafts.phase.${opening.kind}`),
              date: format.day(opening.startsOn),
            })
          : t('drafts.comments.closed')}
      </p>
    );
  }
  if (!loggedIn)
    return (
      <p className="callout">
        <Link to={routes.login()}>{t('drafts.comments.login')}</Link>
      </p>
    );
  return null;
}

function Paragraph({
  paragraph,
  consultation,
  rights,
  isCurrentVersion,
  loggedIn,
}: {
  paragraph: DraftParagraphFieldsFragment;
  consultation: DraftConsultationFieldsFragment;
  rights: CommentRights;
  isCurrentVersion: boolean;
  loggedIn: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = `paragraph-${paragraph.id}-comments`;
  const headingId = `paragraph-${paragraph.number}-heading`;
  return (
    <li className="draft-paragraph" id={`paragraph-${paragraph.number}`} data-testid="draft-paragraph">
      <article aria-labelledby={headingId}>
        <h4 className="draft-paragraph__number" id={headingId}>
          <span aria-hidden="true">§ </span>
          <span className="visually-hidden">{t('drafts.paragraph')} </span>
          {paragraph.number}
        </h4>
        {/* Safe: paragraph HTML is sanitised by the server. */}
        <div className="post__body draft-paragraph__text" dangerouslySetInnerHTML={{ __html: paragraph.html }} />
        <p className="draft-paragraph__meta">
          <span data-testid="comment-count">{t('drafts.comments.count', { count: paragraph.commentCount })}</span>
          {paragraph.answeredCount > 0 && (
            <span>
              {' · '}
              {t('drafts.comments.answered', { count: paragraph.answeredCount })}
            </span>
          )}{' '}
          <button
            type="button"
            className="button button--small"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            {rights.canComment ? t('drafts.comments.open') : t('drafts.comments.show')}
            <span className="visually-hidden"> {t('drafts.comments.onParagraph', { number: paragraph.number })}</span>
          </button>
        </p>
        <div id={panelId} hidden={!open}>
          {open && (
            <ParagraphComments
              paragraph={paragraph}
              rights={rights}
              closedNotice={
                <ClosedNotice consultation={consultation} isCurrentVersion={isCurrentVersion} loggedIn={loggedIn} />
              }
            />
          )}
        </div>
      </article>
    </li>
  );
}

function DraftText({
  draftId,
  consultation,
  isCurrentVersion,
}: {
  draftId: string;
  consultation: DraftConsultationFieldsFragment;
  isCurrentVersion: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const query = useQuery(DraftDocument, { variables: { id: draftId }, fetchPolicy: 'cache-and-network' });
  const draft = query.data?.draft;
  if (!draft) {
    return query.loading ? <p className="muted">{t('common.loading')}</p> : <ProblemCallout error={query.error} />;
  }
  const rights: CommentRights = {
    canComment: isCurrentVersion && !!me && consultation.allowedActions.includes('COMMENT_DRAFT'),
    canAnswer: consultation.viewerCanManage,
  };
  return (
    <section className="draft-text" aria-labelledby="draft-title">
      <h3 id="draft-title">{draft.title}</h3>
      <ClosedNotice consultation={consultation} isCurrentVersion={isCurrentVersion} loggedIn={!!me} />
      <ol className="draft-paragraphs">
        {draft.paragraphs.map((paragraph) => (
          <Paragraph
            key={paragraph.id}
            paragraph={paragraph}
            consultation={consultation}
            rights={rights}
            isCurrentVersion={isCurrentVersion}
            loggedIn={!!me}
          />
        ))}
      </ol>
    </section>
  );
}

/**
 * The draft put to consultation: the chosen version's numbered paragraphs,
 * each with its comments; what changed between versions; and, for the
 * organisers, publishing the next version.
 */
export function DraftTab({ consultation: { id: consultationId } }: { consultation: { id: string } }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const consultationQuery = useQuery(DraftConsultationDocument, { variables: { id: consultationId } });
  const draftsQuery = useQuery(ConsultationDraftsDocument, {
    variables: { consultationId },
    fetchPolicy: 'cache-and-network',
  });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<View>('text');
  const [publishing, setPublishing] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  useDraftEvents(consultationId, (version) => setAnnouncement(t('drafts.newVersion', { version })));

  const consultation = consultationQuery.data?.consultation;
  const versions = draftsQuery.data?.consultationDrafts ?? [];
  const latest = versions[0] ?? null;
  const selected = versions.find((draft) => draft.id === chosenId) ?? latest;

  if (!consultation || !draftsQuery.data) {
    return (
      <div className="draft-tab">
        <h2>{t('drafts.heading')}</h2>
        {consultationQuery.loading || draftsQuery.loading ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <ProblemCallout error={consultationQuery.error ?? draftsQuery.error} />
        )}
      </div>
    );
  }

  return (
    <div className="draft-tab" data-testid="draft-tab">
      <h2>{t('drafts.heading')}</h2>
      <p role="status" className="draft-tab__status">
        {announcement}
      </p>
      {versions.length === 0 && <p>{t('drafts.empty')}</p>}
      {selected && (
        <div className="draft-tab__toolbar">
          <div className="field field--inline">
            <label className="field__label" htmlFor="draft-version">
              {t('drafts.version')}
            </label>
            <select
              id="draft-version"
              className="field__input"
              value={selected.id}
              onChange={(event) => {
                setChosenId(event.target.value);
                setView('text');
              }}
            >
              {versions.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {t('drafts.versionOption', { version: draft.version, title: draft.title })}
                  {draft.id === latest?.id ? ` (${t('drafts.current')})` : ''}
                </option>
              ))}
            </select>
          </div>
          <p className="muted">
            {t('drafts.publishedOn', {
              date: format.dateTime(selected.createdAt),
              count: selected.paragraphCount,
            })}
          </p>
          <div className="segmented" role="group" aria-label={t('drafts.viewLabel')}>
            <button
              type="button"
              className="button button--small"
              aria-pressed={view === 'text'}
              onClick={() => setView('text')}
            >
              {t('drafts.viewText')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-pressed={view === 'changes'}
              onClick={() => setView('changes')}
              disabled={versions.length < 2}
            >
              {t('drafts.viewChanges')}
            </button>
          </div>
        </div>
      )}
      {selected && view === 'text' && (
        <DraftText
          key={selected.id}
          draftId={selected.id}
          consultation={consultation}
          isCurrentVersion={selected.id === latest?.id}
        />
      )}
      {view === 'changes' && <DraftDiffView versions={versions} />}
      {consultation.viewerCanManage &&
        (publishing ? (
          <PublishDraftFormLoader
            consultationId={consultationId}
            latestId={latest?.id ?? null}
            onPublished={(id) => {
              setPublishing(false);
              setChosenId(id);
              setView('text');
              setAnnouncement(t('drafts.published'));
            }}
            onCancel={() => setPublishing(false)}
          />
        ) : (
          <p>
            <button type="button" className="button button--primary" onClick={() => setPublishing(true)}>
              {latest ? t('drafts.publish.newVersion') : t('drafts.publish.first')}
            </button>
          </p>
        ))}
    </div>
  );
}

/** The publish form starts from the current version's text, fetched first. */
function PublishDraftFormLoader({
  consultationId,
  latestId,
  onPublished,
  onCancel,
}: {
  consultationId: string;
  latestId: string | null;
  onPublished: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery(DraftDocument, { variables: { id: latestId ?? '' }, skip: !latestId });
  if (latestId && !query.data) {
    return query.loading ? <p className="muted">{t('common.loading')}</p> : <ProblemCallout error={query.error} />;
  }
  const current = query.data?.draft ? { title: query.data.draft.title, source: query.data.draft.source } : null;
  return (
    <PublishDraftForm consultationId={consultationId} current={current} onPublished={onPublished} onCancel={onCancel} />
  );
}
