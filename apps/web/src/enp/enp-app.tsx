import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { EnpCasePage } from './enp-case-page.tsx';
import { EnpCourtsPage } from './enp-courts-page.tsx';
import { EnpAboutPage, EnpLawPage, EnpSamplesPage } from './enp-info-pages.tsx';
import { EnpLayout } from './enp-layout.tsx';
import { enpPath, enpViewFromPath } from './enp-path.ts';
import type { EnpView } from './enp-path.ts';
import { EnpSearchPage } from './enp-search-page.tsx';
import { useEnpTexts } from './enp-texts.ts';
import './enp.css';

// Issue 16 item 5 (ENP-7): the online application loads when opened (it brings the ЭЦП dialog and the cabinet session).
const EnpApplyPage = lazy(() => import('./enp-apply-page.tsx').then((m) => ({ default: m.EnpApplyPage })));

export { loadEnpTexts } from './enp-texts.ts';

/**
 * Issue 16 item 2 (ENP-3): /enp, the public case observation portal — its
 * own root (main.tsx picks it by the path), its own layout and catalog; no
 * staff shell, no antd. The pages are real paths moved between with the
 * History API.
 */
export function EnpApp({ initial }: { initial: EnpView }) {
  const { texts, language } = useEnpTexts();
  const [view, setView] = useState<EnpView>(initial);

  const go = useCallback((next: EnpView) => {
    if (window.location.pathname !== enpPath(next)) window.history.pushState(null, '', enpPath(next));
    setView(next);
    window.scrollTo(0, 0);
    // The new page's heading is announced: focus moves to the content, as after a page load's skip link.
    requestAnimationFrame(() => document.getElementById('enp-main')?.focus({ preventScroll: true }));
  }, []);

  useEffect(() => {
    const onPop = () => setView(enpViewFromPath(window.location.pathname) ?? 'search');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const page = view === 'case' ? texts.case.details : view === 'apply' ? texts.apply.title : texts.menu[view];
    document.title = `${page} — ${texts.documentTitle}`;
  }, [view, texts, language]);

  return (
    <EnpLayout view={view} go={go}>
      {view === 'search' && <EnpSearchPage onSignedIn={() => go('case')} go={go} />}
      {view === 'law' && <EnpLawPage />}
      {view === 'samples' && <EnpSamplesPage />}
      {view === 'about' && <EnpAboutPage />}
      {view === 'courts' && <EnpCourtsPage />}
      {view === 'case' && <EnpCasePage onLeave={() => go('search')} />}
      {view === 'apply' && <Suspense fallback={<p role="status">…</p>}><EnpApplyPage /></Suspense>}
    </EnpLayout>
  );
}
