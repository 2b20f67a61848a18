import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useFocusHeadingOnNavigation } from '../hooks/useFocusHeadingOnNavigation';
import { Footer } from './Footer';
import { Header } from './Header';
import { NoticeArea } from './NoticeArea';

const MAIN_ID = 'main';

function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  // Focus rather than only scroll, so the next Tab continues inside the content.
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** Skip link, header, the routed page in <main>, footer. */
export function Layout() {
  const { t } = useTranslation();
  useFocusHeadingOnNavigation(MAIN_ID);
  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('layout.skipLink')}
      </a>
      <Header />
      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        <NoticeArea />
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
