import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation (not the first load, where focus should start
 * at the skip link) moves focus to the new page's h1 inside `main`.
 */
export function useFocusHeadingOnNavigation(mainId: string): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>(`#${mainId} h1`);
    (heading ?? document.getElementById(mainId))?.focus();
  }, [pathname, mainId]);
}
