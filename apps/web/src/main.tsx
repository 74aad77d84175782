import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from './i18n/i18n.ts';
import { debtorTokenFromPath } from './simplified/debtor-path.ts';
import { watchScrollRegions } from './theme/scroll-regions.ts';
import './styles.css';
import './enforcement/enforcement.css';

// ISSUE-13 item 12: the entry holds React and the catalogs only. The debtor's
// page (/s/<token>, opened from an SMS on a phone) and the signed-in app are
// separate roots, each loaded with its own code.
const App = lazy(() => import('./app.tsx').then((m) => ({ default: m.App })));
const DebtorApp = lazy(() => import('./simplified/debtor-app.tsx').then((m) => ({ default: m.DebtorApp })));

const i18n = initI18n();
const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks #root');
const debtorToken = debtorTokenFromPath(window.location.pathname);

watchScrollRegions(document.body);
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        {debtorToken === null ? <App /> : <DebtorApp token={debtorToken} />}
      </Suspense>
    </I18nextProvider>
  </StrictMode>,
);
