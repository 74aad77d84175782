import { App as AntApp, Button, ConfigProvider, Spin } from 'antd';
import kkKZ from 'antd/es/locale/kk_KZ';
import ruRU from 'antd/es/locale/ru_RU';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './header/app-header.tsx';
import { AppNav, canOpen } from './app-nav.tsx';
import { useLocation } from './router/hash-router.ts';
import type { Route, RouteLocation } from './router/hash-router.ts';
import { SessionProvider, useSession } from './session/session-context.tsx';
import { antdTheme } from './theme/antd-theme.ts';
import { verifyIdFromPath } from './verify/verify-path.ts';
import { isRegistrationHash } from './pages/cabinet/registration-path.ts';
import { licenceNumberFromPath, licensingReturnId } from './licensing/licence-verify-path.ts';

// ISSUE-13 item 12: every page is its own chunk, loaded when first shown, so the
// sign-in page and the debtor's page do not download the enforcement workspace.
const ApprovalsPage = lazy(() => import('./enforcement/approvals-page.tsx').then((m) => ({ default: m.ApprovalsPage })));
const CardPage = lazy(() => import('./enforcement/card/card-page.tsx').then((m) => ({ default: m.CardPage })));
const NewDocumentPage = lazy(() => import('./enforcement/entry/new-document-page.tsx').then((m) => ({ default: m.NewDocumentPage })));
const QueuesPage = lazy(() => import('./enforcement/queues-page.tsx').then((m) => ({ default: m.QueuesPage })));
const TemplatesPage = lazy(() => import('./enforcement/templates/templates-page.tsx').then((m) => ({ default: m.TemplatesPage })));
const DevOutboxPage = lazy(() => import('./pages/dev-outbox-page.tsx').then((m) => ({ default: m.DevOutboxPage })));
const DevSigningPage = lazy(() => import('./pages/dev-signing-page.tsx').then((m) => ({ default: m.DevSigningPage })));
const HomePage = lazy(() => import('./pages/home-page.tsx').then((m) => ({ default: m.HomePage })));
const JournalPage = lazy(() => import('./pages/journal-page.tsx').then((m) => ({ default: m.JournalPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })));
const MyViewsPage = lazy(() => import('./pages/my-views-page.tsx').then((m) => ({ default: m.MyViewsPage })));
const RegisterPage = lazy(() => import('./pages/cabinet/register-page.tsx').then((m) => ({ default: m.RegisterPage })));
const SignInPage = lazy(() => import('./pages/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const DashboardPage = lazy(() => import('./simplified/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));
// ISSUE-14: «Сот кабинеті» and the court office.
const MyFilingsPage = lazy(() => import('./courts/my-filings-page.tsx').then((m) => ({ default: m.MyFilingsPage })));
const NewFilingPage = lazy(() => import('./courts/new-filing/new-filing-page.tsx').then((m) => ({ default: m.NewFilingPage })));
const FilingPage = lazy(() => import('./courts/filing-page.tsx').then((m) => ({ default: m.FilingPage })));
const PowersPage = lazy(() => import('./courts/powers/powers-page.tsx').then((m) => ({ default: m.PowersPage })));
const NotificationsPage = lazy(() => import('./courts/notifications-page.tsx').then((m) => ({ default: m.NotificationsPage })));
const CourtWorkPage = lazy(() => import('./courts/court-work-page.tsx').then((m) => ({ default: m.CourtWorkPage })));
const ArchiveQueuePage = lazy(() => import('./courts/archive-queue-page.tsx').then((m) => ({ default: m.ArchiveQueuePage })));
const OfficeQueuePage = lazy(() => import('./courts/office/office-queue-page.tsx').then((m) => ({ default: m.OfficeQueuePage })));
const RegistrationCardPage = lazy(() => import('./courts/office/registration-card-page.tsx').then((m) => ({ default: m.RegistrationCardPage })));
// Issue 16 item 4 (ENP-6): the administrator's ЭНП visibility matrix.
const EnpMatrixPage = lazy(() => import('./courts/enp-matrix-page.tsx').then((m) => ({ default: m.EnpMatrixPage })));
// Issue 16 item 5 (ENP-9): the court office's queue of online ЭНП applications.
const EnpApplicationsPage = lazy(() => import('./courts/enp-applications-page.tsx').then((m) => ({ default: m.EnpApplicationsPage })));
const EnpApplicationPage = lazy(() => import('./courts/enp-application-page.tsx').then((m) => ({ default: m.EnpApplicationPage })));
const EnpEasdHistoryPage = lazy(() => import('./courts/enp-easd-history-page.tsx').then((m) => ({ default: m.EnpEasdHistoryPage })));
const CourtCasePage = lazy(() => import('./courts/court-case-page.tsx').then((m) => ({ default: m.CourtCasePage })));
// antd's Result carries three large illustrations; only a failed session load shows it.
const Result = lazy(() => import('antd/es/result'));
// Issue 17 (LIC-1…LIC-8): e-licensing of private bailiffs.
const LicensingMyPage = lazy(() => import('./licensing/my-applications-page.tsx').then((m) => ({ default: m.MyApplicationsPage })));
const LicensingApplicationPage = lazy(() => import('./licensing/application-page.tsx').then((m) => ({ default: m.ApplicationPage })));
const LicensingOfficePage = lazy(() => import('./licensing/office-queue-page.tsx').then((m) => ({ default: m.OfficeQueuePage })));
const LicensingStaffEntryPage = lazy(() => import('./licensing/staff-entry-page.tsx').then((m) => ({ default: m.StaffEntryPage })));
const LicensingReviewPage = lazy(() => import('./licensing/review-page.tsx').then((m) => ({ default: m.ReviewPage })));
const LicensingRegisterPage = lazy(() => import('./licensing/register-page.tsx').then((m) => ({ default: m.RegisterPage })));
const LicensingDashboardPage = lazy(() => import('./licensing/dashboard-page.tsx').then((m) => ({ default: m.LicensingDashboardPage })));
const LicenceVerifyPage = lazy(() => import('./licensing/licence-verify-page.tsx').then((m) => ({ default: m.LicenceVerifyPage })));
const VerifyPage = lazy(() => import('./verify/verify-page.tsx').then((m) => ({ default: m.VerifyPage })));

