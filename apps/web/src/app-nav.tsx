import {
  AuditOutlined, BarChartOutlined, BellOutlined, CheckSquareOutlined, EditOutlined, FileAddOutlined, FileTextOutlined, FolderOpenOutlined, HomeOutlined,
  InboxOutlined, MailOutlined, SafetyCertificateOutlined, SolutionOutlined, TableOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from './router/hash-router.ts';
import type { PageRoute, Route } from './router/hash-router.ts';
import { useSession } from './session/session-context.tsx';
import { useUiLanguage } from './i18n/use-ui-language.ts';
import { LICENSING_NAV } from './licensing/licensing-nav.ts';

const bailiffs = ['state_bailiff', 'private_bailiff', 'senior_bailiff'] as const;
const hasAny = (roles: readonly string[], wanted: readonly string[]) => wanted.some((role) => roles.includes(role));

/** Court staff who read a court case (ISSUE-14 item 1); the server checks it is their court's. */
const courtStaff = ['court_office', 'judge', 'court_secretary', 'court_chairman'] as const;

/**
 * ISSUE-13 item 11: the roles that have a workspace today; the others (judges, licensing) see what is coming on their home page.
 * ISSUE-14: the citizen's «Сот кабинеті» and the court office's incoming queue are built.
 */
export const hasWorkspace = (roles: readonly string[]): boolean => hasAny(roles, [...bailiffs, 'admin', 'citizen', 'court_office', 'licensing_officer']);

/** Which pages a user may open; the menu and the router both ask this. The server checks again on every call. */
export function canOpen(route: Route, roles: readonly string[], devMode: boolean): boolean {
  switch (route) {
    case 'home':
    case 'notFound':
    case 'myViews':
      // ENP-11: everyone signed in may see who read or changed their data (linked from the header).
      return true;
    case 'journal':
      return roles.includes('admin');
    case 'devOutbox':
    case 'devSigning':
      return devMode;
    case 'enforcement':
      return hasAny(roles, bailiffs);
    case 'enforcementCard':
    case 'enforcementNew':
      return hasAny(roles, [...bailiffs, 'admin']);
    case 'enforcementApprovals':
      return roles.includes('senior_bailiff');
    case 'enforcementTemplates':
      return roles.includes('admin');
    case 'simplifiedDashboard':
      // The pilot's figures are for the ministry: administrators and senior bailiffs.
      return hasAny(roles, ['admin', 'senior_bailiff']);
    case 'courtsMy':
    case 'courtsNew':
    case 'courtsFiling':
    case 'courtsPowers':
    case 'courtsNotifications':
      // FILE-2, FILE-8, FILE-9, X-4: the «Сот кабинеті» of a citizen or a legal entity's representative, and its notices.
      return roles.includes('citizen');
    case 'courtOffice':
    case 'courtOfficeFiling':
    case 'enpApplications':
    case 'enpApplication':
    case 'enpEasdHistory':
      // FILE-11, FILE-12: the court office registers incoming filings.
      return roles.includes('court_office');
    case 'courtArchive':
      // FILE-17, §62: the court secretary hands cases to the archive.
      return roles.includes('court_secretary');
    case 'courtWork':
      // Issue 15 (FILE-14, FILE-15, FILE-16): the judge's acts to sign and marks due, the chairman's marks, the secretary's writs.
      return hasAny(roles, ['judge', 'court_chairman', 'court_secretary']);
    case 'enpMatrix':
      // Issue 16 item 4 (ENP-6): the administrator edits which document kinds each participant category sees on the portal.
      return roles.includes('admin');
    case 'licensingMy':
    case 'licensingApplication':
      // Issue 17 (LIC-4): any citizen may apply for a private bailiff's licence; the server shows each only their own.
      return roles.includes('citizen');
    case 'licensingReview':
    case 'licensingStaffNew':
      // LIC-3: the licensor's officer reviews and decides.
      return roles.includes('licensing_officer');
    case 'licensingOffice':
    case 'licensingRegister':
    case 'licensingDashboard':
      // LIC-5, LIC-6, LIC-8: the queue, the register and the figures — the licensor's officer; administrators read them.
      return hasAny(roles, ['licensing_officer', 'admin']);
    case 'courtCase':
      // A case's participants read it from «Менің істерім»; court staff from their work.
      return hasAny(roles, [...courtStaff, 'citizen']);
  }
}

/** The menu entry a page belongs to: a card is part of the queues. */
function menuKey(route: Route): string {
  const parent: Partial<Record<Route, Route>> = { enforcementCard: 'enforcement', courtsFiling: 'courtsMy', courtCase: 'courtsMy', courtOfficeFiling: 'courtOffice', enpApplication: 'enpApplications', enpEasdHistory: 'enpApplications',
    licensingApplication: 'licensingMy', licensingReview: 'licensingOffice', licensingStaffNew: 'licensingOffice' };
  return parent[route] ?? route;
}

// ISSUE-13 item 12: antd's Menu is large and the sign-in page has no menu; it loads with the first signed-in page.
const Menu = lazy(() => import('antd/es/menu'));

export function AppNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { user, devMode } = useSession();
  const roles = user?.roles ?? [];
  const entries: [PageRoute, ReactNode, string][] = [
    ['home', <HomeOutlined aria-hidden />, t('nav.home')],
    ['enforcement', <SolutionOutlined aria-hidden />, t('enf.nav.queues')],
    ['enforcementApprovals', <CheckSquareOutlined aria-hidden />, t('enf.nav.approvals')],
    ['enforcementNew', <FileAddOutlined aria-hidden />, t('enf.nav.new')],
    ['enforcementTemplates', <FileTextOutlined aria-hidden />, t('enf.nav.templates')],
    ['simplifiedDashboard', <BarChartOutlined aria-hidden />, t('simp.nav.dashboard')],
    ['courtsMy', <FolderOpenOutlined aria-hidden />, t('courts.nav.my')],
    ['courtsNew', <FileAddOutlined aria-hidden />, t('courts.nav.new')],
    ['courtsPowers', <SafetyCertificateOutlined aria-hidden />, t('courts.nav.powers')],
    ['courtsNotifications', <BellOutlined aria-hidden />, t('courts.nav.notifications')],
    ['courtOffice', <InboxOutlined aria-hidden />, t('courts.nav.office')],
    ['enpApplications', <SafetyCertificateOutlined aria-hidden />, t('queue.courts.enpApplications')],
    ['courtWork', <CheckSquareOutlined aria-hidden />, t('home.queues')],
    ['courtArchive', <InboxOutlined aria-hidden />, t('queue.courts.toArchive')],
    ['licensingMy', <SafetyCertificateOutlined aria-hidden />, LICENSING_NAV.licensingMy[language]],
    ['licensingOffice', <InboxOutlined aria-hidden />, LICENSING_NAV.licensingOffice[language]],
    ['licensingRegister', <TableOutlined aria-hidden />, LICENSING_NAV.licensingRegister[language]],
    ['licensingDashboard', <BarChartOutlined aria-hidden />, LICENSING_NAV.licensingDashboard[language]],
    ['journal', <AuditOutlined aria-hidden />, t('nav.journal')],
    ['enpMatrix', <TableOutlined aria-hidden />, t('nav.enpMatrix')],
    ['devOutbox', <MailOutlined aria-hidden />, t('nav.devOutbox')],
    ['devSigning', <EditOutlined aria-hidden />, t('nav.devSigning')],
  ];
  // Bailiffs reach «Новый исполнительный документ» from their queues page; the menu lists it only for those without one.
  // ISSUE-13 item 11: roles whose workspace is not built yet get no dev pages in their menu (the pages still open by address in dev mode).
  const hidden = (key: PageRoute) => (key === 'enforcementNew' && canOpen('enforcement', roles, devMode))
    || ((key === 'devOutbox' || key === 'devSigning') && !hasWorkspace(roles));
  const items: NonNullable<MenuProps['items']> = entries
    .filter(([key]) => canOpen(key, roles, devMode) && !hidden(key))
    .map(([key, icon, label]) => ({ key, icon, label: <a href={hrefFor(key)} data-testid={`nav-${key}`}>{label}</a> }));
  return (
    <nav aria-label={t('header.mainMenu')} className="app-nav">
      <Suspense fallback={null}>
        {/* ISSUE-13 item 6: every entry stays in sight — no «···» fold (which also hid focusable links from screen readers); a narrow window wraps the row. */}
        <Menu mode="horizontal" disabledOverflow selectedKeys={[menuKey(route)]} items={items} className="app-nav__menu" />
      </Suspense>
    </nav>
  );
}
