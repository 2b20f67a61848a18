import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  FieldErrorCode,
  PROPOSAL_ANSWER_LIMITS,
  PROPOSAL_BODY_LIMITS,
  PROPOSAL_MAX_DOCUMENTS,
  reviewNeedsReason,
  reviewTransitionsFrom,
} from '@ratusz/shared';
import {
  AttachProposalDocumentsDocument,
  EditProposalDocument,
  ForumThreadDocument,
  ProposalDocument,
  RemoveProposalAttachmentDocument,
  ReplyToProposalDocument,
  ReviewProposalDocument,
  SupportProposalDocument,
  WithdrawProposalDocument,
  WithdrawProposalSupportDocument,
  type ProposalQuery,
  type ProposalStatus,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ContentModeration } from '../../moderation/components/ContentModeration';
import { FlagButton } from '../../moderation/components/FlagButton';
import { HiddenNotice, useShownTitle } from '../../moderation/components/HiddenNotice';
import { ConfirmDialog } from '../../consultations/components/ConfirmDialog';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { useConsultationLive } from '../../consultations/hooks/useConsultationLive';
import { usePhaseClosedMessage } from '../../consultations/hooks/usePhaseClosedMessage';
import { ParagraphComposer } from '../../drafts/components/ParagraphComposer';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { insertPosts } from '../../forum/cache';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { ThreadView } from '../../forum/components/ThreadPage';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { useProposalEvents } from '../hooks/useProposalEvents';
import { useProposalFormat } from '../hooks/useProposalFormat';
import { attachmentProblemOf, checkAttachments, uploadAttachments, type AttachmentProblem } from '../attachments';
import { AttachmentPicker } from './AttachmentPicker';
import { ProposalForm } from './ProposalForm';
import { documentTypeLabel, formatBytes } from '../../documents/files';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { routes } from '../../../app/routes';
import { AuthorName } from '../../organisations/components/OrganisationName';

type Proposal = NonNullable<ProposalQuery['proposal']>;

