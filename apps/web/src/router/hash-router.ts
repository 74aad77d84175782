import { useMemo, useSyncExternalStore } from 'react';

// A minimal hash router: the server only has to serve index.html at "/",
// and a reload keeps the page. A hash is `#/path` with an optional
// `?query`, so filters of a list survive a reload and can be shared.
export type Route =
  | 'home' | 'journal' | 'myViews' | 'devOutbox' | 'devSigning'
  | 'enforcement' | 'enforcementCard' | 'enforcementNew' | 'enforcementApprovals' | 'enforcementTemplates'
  | 'simplifiedDashboard'
  | 'courtsMy' | 'courtsNew' | 'courtsFiling' | 'courtsPowers' | 'courtsNotifications' | 'courtOffice' | 'courtOfficeFiling' | 'courtCase'
  | 'courtArchive' | 'courtWork' | 'enpMatrix' | 'enpApplications' | 'enpApplication' | 'enpEasdHistory'
  | 'licensingMy' | 'licensingApplication' | 'licensingOffice' | 'licensingStaffNew' | 'licensingReview' | 'licensingRegister' | 'licensingDashboard'
  | 'notFound';

export type PageRoute = Exclude<Route, 'notFound'>;

/** `:name` segments match one non-empty path segment. Literal paths are tried first, so `/enforcement/new` is no card. */
const patterns = {
  home: '/',
  journal: '/journal',
  myViews: '/my-views',
  devOutbox: '/dev/outbox',
  devSigning: '/dev/signing',
  enforcement: '/enforcement',
  enforcementNew: '/enforcement/new',
  enforcementApprovals: '/enforcement/approvals',
  enforcementTemplates: '/enforcement/templates',
  enforcementCard: '/enforcement/proceedings/:id',
  simplifiedDashboard: '/simplified/dashboard',
  // ISSUE-14: «Сот кабинеті» (citizens, representatives) and the court office.
  courtsMy: '/courts/my',
  courtsNew: '/courts/new',
  courtsFiling: '/courts/filings/:id',
  courtsPowers: '/courts/powers',
  courtsNotifications: '/courts/notifications',
  courtOffice: '/court-office',
  courtOfficeFiling: '/court-office/filings/:id',
  courtCase: '/court-cases/:id',
  // FILE-17: the secretary's cases due at the archive.
  courtArchive: '/court-archive',
  // Issue 15: the judge's, the chairman's and the secretary's work lists (acts to sign, legal-force marks, writs to sign).
  courtWork: '/court-work',
  // Issue 16 item 4 (ENP-6): the administrator's ЭНП visibility matrix.
  enpMatrix: '/enp-matrix',
  // Issue 16 item 5 (ENP-9): the court office's queue of online ЭНП applications, and one of them.
  enpApplications: '/enp-applications',
  enpApplication: '/enp-applications/:id',
  // Issue 16 items 6, 8 (ENP-10, ENP-11): who looked at an ЭАСД archive case through ЭНП (by its archive id).
  enpEasdHistory: '/enp-easd-history',
  // Issue 17 (LIC-1…LIC-8): the applicant's «Менің өтініштерім» and one application; the licensing officer's queue, review, register, figures.
  licensingMy: '/licensing/my',
  licensingApplication: '/licensing/applications/:id',
  licensingOffice: '/licensing-office',
  // LIC-3: the staff channel's entry form (literal, so tried before the review's `:id`).
  licensingStaffNew: '/licensing-office/new',
  licensingReview: '/licensing-office/:id',
  licensingRegister: '/licensing-register',
  licensingDashboard: '/licensing-dashboard',
} as const satisfies Record<PageRoute, string>;

type ParamRoute = 'enforcementCard' | 'courtsFiling' | 'courtOfficeFiling' | 'courtCase' | 'enpApplication' | 'licensingApplication' | 'licensingReview';
export type RouteParams = Record<string, string>;
export type RouteQuery = Record<string, string>;
export type RouteLocation = { route: Route; params: RouteParams; query: RouteQuery };

function splitHash(hash: string): { path: string; search: string } {
  const raw = hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const pathPart = at < 0 ? raw : raw.slice(0, at);
  return { path: pathPart.replace(/\/+$/, '') || '/', search: at < 0 ? '' : raw.slice(at + 1) };
}

function matchPattern(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (g === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null; // a broken %-escape is no id
      }
    } else if (w !== g) return null;
  }
  return params;
}

const ordered = (Object.entries(patterns) as [PageRoute, string][])
  .sort(([, a], [, b]) => Number(a.includes(':')) - Number(b.includes(':')));

export function parseLocation(hash: string): RouteLocation {
  const { path, search } = splitHash(hash);
  const query: RouteQuery = {};
  for (const [key, value] of new URLSearchParams(search)) query[key] = value;
  for (const [route, pattern] of ordered) {
    const params = matchPattern(pattern, path);
    if (params !== null) return { route, params, query };
  }
  return { route: 'notFound', params: {}, query };
}

export function parseHash(hash: string): Route {
  return parseLocation(hash).route;
}

/** Routes with a `:id` need it; the others take none. The query drops empty values. */
type HrefArgs<R extends PageRoute> = R extends ParamRoute
  ? [params: { id: string }, query?: Partial<RouteQuery>]
  : [params?: Record<string, never>, query?: Partial<RouteQuery>];

export function pathFor<R extends PageRoute>(route: R, ...[params, query]: HrefArgs<R>): string {
  const path = patterns[route].replace(/:([a-zA-Z]+)/g, (_match, name: string) =>
    encodeURIComponent((params as RouteParams | undefined)?.[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

export function hrefFor<R extends PageRoute>(route: R, ...args: HrefArgs<R>): string {
  return `#${pathFor(route, ...args)}`;
}

export function navigate<R extends PageRoute>(route: R, ...args: HrefArgs<R>): void {
  window.location.hash = pathFor(route, ...args);
}

/** Changes the hash without a history entry: typing into a filter should not fill the back button. */
export function replaceLocation<R extends PageRoute>(route: R, ...args: HrefArgs<R>): void {
  const url = `${window.location.pathname}${window.location.search}#${pathFor(route, ...args)}`;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}

export function useRoute(): Route {
  return parseHash(useHash());
}

/** The route with its `:id` and query; the object is stable while the hash is. */
export function useLocation(): RouteLocation {
  const hash = useHash();
  return useMemo(() => parseLocation(hash), [hash]);
}
