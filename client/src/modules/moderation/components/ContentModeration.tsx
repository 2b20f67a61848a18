import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ModeratableKind, TextLimits } from '@ratusz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RestoreContentDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { ModerationDialog } from './ModerationDialog';
import { EditForm, HideForm, SanctionForm } from './ModerationForms';

interface ContentModerationProps {
  kind: ModeratableKind;
  itemId: string;
  /** Names the item in the buttons' accessible names, e.g. "wpis 3". */
  itemName: string;
  /** The source text a correction starts from; null when the item cannot be edited here. */
  body: string | null;
  /** Bounds of the corrected text when not a post's (e.g. a tree node's short text). */
  bodyLimits?: TextLimits;
  hidden: boolean;
  authorId: string | null;
  /** Where warnings and blocks apply; null outside any municipality (no sanctions from here). */
  municipalityId: string | null;
  /** The server's `viewerCanSanction`: false for an administrator's content, which it refuses to sanction. */
  canSanction: boolean;
}

/**
 * A moderator's menu next to an item: correct it with a note, hide or restore
 * it, warn or block its author. Shown only where the server said the viewer
 * moderates (`viewerCanModerate`); the server checks every action again.
 */
export function ContentModeration({
  kind,
  itemId,
  itemName,
  body,
  bodyLimits,
  hidden,
  authorId,
  municipalityId,
  canSanction,
}: ContentModerationProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const groupId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [restore, restoring] = useMutation(RestoreContentDocument);
  const done = (message: string) => {
    setProblem(null);
    setStatus(message);
  };
  const restoreItem = async () => {
    if (restoring.loading) return;
    setStatus('');
    setProblem(null);
    try {
      await restore({ variables: { input: { kind, itemId } } });
      done(t('moderation.restore.done'));
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    } catch (error) {
      setProblem(error);
    }
  };
  const sanctions = canSanction && authorId && municipalityId ? { userId: authorId, municipalityId } : null;
  return (
    <div className="content-moderation" data-testid="content-moderation">
      <button
        type="button"
        className="button button--small button--ghost"
        aria-expanded={open}
        aria-controls={groupId}
        aria-label={t('moderation.menu.openAria', { item: itemName })}
        onClick={() => setOpen((value) => !value)}
      >
        {t('moderation.menu.open')}
      </button>
      <div
        id={groupId}
        role="group"
        aria-label={t('moderation.menu.label', { item: itemName })}
        className="moderation__actions"
        hidden={!open}
      >
        {body !== null && (
          <ModerationDialog
            label={t('moderation.edit.button')}
            ariaLabel={t('moderation.edit.aria', { item: itemName })}
            heading={t('moderation.edit.heading', { item: itemName })}
          >
            {(close) => (
              <EditForm kind={kind} itemId={itemId} body={body} limits={bodyLimits} close={close} onDone={done} />
            )}
          </ModerationDialog>
        )}
        {hidden ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('moderation.restore.aria', { item: itemName })}
            aria-disabled={restoring.loading || undefined}
            onClick={() => void restoreItem()}
          >
            {t('moderation.restore.button')}
          </button>
        ) : (
          <ModerationDialog
            label={t('moderation.hide.button')}
            ariaLabel={t('moderation.hide.aria', { item: itemName })}
            heading={t('moderation.hide.heading', { item: itemName })}
            danger
          >
            {(close) => <HideForm kind={kind} itemId={itemId} close={close} onDone={done} />}
          </ModerationDialog>
        )}
        {sanctions && (
          <>
            <ModerationDialog
              label={t('moderation.warn.button')}
              ariaLabel={t('moderation.warn.aria', { item: itemName })}
              heading={t('moderation.warn.heading')}
            >
              {(close) => <SanctionForm mode="warn" {...sanctions} close={close} onDone={done} />}
            </ModerationDialog>
            <ModerationDialog
              label={t('moderation.block.button')}
              ariaLabel={t('moderation.block.aria', { item: itemName })}
              heading={t('moderation.block.heading')}
              danger
            >
              {(close) => <SanctionForm mode="block" {...sanctions} close={close} onDone={done} />}
            </ModerationDialog>
          </>
        )}
      </div>
      <p role="status" className="moderation__status">
        {status}
      </p>
      <ProblemCallout inline error={problem} />
    </div>
  );
}
