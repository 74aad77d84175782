import { useSyncExternalStore } from 'react';

// A minimal hash router: the server only has to serve index.html at "/",
// and a reload keeps the page.
export type Route = 'home' | 'journal' | 'devOutbox' | 'devSigning' | 'notFound';

const paths = { home: '/', journal: '/journal', devOutbox: '/dev/outbox', devSigning: '/dev/signing' } as const satisfies Record<
  Exclude<Route, 'notFound'>,
  string
>;

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  for (const [route, routePath] of Object.entries(paths)) {
    if (routePath === path) return route as Route;
  }
  return 'notFound';
}

export function hrefFor(route: Exclude<Route, 'notFound'>): string {
  return `#${paths[route]}`;
}

export function navigate(route: Exclude<Route, 'notFound'>): void {
  window.location.hash = paths[route];
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseHash(window.location.hash), () => 'home');
}
