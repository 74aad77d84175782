import { StrictMode } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initialLanguage, initI18n } from './i18n/i18n.ts';
import { enpViewFromPath } from './enp/enp-path.ts';
import type { EnpView } from './enp/enp-path.ts';
import { debtorTokenFromPath } from './simplified/debtor-path.ts';
import { watchScrollRegions } from './theme/scroll-regions.ts';
import './styles.css';
import './enforcement/enforcement.css';
import './courts/courts.css';

// ISSUE-13 item 12: the entry holds React and i18next only. The debtor's
// page (/s/<token>, opened from an SMS on a phone) and the signed-in app are
// separate roots, each loaded with its own code; the catalog of the language
// on screen is fetched at the same time, and the first render waits for both.
const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks #root');
const debtorToken = debtorTokenFromPath(window.location.pathname);
// Issue 16 item 2: /enp is the public case observation portal, a third root with its own catalog (fetched with its code).
const enpView = enpViewFromPath(window.location.pathname);

// Each root's `import()` stands alone in this table: written as one conditional expression (or if/return,
// which the minifier folds into one), the bundler gave the imports a single preload list — the debtor
// page's — so every root fetched the debtor's chunks and CSS and the portal's own CSS never loaded.
const roots = {
  debtor: (token: string) => import('./simplified/debtor-app.tsx').then((m) => function Debtor() { return <m.DebtorApp token={token} />; }),
  enp: (view: EnpView) => import('./enp/enp-app.tsx').then(async (m) => {
    await m.loadEnpTexts(initialLanguage());
    return function Enp() { return <m.EnpApp initial={view} />; };
  }),
  app: () => import('./app.tsx').then((m) => m.App),
};
const page: Promise<ComponentType> = debtorToken !== null ? roots.debtor(debtorToken) : enpView !== null ? roots.enp(enpView) : roots.app();

watchScrollRegions(document.body);
void Promise.all([initI18n(), page]).then(([i18n, Page]) => {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Page />
      </I18nextProvider>
    </StrictMode>,
  );
});
