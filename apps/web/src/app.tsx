import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import kkKZ from 'antd/es/locale/kk_KZ';
import ruRU from 'antd/es/locale/ru_RU';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './header/app-header.tsx';
import { AppNav, canOpen } from './app-nav.tsx';
import { ApprovalsPage } from './enforcement/approvals-page.tsx';
import { CardPage } from './enforcement/card/card-page.tsx';
import { NewDocumentPage } from './enforcement/entry/new-document-page.tsx';
import { QueuesPage } from './enforcement/queues-page.tsx';
import { TemplatesPage } from './enforcement/templates/templates-page.tsx';
import { DevOutboxPage } from './pages/dev-outbox-page.tsx';
import { DevSigningPage } from './pages/dev-signing-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { JournalPage } from './pages/journal-page.tsx';
import { MyViewsPage } from './pages/my-views-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { useLocation } from './router/hash-router.ts';
import type { Route, RouteLocation } from './router/hash-router.ts';
import { SessionProvider, useSession } from './session/session-context.tsx';
import { DashboardPage } from './simplified/dashboard-page.tsx';
import { DebtorPage } from './simplified/debtor-page.tsx';
import { debtorTokenFromPath } from './simplified/debtor-path.ts';
import { antdTheme } from './theme/antd-theme.ts';
import { VerifyPage } from './verify/verify-page.tsx';
import { verifyIdFromPath } from './verify/verify-path.ts';

// Read once at start: /verify/<id> is the public page of a QR code, no sign-in needed.
const publicVerifyId = typeof window === 'undefined' ? null : verifyIdFromPath(window.location.pathname);
// Likewise /s/<token>, the SMS link of a simplified proceeding (SIMP-3): the debtor's page alone, no header, menu or session.
const publicDebtorToken = typeof window === 'undefined' ? null : debtorTokenFromPath(window.location.pathname);

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = publicDebtorToken === null ? `${t('app.name')} — ${t('app.subtitle')}` : t('simp.debtor.documentTitle');
  }, [t, i18n.language]);
  return (
    <ConfigProvider locale={i18n.language === 'ru' ? ruRU : kkKZ} theme={antdTheme}>
      <AntApp>
        {publicDebtorToken !== null ? <DebtorPage token={publicDebtorToken} /> : (
          <SessionProvider>
            <div className="layout">
              <AppHeader />
              {publicVerifyId === null ? <Shell /> : <VerifyPage id={publicVerifyId} />}
            </div>
          </SessionProvider>
        )}
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { state, user, devMode, reload } = useSession();
  const location = useLocation();

  if (state.status === 'loading') {
    return (
      <main className="centered" id="main-content">
        <Spin size="large" description={t('app.loading')} />
      </main>
    );
  }
  if (state.status === 'failed') {
    return (
      <main className="centered" id="main-content">
        <Result
          status="warning"
          title={t('error.sessionLoad')}
          subTitle={state.error.message}
          extra={<Button type="primary" onClick={reload}>{t('error.retry')}</Button>}
        />
      </main>
    );
  }
  if (user === null) return <SignInPage />;

  const page: Route = canOpen(location.route, user.roles, devMode) ? location.route : 'notFound';
  return (
    <>
      <AppNav route={page} />
      <main className="content" id="main-content">{renderPage(page, location)}</main>
    </>
  );
}

function renderPage(route: Route, location: RouteLocation) {
  switch (route) {
    case 'home':
      return <HomePage />;
    case 'journal':
      return <JournalPage />;
    case 'myViews':
      return <MyViewsPage />;
    case 'devOutbox':
      return <DevOutboxPage />;
    case 'devSigning':
      return <DevSigningPage />;
    case 'enforcement':
      return <QueuesPage />;
    case 'enforcementCard':
      // Keyed by id: another card starts from a clean state (tabs, dialogs).
      return <CardPage key={location.params['id']} id={location.params['id'] ?? ''} />;
    case 'enforcementNew':
      return <NewDocumentPage />;
    case 'enforcementApprovals':
      return <ApprovalsPage />;
    case 'enforcementTemplates':
      return <TemplatesPage />;
    case 'simplifiedDashboard':
      return <DashboardPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