// FILE-4: the payment gateway returns a duty payer to /cabinet/filings/<id>?dutyPayment=… (wip/f-draft's return
// address); the filing's draft resumes at its duty step, where the pending payment is confirmed.
if (typeof window !== 'undefined') {
  const back = /^\/cabinet\/filings\/([0-9a-fA-F-]+)\/?$/.exec(window.location.pathname);
  if (back?.[1] !== undefined) window.history.replaceState(null, '', `/#/courts/new?draft=${back[1]}`);
  // LIC-2: the gateway returns a licence fee payer to /cabinet/licensing/<id>; the application's page checks the payment.
  const licensing = licensingReturnId(window.location.pathname);
  if (licensing !== null) window.history.replaceState(null, '', `/#/licensing/applications/${licensing}?returned=1`);
}

// Read once at start: /verify/<id> is the public page of a QR code, no sign-in needed.
const publicVerifyId = typeof window === 'undefined' ? null : verifyIdFromPath(window.location.pathname);
// LIC-8: /verify/licence/<number>, the licence PDF's QR code — the licence's current status in the register, no sign-in.
const publicLicence = typeof window === 'undefined' ? null : licenceNumberFromPath(window.location.pathname);
// /s/<token>, the debtor's page of a simplified proceeding (SIMP-3), is not this app: main.tsx renders simplified/debtor-app.tsx there.

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${t('app.name')} — ${t('app.subtitle')}`;
  }, [t, i18n.language]);
  return (
    <ConfigProvider locale={i18n.language === 'ru' ? ruRU : kkKZ} theme={antdTheme}>
      <AntApp>
        <SessionProvider>
          <div className="layout">
            <AppHeader />
            <Suspense fallback={<PageLoading />}>
              {publicLicence !== null ? <LicenceVerifyPage number={publicLicence} />
                : publicVerifyId === null ? <Shell /> : <VerifyPage id={publicVerifyId} />}
            </Suspense>
          </div>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { state, user, devMode, reload } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <PageLoading />;
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
  // FILE-3: before sign-in, #/register is the «Сот кабинеті» registration page.
  if (user === null) return isRegistrationHash(window.location.hash) ? <RegisterPage /> : <SignInPage />;

  const page: Route = canOpen(location.route, user.roles, devMode) ? location.route : 'notFound';
  return (
    <>
      <AppNav route={page} />
      <main className="content" id="main-content"><Suspense fallback={<Spin size="large" />}>{renderPage(page, location)}</Suspense></main>
    </>
  );
}

/** While the session or a page's chunk loads. */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <main className="centered" id="main-content">
      <Spin size="large" description={t('app.loading')} />
    </main>
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
    case 'courtsMy':
      return <MyFilingsPage />;
    case 'courtsNew':
      return <NewFilingPage key={location.query['draft'] ?? ''} draftId={location.query['draft'] ?? null} />;
    case 'courtsFiling':
      return <FilingPage key={location.params['id']} id={location.params['id'] ?? ''} />;
    case 'courtsPowers':
      return <PowersPage />;
    case 'courtsNotifications':
      return <NotificationsPage />;
    case 'courtOffice':
      return <OfficeQueuePage />;
    case 'courtOfficeFiling':
      return <RegistrationCardPage key={location.params['id']} id={location.params['id'] ?? ''} />;
    case 'courtArchive':
      return <ArchiveQueuePage />;
    case 'courtWork':
      return <CourtWorkPage />;
    case 'enpMatrix':
      return <EnpMatrixPage />;
    case 'enpApplications':
      return <EnpApplicationsPage />;
    case 'enpEasdHistory':
      return <EnpEasdHistoryPage />;
    case 'enpApplication':
      return <EnpApplicationPage key={location.params['id']} id={location.params['id'] ?? ''} />;
    case 'courtCase':
      return <CourtCasePage key={location.params['id']} id={location.params['id'] ?? ''} />;
    case 'licensingMy':
      return <LicensingMyPage />;
    case 'licensingApplication':
      return <LicensingApplicationPage key={location.params['id']} id={location.params['id'] ?? ''} returned={location.query['returned'] === '1'} />;
    case 'licensingOffice':
      return <LicensingOfficePage />;
    case 'licensingStaffNew':
      return <LicensingStaffEntryPage />;
    case 'licensingReview':
      return <LicensingReviewPage key={location.params['id']} id={location.params['id'] ?? ''} />;
    case 'licensingRegister':
      return <LicensingRegisterPage />;
    case 'licensingDashboard':
      return <LicensingDashboardPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
