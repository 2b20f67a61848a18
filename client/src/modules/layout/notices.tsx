import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';

/** A message rendered with the current `t`, so a notice follows a language switch. */
export type NoticeMessage = (t: TFunction) => string;
export type NoticeTone = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  message: NoticeMessage;
  tone: NoticeTone;
}

interface NoticeApi {
  notice: Notice | null;
  showNotice: (message: NoticeMessage, tone?: NoticeTone) => void;
  dismissNotice: () => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

let nextId = 1;

/** Holds the one site-wide notice (logged out, role granted…) shown in a live region in <main>. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const showNotice = useCallback((message: NoticeMessage, tone: NoticeTone = 'info') => {
    setNotice({ id: nextId++, message, tone });
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
