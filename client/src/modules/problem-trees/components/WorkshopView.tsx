import { QRCodeSVG } from 'qrcode.react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import type { DiagramLayout } from '../layout';
import type { TreeNodeView } from '../model';
import { TreeDiagram } from './TreeDiagram';
import { routes } from '../../../app/routes';

export interface WorkshopSuggestion {
  id: string;
  kind: TreeNodeView['kind'];
  text: string;
  parentText: string | null;
  authorName: string | null;
}

interface WorkshopViewProps<N extends TreeNodeView> {
  title: string;
  joinCode: string;
  layout: DiagramLayout<N>;
  /** Suggestions waiting for a decision, oldest first. */
  queue: readonly WorkshopSuggestion[];
  accept: (id: string) => Promise<unknown>;
  reject: (id: string, reason: string) => Promise<unknown>;
  onClose: () => void;
}

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

/**
 * The projector view of a workshop: the tree full-screen in large type, the
 * join code and its QR code for phones, and the participants' suggestions in
 * a queue the official works through from the keyboard — A accepts the chosen
 * one, R asks for a reason and rejects it, arrows choose. A modal <dialog>, so
 * the keys act only while it is open; they can also be switched off.
 */
export function WorkshopView<N extends TreeNodeView>({
  title,
  joinCode,
  layout,
  queue,
  accept,
  reject,
  onClose,
}: WorkshopViewProps<N>) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [shortcuts, setShortcuts] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef(new Set(queue.map((item) => item.id)));
  const address = `${window.location.origin}${routes.workshop(joinCode)}`;
  const chosen = queue.find((item) => item.id === chosenId) ?? queue[0] ?? null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // A projector wants the whole screen; a browser that refuses keeps the full-window dialog.
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      element.requestFullscreen?.().catch(() => undefined);
    }
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // Say each new suggestion once, as it arrives.
  useEffect(() => {
    const fresh = queue.filter((item) => !seen.current.has(item.id));
    for (const item of fresh) seen.current.add(item.id);
    if (fresh.length > 0)
      setAnnouncement(t('problemTrees.workshop.newSuggestion', { text: fresh[fresh.length - 1].text }));
  }, [queue, t]);

  useEffect(() => {
    if (rejecting) reasonField.current?.focus();
  }, [rejecting]);

  const run = async (action: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setAnnouncement(done);
      return true;
    } catch (error) {
      setProblem(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const acceptChosen = (item: WorkshopSuggestion) =>
    void run(() => accept(item.id), t('problemTrees.done.accepted', { text: item.text }));

  const confirmReject = async () => {
    const item = queue.find((candidate) => candidate.id === rejecting);
    if (!item || !reason.trim()) return;
    const ok = await run(() => reject(item.id, reason.trim()), t('problemTrees.done.rejected', { text: item.text }));
    if (ok) {
      setRejecting(null);
      setReason('');
      dialog.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (!shortcuts || rejecting || isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const position = chosen ? queue.indexOf(chosen) : -1;
    switch (event.key.toLowerCase()) {
      case 'a':
        if (chosen) acceptChosen(chosen);
        break;
      case 'r':
        if (chosen) setRejecting(chosen.id);
        break;
      case 'arrowdown':
        if (position >= 0 && position < queue.length - 1) setChosenId(queue[position + 1].id);
        break;
      case 'arrowup':
        if (position > 0) setChosenId(queue[position - 1].id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <dialog
      ref={dialog}
      className="workshop"
      aria-labelledby="workshop-heading"
      data-testid="workshop"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        if (rejecting) {
          setRejecting(null);
          setReason('');
        } else onClose();
      }}
    >
      <div className="workshop__bar">
        <h2 id="workshop-heading" className="workshop__heading">
          {t('problemTrees.workshop.heading', { title })}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('problemTrees.workshop.close')}
        </button>
      </div>
      <div className="workshop__body">
        <TreeDiagram
          layout={layout}
          title={title}
          selectedId={chosen?.id ?? null}
          freeWheel
          className="workshop__diagram"
        />
        <aside className="workshop__side" aria-label={t('problemTrees.workshop.sideLabel')}>
          <div className="workshop__join">
            <p className="workshop__join-text">
              {t('problemTrees.workshop.joinAt', { address: address.replace(/^https?:\/\//, '') })}
            </p>
            <p className="workshop__code" data-testid="join-code">
              <span className="visually-hidden">{t('problemTrees.workshop.code')} </span>
              {joinCode}
            </p>
            <QRCodeSVG
              value={address}
              size={160}
              marginSize={2}
              role="img"
              aria-label={t('problemTrees.workshop.qr', { address })}
              className="workshop__qr"
            />
          </div>
          <section aria-labelledby="workshop-queue-heading">
            <h3 id="workshop-queue-heading">
              {t('problemTrees.workshop.queue')} ({queue.length})
            </h3>
            <p className="workshop__keys" id="workshop-keys">
              {t('problemTrees.workshop.keys')}
            </p>
            <div className="field field--checkbox">
              <input
                id="workshop-shortcuts"
                type="checkbox"
                checked={shortcuts}
                onChange={(event) => setShortcuts(event.target.checked)}
              />
              <label htmlFor="workshop-shortcuts">{t('problemTrees.workshop.shortcuts')}</label>
            </div>
            <p role="status" className="visually-hidden" data-testid="workshop-announcement">
              {announcement}
            </p>
            <ProblemCallout error={problem} inline />
            {queue.length === 0 ? (
              <p className="workshop__empty">{t('problemTrees.workshop.empty')}</p>
            ) : (
              <ol className="workshop__queue" data-testid="workshop-queue">
                {queue.map((item) => {
                  const isChosen = item.id === chosen?.id;
                  return (
                    <li
                      key={item.id}
                      className={`workshop__suggestion${isChosen ? ' workshop__suggestion--chosen' : ''}`}
                      aria-current={isChosen || undefined}
                      data-testid="workshop-suggestion"
                    >
                      <p className="workshop__suggestion-kind">
                        {t(`problemTrees.kind.${item.kind}`)}
                        {isChosen && (
                          <span className="tree-badge tree-badge--chosen">{t('problemTrees.workshop.chosen')}</span>
                        )}
                      </p>
                      <p className="workshop__suggestion-text">{item.text}</p>
                      <p className="workshop__suggestion-meta">
                        {item.parentText && t('problemTrees.workshop.under', { text: item.parentText })}
                        {item.authorName && ` · ${item.authorName}`}
                      </p>
                      {rejecting === item.id ? (
                        <form
                          className="workshop__reject"
                          onSubmit={(event) => {
                            event.preventDefault();
                            void confirmReject();
                          }}
                        >
                          <label htmlFor="workshop-reason">{t('problemTrees.reject.reason')}</label>
                          <input
                            id="workshop-reason"
                            ref={reasonField}
                            className="field__input"
                            value={reason}
                            maxLength={500}
                            required
                            onChange={(event) => setReason(event.target.value)}
                          />
                          <button type="submit" className="button button--danger">
                            {t('problemTrees.actions.reject')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() => {
                              setRejecting(null);
                              setReason('');
                            }}
                          >
                            {t('problemTrees.form.cancel')}
                          </button>
                        </form>
                      ) : (
                        <div className="workshop__actions">
                          <button type="button" className="button button--primary" onClick={() => acceptChosen(item)}>
                            {t('problemTrees.workshop.accept')}
                            <span className="visually-hidden"> {item.text}</span>
                          </button>
                          <button type="button" className="button" onClick={() => setRejecting(item.id)}>
                            {t('problemTrees.workshop.reject')}
                            <span className="visually-hidden"> {item.text}</span>
                          </button>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </dialog>
  );
}
