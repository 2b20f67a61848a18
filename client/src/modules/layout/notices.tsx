import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { TFunction } from 'i18next';

/** A message rendered with the current `t`, so a notice follows a language switch. */
export type NoticeMessage = (t: TFunction) => string;
type NoticeTone = 'info' | 'success' | 'error';

export interface NoticeOptions {
  tone?: NoticeTone;
  /** Keep the notice through the next navigation (for actions that move to another page, like login). */
  carryOver?: boolean;
}

export interface Notice {
  id: number;
  message: NoticeMessage;
  tone: NoticeTone;
  carryOver: boolean;
}

interface NoticeApi {
  notice: Notice | null;
  showNotice: (message: NoticeMessage, options?: NoticeOptions) => void;
  dismissNotice: () => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

let nextId = 1;

/**
 * Holds the one site-wide notice (logged out, role granted…) shown in a live
 * region in <main>. A notice disappears when the user moves to another page,
 * except across the one navigation that an action itself causes (`carryOver`).
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { key: locationKey } = useLocation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [seenLocation, setSeenLocation] = useState(locationKey);

  // Adjusting state to a navigation during render (not in an effect) avoids showing a stale notice for a frame.
  if (seenLocation !== locationKey) {
    setSeenLocation(locationKey);
    setNotice(notice?.carryOver ? { ...notice, carryOver: false } : null);
  }

  const showNotice = useCallback((message: NoticeMessage, options: NoticeOptions = {}) => {
    setNotice({ id: nextId++, message, tone: options.tone ?? 'info', carryOver: options.carryOver ?? false });
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const value = useMemo(() => ({ notice, showNotice, dismissNotice }), [notice, showNotice, dismissNotice]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside <NoticeProvider>');
  return api;
}
