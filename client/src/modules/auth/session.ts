/**
 * While this tab is logging itself out, the server also pushes
 * `session.revoked` to this tab's socket. The tab handles its own logout when
 * the mutation returns, so the socket event is ignored meanwhile; otherwise the
 * user would see two notices and the store would be reset twice.
 */
let localSignOutsInFlight = 0;

export function holdRevocationEvents(): () => void {
  localSignOutsInFlight += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    localSignOutsInFlight -= 1;
  };
}

export function revocationEventsHeld(): boolean {
  return localSignOutsInFlight > 0;
}

/** Only paths inside this app are followed after login, never another origin. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
  return value;
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called by the Apollo link whenever the API answers UNAUTHENTICATED. */
export function notifyUnauthenticated(): void {
  unauthenticatedListeners.forEach((listener) => listener());
}

export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}