/** Support and its withdrawal, with the count; the button says what it will do, the text what is. */
function SupportControl({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const phaseClosed = usePhaseClosedMessage();
  const [status, setStatus] = useState<string | null>(null);
  const [support, supportState] = useMutation(SupportProposalDocument);
  const [withdraw, withdrawState] = useMutation(WithdrawProposalSupportDocument);
  const busy = supportState.loading || withdrawState.loading;
  const error = supportState.error ?? withdrawState.error;
  const toggle = () => {
    if (busy) return;
    setStatus(null);
    const action = proposal.viewerHasSupported
      ? withdraw({ variables: { id: proposal.id } }).then(() => t('proposals.support.withdrawn'))
      : support({ variables: { id: proposal.id } }).then(() => t('proposals.support.supported'));
    action.then(setStatus).catch(() => undefined);
  };
  return (
    <section className="section proposal-support" aria-labelledby="proposal-support-heading">
      <h2 id="proposal-support-heading">{t('proposals.page.supports')}</h2>
      <p data-testid="support-count">{t('proposals.supports', { count: proposal.supportCount })}</p>
      {proposal.viewerHasSupported && <p>{t('proposals.support.supported')}</p>}
      {proposal.viewerCanSupport ? (
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={toggle}>
          {busy
            ? t('proposals.support.working')
            : proposal.viewerHasSupported
              ? t('proposals.support.withdraw')
              : t('proposals.support.support')}
        </button>
      ) : !me ? (
        <p>
          <Link to={routes.login()}>{t('proposals.support.login')}</Link>
        </p>
      ) : (
        <p className="muted">{t('proposals.support.closed')}</p>
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <ProblemCallout inline error={error} messages={{ PHASE_CLOSED: phaseClosed(error) ?? undefined }} />
    </section>
  );
}

/** The author's edit (while SUBMITTED) and withdrawal (before a decision). */
function AuthorControls({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [edit] = useMutation(EditProposalDocument);
  const [attach] = useMutation(AttachProposalDocumentsDocument);
  const uploaded = useRef(new WeakMap<File, string>());
  const [withdraw, withdrawState] = useMutation(WithdrawProposalDocument);
  if (!proposal.viewerCanEdit && !proposal.viewerCanWithdraw) return null;
  return (
    <section className="section proposal-author" aria-labelledby="proposal-author-heading">
      <h2 id="proposal-author-heading" className="visually-hidden">
        {t('proposals.edit.heading')}
      </h2>
      <div className="form__actions">
        {proposal.viewerCanEdit && !editing && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('proposals.edit.action')}
          </button>
        )}
        {proposal.viewerCanWithdraw && (
          <button
            type="button"
            className="button button--danger"
            aria-disabled={withdrawState.loading || undefined}
            onClick={() => setConfirming(true)}
          >
            {withdrawState.loading ? t('proposals.withdraw.working') : t('proposals.withdraw.action')}
          </button>
        )}
      </div>
      {editing && (
        <>
          <p className="field__hint">{t('proposals.edit.hint')}</p>
          <ProposalForm
            idPrefix="proposal-edit"
            initial={{
              title: proposal.title ?? '',
              body: proposal.bodySource ?? '',
              serviceArea: proposal.serviceArea.code,
              costEstimatePln: proposal.costEstimatePln ?? '',
            }}
            submitLabel={t('proposals.edit.save')}
            busyLabel={t('proposals.edit.saving')}
            cancelLabel={t('proposals.edit.cancel')}
            onCancel={() => setEditing(false)}
            attachmentRoom={
              proposal.viewerCanManageAttachments
                ? Math.max(0, PROPOSAL_MAX_DOCUMENTS - proposal.attachments.length)
                : undefined
            }
            send={async (values, files) => {
              await edit({
                variables: {
                  input: {
                    id: proposal.id,
                    title: values.title.trim(),
                    body: values.body,
                    serviceArea: values.serviceArea || proposal.serviceArea.code,
                    costEstimatePln: values.costEstimatePln.trim() || null,
                  },
                },
              });
              if (files.length) {
                const documentIds = await uploadAttachments(proposal.consultationId, files, uploaded.current);
                await attach({ variables: { input: { proposalId: proposal.id, documentIds } } });
              }
              setEditing(false);
              setStatus(t('proposals.edit.saved'));
            }}
          />
        </>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t('proposals.withdraw.confirmHeading')}
        confirmLabel={t('proposals.withdraw.confirm')}
        cancelLabel={t('proposals.withdraw.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          withdraw({ variables: { id: proposal.id } })
            .then(() => setStatus(t('proposals.withdraw.done')))
            .catch(() => undefined);
        }}
      >
        <p>{t('proposals.withdraw.confirmText', { title: proposal.title })}</p>
      </ConfirmDialog>
      <p role="status" className="form__status">
        {status}
      </p>
      <ProblemCallout inline error={withdrawState.error} />
    </section>
  );
}

/**
 * The proposal's files: name, type and size, each a download link; those who
 * may change them (the author while it can be edited, the officials) add
 * more and remove them, after confirming.
 */
function AttachmentsSection({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { locale } = useZonedFormat();
  const [attach, attachState] = useMutation(AttachProposalDocumentsDocument);
  const [remove, removeState] = useMutation(RemoveProposalAttachmentDocument);
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<AttachmentProblem | null>(null);
  const [uploading, setUploading] = useState(false);
  const [removing, setRemoving] = useState<Proposal['attachments'][number] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [addError, setAddError] = useState<unknown>(null);
  const uploaded = useRef(new WeakMap<File, string>());
  const manage = proposal.viewerCanManageAttachments;
  const room = Math.max(0, PROPOSAL_MAX_DOCUMENTS - proposal.attachments.length);
  if (proposal.attachments.length === 0 && !manage) return null;
  const busy = uploading || attachState.loading;
  const add = async () => {
    if (busy) return;
    setStatus(null);
    setAddError(null);
    const found = files.length === 0 ? null : checkAttachments(files, room);
    setProblem(found);
    if (found || files.length === 0) {
      document.getElementById('proposal-attachments-add')?.focus();
      return;
    }
    setUploading(true);
    try {
      const documentIds = await uploadAttachments(proposal.consultationId, files, uploaded.current);
      await attach({ variables: { input: { proposalId: proposal.id, documentIds } } });
      setFiles([]);
      setStatus(t('proposals.attachments.added', { count: documentIds.length }));
    } catch (error) {
      const refused = attachmentProblemOf(error, files);
      if (refused) setProblem(refused);
      else setAddError(error);
    } finally {
      setUploading(false);
    }
  };
  return (
    <section className="section proposal-attachments" aria-labelledby="proposal-attachments-heading">
      <h2 id="proposal-attachments-heading">{t('proposals.attachments.heading')}</h2>
      {proposal.attachments.length === 0 ? (
        <p className="muted">{t('proposals.attachments.none')}</p>
      ) : (
        <ul className="proposal-attachments__list" data-testid="proposal-attachments">
          {proposal.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachment.url} download={attachment.fileName}>
                {attachment.fileName}
              </a>{' '}
              <span className="muted">
                ({documentTypeLabel(attachment.mimeType, attachment.fileName)},{' '}
                {formatBytes(attachment.sizeBytes, locale)})
              </span>
              {manage && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-disabled={removeState.loading || undefined}
                    onClick={() => setRemoving(attachment)}
                  >
                    {t('proposals.attachments.remove', { name: attachment.fileName })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && room > 0 && (
        <div className="form">
          <AttachmentPicker
            id="proposal-attachments-add"
            files={files}
            onChange={(chosen) => {
              setFiles(chosen);
              setProblem(null);
            }}
            room={room}
            problem={problem}
          />
          {files.length > 0 && (
            <div className="form__actions">
              <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void add()}>
                {busy ? t('proposals.attachments.adding') : t('proposals.attachments.add')}
              </button>
            </div>
          )}
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        heading={t('proposals.attachments.removeHeading')}
        confirmLabel={t('proposals.attachments.removeConfirm')}
        cancelLabel={t('proposals.attachments.removeCancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const gone = removing;
          setRemoving(null);
          if (!gone) return;
          remove({ variables: { proposalId: proposal.id, documentId: gone.id } })
            .then(() => setStatus(t('proposals.attachments.removed', { name: gone.fileName })))
            .catch(() => undefined);
        }}
      >
        <p>{t('proposals.attachments.removeText', { name: removing?.fileName ?? '' })}</p>
      </ConfirmDialog>
      <p role="status" className="form__status">
        {status}
      </p>
      <ProblemCallout inline error={removeState.error ?? addError} />
    </section>
  );
}

interface ReviewValues {
  status: ProposalStatus | '';
  answer: string;
}

/** The officials' decision: the next status (from the shared table) and the public answer, required to reject. */
function ReviewForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useProposalFormat();
  const phaseClosed = usePhaseClosedMessage();
  const [review] = useMutation(ReviewProposalDocument);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const transitions = reviewTransitionsFrom(proposal.status);
  const form = useAppForm<ReviewValues>({
    fields: { status: 'proposal-review-status', answer: 'proposal-review-answer' },
    defaultValues: { status: transitions[0] ?? '', answer: '' },
    checks: {
      status: (value) => (value === '' ? { code: FieldErrorCode.REQUIRED } : null),
      answer: (value, values) => {
        if (values.status !== '' && reviewNeedsReason(values.status) && value.trim() === '') {
          return { code: FieldErrorCode.REQUIRED };
        }
        return value.length > PROPOSAL_ANSWER_LIMITS.max
          ? { code: FieldErrorCode.TOO_LONG, params: { max: PROPOSAL_ANSWER_LIMITS.max } }
          : null;
      },
    },
    messages: { answer: { [FieldErrorCode.REQUIRED]: t('proposals.review.reasonRequired') } },
  });
  const submit = form.submit(async (values) => {
    setSaved(null);
    setProblem(null);
    if (values.status === '') return;
    try {
      await review({
        variables: { input: { id: proposal.id, status: values.status, answer: values.answer.trim() || null } },
      });
    } catch (error) {
      // PHASE_CLOSED is said with the phase in which reviewing opens; the rest goes to the form's summary.
      if (phaseClosed(error)) {
        setProblem(error);
        return;
      }
      throw error;
    }
    setSaved(t('proposals.review.saved', { status: format.status(values.status) }));
    form.reset({ status: reviewTransitionsFrom(values.status)[0] ?? '', answer: '' });
  });
  const { error: statusError, id: statusId, ...statusSelect } = form.field('status');
  return (
    <section className="section proposal-review" aria-labelledby="proposal-review-heading">
      <h2 id="proposal-review-heading">{t('proposals.review.heading')}</h2>
      {transitions.length === 0 ? (
        <p>{t('proposals.review.final')}</p>
      ) : (
        <form className="form" noValidate onSubmit={submit}>
          <FormProblem form={form} />
          <div className={`field${statusError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={statusId}>
              {t('proposals.review.status')}
            </label>
            <select
              {...statusSelect}
              id={statusId}
              className="field__input"
              aria-invalid={statusError ? true : undefined}
              aria-describedby={statusError ? `${statusId}-error` : undefined}
            >
              {transitions.map((status) => (
                <option key={status} value={status}>
                  {format.status(status)}
                </option>
              ))}
            </select>
            {statusError && (
              <p className="field__error" id={`${statusId}-error`}>
                {statusError}
              </p>
            )}
          </div>
          <p className="field__hint">{t('proposals.review.answerHint')}</p>
          <MarkdownFormField
            form={form}
            name="answer"
            id="proposal-review-answer"
            label={t('proposals.review.answer')}
          />
          <ProblemCallout error={problem} messages={{ PHASE_CLOSED: phaseClosed(problem) ?? undefined }} />
          <div className="form__actions">
            <SubmitButton
              busy={form.formState.isSubmitting}
              label={t('proposals.review.save')}
              busyLabel={t('proposals.review.saving')}
            />
          </div>
        </form>
      )}
      <p role="status" className="form__status" data-testid="review-saved">
        {saved}
      </p>
    </section>
  );
}

/** Every status change: who, when and why, oldest first. */
function StatusHistory({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useProposalFormat();
  const dates = useZonedFormat();
  return (
    <section className="section" aria-labelledby="proposal-history-heading">
      <h2 id="proposal-history-heading">{t('proposals.history.heading')}</h2>
      <ol className="proposal-history" data-testid="proposal-history">
        {proposal.history.map((change) => (
          <li key={change.id} className="proposal-history__entry">
            <p className="proposal-history__line">
              <time dateTime={change.at}>{dates.dateTime(change.at)}</time> –{' '}
              <strong>{format.status(change.status)}</strong>
              {change.previousStatus && (
                <span className="muted">
                  {' '}
                  ({t('proposals.history.from', { status: format.status(change.previousStatus) })})
                </span>
              )}
            </p>
            <p className="proposal-history__line muted">
              {change.automatic
                ? t('proposals.history.automatic')
                : t('proposals.history.by', {
                    name: change.actor?.displayName ?? t('proposals.history.unknownActor'),
                  })}
            </p>
            {change.reason && (
              <p className="proposal-history__line">
                {t('proposals.history.reason')} {change.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Revisions({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const dates = useZonedFormat();
  if (proposal.revisions.length === 0) return null;
  return (
    <section className="section" aria-labelledby="proposal-revisions-heading">
      <h2 id="proposal-revisions-heading">{t('proposals.revisions.heading')}</h2>
      <details>
        <summary>{t('proposals.revisions.summary', { count: proposal.revisions.length })}</summary>
        <ol className="proposal-revisions">
          {proposal.revisions.map((revision) => (
            <li key={revision.editedAt}>
              <h3>{revision.title}</h3>
              <p className="muted">{t('proposals.revisions.editedAt', { date: dates.dateTime(revision.editedAt) })}</p>
              {/* Safe: sanitised by the server like every rendered body. */}
              <div className="post__body" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** The proposal's forum thread, shown by the forum's own view; the first comment creates it. */
function Discussion({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const client = useApolloClient();
  const threadId = proposal.discussionThread?.id ?? null;
  const thread = useQuery(ForumThreadDocument, {
    variables: { id: threadId ?? '' },
    skip: !threadId,
    fetchPolicy: 'cache-and-network',
  });
  const [reply] = useMutation(ReplyToProposalDocument);
  return (
    <section className="section proposal-discussion" aria-labelledby="proposal-discussion-heading">
      <h2 id="proposal-discussion-heading">{t('proposals.discussion.heading')}</h2>
      {threadId && (
        <p>
          <Link to={routes.thread(threadId)}>{t('proposals.discussion.openThread')}</Link>
        </p>
      )}
      {!threadId && <p className="muted">{t('proposals.discussion.none')}</p>}
      {threadId && !thread.data && <ProblemCallout error={thread.error} />}
      {thread.data?.forumThread && (
        <ThreadView key={thread.data.forumThread.id} thread={thread.data.forumThread} rootPostId={null} />
      )}
      {me ? (
        <ParagraphComposer
          id="proposal-comment"
          label={t('proposals.discussion.comment')}
          submitLabel={t('proposals.discussion.send')}
          send={async (body) => {
            await reply({
              variables: { input: { proposalId: proposal.id, body } },
              update: (cache, { data }) => {
                if (data && threadId) insertPosts(cache, threadId, [data.replyToProposal]);
              },
            });
            // The first comment created the thread: the proposal now has one to show.
            if (!threadId) {
              await client.query({
                query: ProposalDocument,
                variables: { id: proposal.id },
                fetchPolicy: 'network-only',
              });
            }
          }}
        />
      ) : (
        <p>
          <Link to={routes.login()}>{t('proposals.discussion.login')}</Link>
        </p>
      )}
    </section>
  );
}

/** Residents report a proposal to the moderators (not their own, not one already hidden). */
function ProposalFlag({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me || proposal.author?.id === me.id || proposal.hiddenReason) return null;
  return <FlagButton kind="PROPOSAL" itemId={proposal.id} label={t('moderation.flag.proposalAria')} />;
}

function ProposalView({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const proposalFormat = useProposalFormat();
  const dates = useZonedFormat();
  // The sequencer starts from the seq read with the page; later refetches must not restart it.
  const [initialSeq] = useState(proposal.consultation.seq);
  useConsultationLive(proposal.consultationId, initialSeq);
  const [moderatorNote, setModeratorNote] = useState('');
  useProposalEvents(proposal.consultationId, (proposalId, note) => {
    if (proposalId === proposal.id) setModeratorNote(note);
  });
  return (
    <>
      <dl className="consultation-facts proposal-facts" aria-label={t('proposals.page.facts')}>
        <div>
          <dt>{t('proposals.page.status')}</dt>
          <dd>
            <ProposalStatusBadge status={proposal.status} />
          </dd>
        </div>
        <div>
          <dt>{t('proposals.page.serviceArea')}</dt>
          <dd data-testid="proposal-area">{format.serviceArea(proposal.serviceArea)}</dd>
        </div>
        <div>
          <dt>{t('proposals.page.cost')}</dt>
          <dd data-testid="proposal-cost">
            {proposal.costEstimatePln ? proposalFormat.cost(proposal.costEstimatePln) : t('proposals.noCost')}
          </dd>
        </div>
        <div>
          <dt>{t('proposals.page.author')}</dt>
          <dd>
            <AuthorName
              name={proposal.author?.displayName ?? t('proposals.removedAuthor')}
              organisation={proposal.organisation}
            />
          </dd>
        </div>
        <div>
          <dt>{t('proposals.page.submitted')}</dt>
          <dd>
            <time dateTime={proposal.createdAt}>{dates.dateTime(proposal.createdAt)}</time>
            {proposal.editedAt && <> ({t('proposals.page.edited', { date: dates.dateTime(proposal.editedAt) })})</>}
          </dd>
        </div>
      </dl>
      <AuthorControls proposal={proposal} />
      <section className="section" aria-labelledby="proposal-body-heading">
        <h2 id="proposal-body-heading">{t('proposals.page.body')}</h2>
        {proposal.hiddenReason ? (
          <HiddenNotice reason={proposal.hiddenReason} />
        ) : (
          // Safe: the server sanitises this HTML exactly as it does posts' bodyHtml.
          <div
            className="post__body"
            data-testid="proposal-body"
            dangerouslySetInnerHTML={{ __html: proposal.bodyHtml }}
          />
        )}
        <p role="status" className="muted" data-testid="proposal-moderator-note">
          {moderatorNote && t('moderation.edit.live', { note: moderatorNote })}
        </p>
        <ProposalFlag proposal={proposal} />
        {proposal.viewerCanModerate && (
          <ContentModeration
            kind="PROPOSAL"
            itemId={proposal.id}
            itemName={t('moderation.menu.proposal', { number: proposal.number })}
            body={proposal.bodySource ?? null}
            bodyLimits={PROPOSAL_BODY_LIMITS}
            hidden={!!proposal.hiddenReason}
            authorId={proposal.author?.id ?? null}
            municipalityId={proposal.consultation.municipality.id}
            canSanction={proposal.viewerCanSanction}
          />
        )}
      </section>
      <AttachmentsSection proposal={proposal} />
      <section
        className="section proposal-answer"
        aria-labelledby="proposal-answer-heading"
        data-testid="proposal-answer"
      >
        <h2 id="proposal-answer-heading">{t('proposals.answer.heading')}</h2>
        {proposal.officialAnswerHtml ? (
          <>
            {proposal.officialAnswerAt && (
              <p className="muted">
                {t('proposals.answer.given', { date: dates.dateTime(proposal.officialAnswerAt) })}
              </p>
            )}
            <div className="post__body" dangerouslySetInnerHTML={{ __html: proposal.officialAnswerHtml }} />
          </>
        ) : (
          <p className="muted">{t('proposals.answer.none')}</p>
        )}
      </section>
      <SupportControl proposal={proposal} />
      {proposal.viewerCanReview && <ReviewForm proposal={proposal} />}
      <StatusHistory proposal={proposal} />
      <Revisions proposal={proposal} />
      <Discussion proposal={proposal} />
    </>
  );
}

/** One proposal: what it asks, where it stands and why, its supporters, the officials' answer and its discussion. */
export function ProposalPage() {
  const { consultationId = '', proposalId = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(ProposalDocument, { variables: { id: proposalId }, fetchPolicy: 'cache-and-network' });
  const proposal = query.data?.proposal;
  const shownTitle = useShownTitle();
  const title = proposal ? t('proposals.numbered', { number: proposal.number, title: shownTitle(proposal) }) : null;
  useDocumentTitle(title ?? t('proposals.heading'));
  return (
    <div className="page proposal-page">
      <p>
        <Link to={routes.consultation(proposal?.consultationId ?? consultationId, { tab: 'proposals' })}>
          {t('proposals.page.back')}
        </Link>
      </p>
      <PageHeading>{title ?? t('proposals.heading')}</PageHeading>
      {proposal && (
        <p className="muted">{t('proposals.page.inConsultation', { title: proposal.consultation.title })}</p>
      )}
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && (
        <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      )}
      {query.data && !proposal && <p>{t('proposals.page.notFound')}</p>}
      {proposal && <ProposalView key={proposal.id} proposal={proposal} />}
    </div>
  );
}
