// Issue 16 item 2 (ENP-3): the public portal lives under /enp, a root of its
// own (main.tsx picks it by the path, like the debtor's /s/<token>). Each menu
// page is a real path, so a link works without script and the server's SPA
// fallback serves every one of them.

export const ENP_VIEWS = ['search', 'law', 'samples', 'about', 'courts', 'case', 'apply'] as const;
export type EnpView = (typeof ENP_VIEWS)[number];

const SEGMENTS: Record<EnpView, string> = { search: '', law: 'law', samples: 'samples', about: 'about', courts: 'courts', case: 'case', apply: 'apply' };

/** The portal's view for a path; null when the path is not the portal's. An unknown sub-path shows the search. */
export function enpViewFromPath(pathname: string): EnpView | null {
  const match = /^\/enp(?:\/([^/]*))?\/?$/.exec(pathname);
  if (match === null) return /^\/enp\//.test(pathname) ? 'search' : null;
  const segment = match[1] ?? '';
  return ENP_VIEWS.find((view) => SEGMENTS[view] === segment) ?? 'search';
}

export function enpPath(view: EnpView): string {
  const segment = SEGMENTS[view];
  return segment === '' ? '/enp' : `/enp/${segment}`;
}
