import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * ISSUE-13 item 12: how much compressed JavaScript a page of the SPA costs
 * on first load, read from the build's manifest (`build.manifest: true`).
 *
 * A page costs what the browser downloads before its first real render:
 * the entry (`index.html` → src/main.tsx) and its static imports, plus the
 * modules the page loads with `import()` on the way (the root chosen by the
 * path, the catalog of the language on screen, the page's own lazy chunk),
 * each with its static imports, transitively. Every other `import()` such a
 * page can reach must be named in `later` with the reason it does not run at
 * first render, so a new dynamic import is either counted or justified.
 *
 * Sizes are those of the brotli files (`<file>.br`, written at build by
 * vite-precompress.ts) that the server sends to any browser that accepts
 * `br` — every current browser over HTTPS; the gzip siblings are larger.
 */

export type ManifestChunk = {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export type PageName = 'signIn' | 'debtor' | 'enp';
export type Language = 'kk' | 'ru';

/** The manifest keys a page loads at first render, besides the language's catalog (see `catalogKey`). */
export const pages: Record<PageName, readonly string[]> = {
  // main.tsx imports app.tsx (the signed-in app's root), whose Shell shows the lazy sign-in page while nobody is signed in.
  signIn: ['index.html', 'src/app.tsx', 'src/pages/sign-in-page.tsx'],
  // main.tsx imports simplified/debtor-app.tsx, the root on /s/<token>; it has no lazy parts of its own.
  debtor: ['index.html', 'src/simplified/debtor-app.tsx'],
  // Issue 16 item 2: main.tsx imports enp/enp-app.tsx, the root on /enp (the public ЭНП portal); every page of it is in that chunk.
  enp: ['index.html', 'src/enp/enp-app.tsx'],
};

/** A page's own catalog, loaded with its root before the first render (the portal keeps its texts out of the shared catalog). */
export const pageCatalogs: Partial<Record<PageName, (language: Language) => string>> = {
  enp: (language) => `src/enp/enp-${language}.ts`,
};

/** main.tsx (i18n.ts) loads one catalog per language, before the first render. */
export function catalogKey(language: Language): string {
  return `src/i18n/${language}.ts`;
}

/**
 * The dynamic imports a page can reach that its first render does not make,
 * by manifest key or chunk name, with the reason.
 */
export const later: Record<PageName, Record<string, string>> = {
  signIn: {
    'src/simplified/debtor-app.tsx': 'the other root: main.tsx picks it on /s/<token> only',
    'src/enp/enp-app.tsx': 'the ЭНП portal\'s root: main.tsx picks it on /enp only',
    'src/i18n/kk.ts': 'the other language (the page is weighed in both)',
    'src/i18n/ru.ts': 'the other language (the page is weighed in both)',
    'menu': 'the app menu, shown once signed in',
    'result': 'antd Result, shown only when the session fails to load',
    'signing-dialog': 'the ЭЦП dialog, opened by its button',
    'src/pages/demo-keys.tsx': 'the demo keys, rendered in development mode only',
    'src/enforcement/approvals-page.tsx': 'a signed-in page',
    'src/enforcement/card/card-page.tsx': 'a signed-in page',
    'src/enforcement/entry/new-document-page.tsx': 'a signed-in page',
    'src/enforcement/queues-page.tsx': 'a signed-in page',
    'src/enforcement/templates/templates-page.tsx': 'a signed-in page',
    'src/pages/dev-outbox-page.tsx': 'a signed-in page',
    'src/pages/dev-signing-page.tsx': 'a signed-in page',
    'src/pages/home-page.tsx': 'a signed-in page',
    'src/pages/journal-page.tsx': 'a signed-in page',
    'src/pages/not-found-page.tsx': 'a signed-in page',
    'src/pages/my-views-page.tsx': 'a signed-in page',
    'src/simplified/dashboard-page.tsx': 'a signed-in page',
    'src/verify/verify-page.tsx': 'the public page of a QR code, /verify/<id> only',
    'src/courts/court-case-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/filing-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/my-filings-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/new-filing/new-filing-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/office/office-queue-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/office/registration-card-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/powers/powers-page.tsx': 'a signed-in page (the courts, issue 14)',
    'src/courts/notifications-page.tsx': 'a signed-in page (the cabinet\'s notices, issue 14 item 8)',
    'src/courts/archive-queue-page.tsx': 'a signed-in page (the secretary\'s cases due at the archive, issue 15 item 4)',
    'src/courts/court-work-page.tsx': 'a signed-in page (the court staff\'s work lists, issue 15)',
    'src/courts/enp-matrix-page.tsx': 'a signed-in page (the administrator\'s ЭНП visibility matrix, issue 16)',
    'src/courts/enp-applications-page.tsx': 'a signed-in page (the court office\'s queue of online ЭНП applications, issue 16 item 5)',
    'src/courts/enp-easd-history-page.tsx': 'a signed-in page (who looked at an ЭАСД archive case through ЭНП, issue 16 items 6, 8)',
    'src/courts/enp-application-page.tsx': 'a signed-in page (one online ЭНП application for the court office, issue 16 item 5)',
    'src/pages/cabinet/register-page.tsx': 'the cabinet registration, opened by its link (FILE-3)',
    'src/licensing/my-applications-page.tsx': 'a signed-in page (the applicant\'s licence applications, issue 17)',
    'src/licensing/application-page.tsx': 'a signed-in page (one licence application, issue 17)',
    'src/licensing/office-queue-page.tsx': 'a signed-in page (the licensing officer\'s queue, issue 17)',
    'src/licensing/staff-entry-page.tsx': 'a signed-in page (the staff channel\'s entry of an application, issue 17)',
    'src/licensing/review-page.tsx': 'a signed-in page (the officer\'s review of an application, issue 17)',
    'src/licensing/register-page.tsx': 'a signed-in page (the licence register, issue 17)',
    'src/licensing/dashboard-page.tsx': 'a signed-in page (the licensing figures, issue 17)',
    'src/licensing/licence-verify-page.tsx': 'the public page of a licence\'s QR code, /verify/licence/<number> only',
  },
  debtor: {
    'src/app.tsx': 'the other root: the signed-in app',
    'src/enp/enp-app.tsx': 'the ЭНП portal\'s root: main.tsx picks it on /enp only',
    'src/i18n/kk.ts': 'the other language (the page is weighed in both)',
    'src/i18n/ru.ts': 'the other language (the page is weighed in both)',
    'result': 'antd Result, shown only when the link is invalid or expired',
  },
  enp: {
    'src/app.tsx': 'the other root: the signed-in app',
    'src/simplified/debtor-app.tsx': 'the other root: main.tsx picks it on /s/<token> only',
    'src/i18n/kk.ts': 'the other language (the page is weighed in both)',
    'src/i18n/ru.ts': 'the other language (the page is weighed in both)',
    'src/enp/enp-kk.ts': 'the portal\'s other language, fetched by KAZ | RUS',
    'src/enp/enp-ru.ts': 'the portal\'s other language, fetched by KAZ | RUS',
    'src/enp/enp-apply-page.tsx': 'the online application (issue 16 item 5, ENP-7), loaded when its page is opened — it brings the ЭЦП dialog',
  },
};

/** The budgets, in bytes of brotli-compressed JavaScript. */
export const budgets: Record<PageName, number> = {
  signIn: 250 * 1024,
  debtor: 150 * 1024,
  // Issue 16 item 2 (ENP-3): the public portal, opened on a phone like the debtor's page. Measured at
  // 100 KB (2026-12-04): ~92 KB is what every page pays (the entry with React and i18next, 72.6 KB; the
  // shared first catalog, ~16 KB; small shared chunks), ~8.4 KB is the portal's own (all five menu pages
  // and the case page, 5.8 KB, and its catalog, 2.6 KB). 10 KB of headroom for the ЭНП items still to come
  // (online application, notifications settings) — far under the debtor page's 150 KB, since the portal uses no antd.
  enp: 110 * 1024,
};

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The manifest keys the given keys load, following static imports. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the build's manifest has no ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return seen;
}

/** The JavaScript files the given manifest keys need, following static imports. */
export function filesFor(manifest: Manifest, keys: readonly string[]): string[] {
  const files = [...staticClosure(manifest, keys)].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
  return [...new Set(files)].sort();
}

/** The keys a page loads at first render in a language. */
export function firstRenderKeys(page: PageName, language: Language): string[] {
  const own = pageCatalogs[page];
  return [...pages[page], catalogKey(language), ...(own === undefined ? [] : [own(language)])];
}

/**
 * The dynamic imports reachable from what a page loads that are neither
 * loaded (counted) nor named in `later`: each is a place where the count
 * could be dishonest. Empty when every `import()` is accounted for.
 */
export function unaccountedDynamicImports(manifest: Manifest, page: PageName, language: Language): string[] {
  const keys = firstRenderKeys(page, language);
  const loaded = staticClosure(manifest, keys);
  const unaccounted = new Set<string>();
  for (const key of loaded) {
    for (const target of manifest[key]?.dynamicImports ?? []) {
      if (loaded.has(target)) continue;
      const name = manifest[target]?.name ?? '';
      if (!(target in later[page]) && !(name in later[page])) unaccounted.add(target);
    }
  }
  return [...unaccounted].sort();
}

export type PageCost = { files: string[]; raw: number; brotli: number; gzip: number };

export function pageCost(dist: string, manifest: Manifest, keys: readonly string[]): PageCost {
  const files = filesFor(manifest, keys);
  const size = (file: string) => statSync(join(dist, file)).size;
  return {
    files,
    raw: files.reduce((sum, file) => sum + size(file), 0),
    brotli: files.reduce((sum, file) => sum + size(`${file}.br`), 0),
    gzip: files.reduce((sum, file) => sum + size(`${file}.gz`), 0),
  };
}
