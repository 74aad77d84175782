import { expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { demoKey, loadKeyFile, signingDialog, signInIn } from './esign-support.ts';
import type { KeyFile } from './esign-support.ts';
import { apiPost, catalogs, demoUsers, signIn, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

/**
 * Every page of the app, per visitor, for the checks that must hold on all of
 * them (ISSUE-13 items 3, 6, 13: e2e/page-walk.spec.ts runs the identifier-token
 * scan, the 1366×768 viewport check and axe on each). How to use it:
 *
 *   const data = await prepareWalkData(browser);        // once per file (test.beforeAll): proceedings, an act to approve, a debtor link
 *   await walkPages(page, 'admin', ['kk', 'ru'], data, async (page, visited) => {
 *     // `page` shows `visited.path`, loaded and settled, in `visited.lang`
 *   });
 *
 * `walkPages` signs the visitor in once (IIN and password, e2e/support.ts),
 * then per language switches the screen (the header's button, no second
 * sign-in) and opens each page of `walkPlan(visitor, data)` in turn; a page is
 * "settled" when its <main> and its title (h1) are visible, no antd spinner or
 * skeleton is left and its fonts are loaded — no fixed sleeps, no network-idle
 * waits. Queue pages are found on the page itself (every queue tab the role
 * has); the executive document's inner tabs are opened too. The visitor's
 * saved language is put back at the end. It returns what it visited, so a test
 * can assert that the walk did not silently get shorter.
 *
 * Visitors: 'anonymous' (sign-in page, /verify, a sealed document's
 * /verify/<id>, the debtor's /s/<token>), the four working roles, the court
 * office and the citizen (issue 14), and the judge (no workspace yet: home).
 * A new page of the app gets a line in `walkPlan`.
 */

export type WalkRole = 'admin' | 'stateBailiff' | 'seniorBailiff' | 'privateBailiff' | 'courtOffice' | 'judge' | 'citizen';
export type Visitor = 'anonymous' | WalkRole;
export const visitors: readonly Visitor[] = ['anonymous', 'admin', 'stateBailiff', 'seniorBailiff', 'privateBailiff', 'courtOffice', 'judge', 'citizen'];

/**
 * Who plays each role: the Zhambyl region's people, so that the proceedings
 * `prepareWalkData` creates (the courts' simulator sends them to Zhambyl) are
 * theirs — the state bailiff's own, the private bailiff's own, the senior's to
 * approve.
 */
export const walkUsers: Record<WalkRole, string> = {
  admin: demoUsers.admin,
  stateBailiff: '820917300105',
  seniorBailiff: '750611300106',
  privateBailiff: demoUsers.privateBailiff,
  courtOffice: demoUsers.courtOffice,
  judge: demoUsers.judge,
  citizen: demoUsers.citizen,
};

/** What the walk needs to exist: made by `prepareWalkData`, read by `walkPlan`. */
export type WalkData = {
  /** The private bailiff's proceeding, initiated, with an ending act waiting for the senior's approval. */
  privateProceedingId: string;
  /** A proceeding the distribution gave to the state bailiff (a state collection). */
  stateProceedingId: string;
  /** The debtor's page of a simplified proceeding, `/s/<token>` (a credential: never print it). */
  debtorPath: string;
  /** The public verification page of a sealed document, `/verify/<id>`. */
  verifyPath: string;
};

/** One page of the walk. `path` is what `page.goto` opens. */
export type PlannedPage = {
  /** Stable and readable, for test titles and messages: `journal`, `card:requests`, `queues:incoming`. */
  name: string;
  path: string;
  /** The queues page: the walk also opens each queue tab found on it, as `queues:<key>`. */
  expandQueues?: boolean;
  /** Tabs inside the page that only switch what is shown (no address of their own): each is opened too, as `<name>:<n>`. */
  innerTabs?: string;
};

export type VisitedPage = PlannedPage & { visitor: Visitor; lang: Lang };
export type OnPage = (page: Page, visited: VisitedPage) => Promise<void>;

const cardTabs = ['executiveDocument', 'parties', 'requests', 'arrests', 'documentation', 'tasks', 'arrestedProperty'] as const;

function cardPages(id: string): PlannedPage[] {
  return cardTabs.map((tab) => ({
    name: `card:${tab}`,
    path: `/#/enforcement/proceedings/${encodeURIComponent(id)}?tab=${tab}`,
    // The executive document's «Кратко» / «Подробно» tabs.
    ...(tab === 'executiveDocument' ? { innerTabs: 'main .ant-tabs-card [role="tab"]' } : {}),
  }));
}

/** The pages a visitor can open, in the order they are walked. Dev pages are there because the browser tests run in development mode. */
export function walkPlan(visitor: Visitor, data: WalkData): PlannedPage[] {
  // Pages that are drawn the same for every role (the person's own views, the
  // dev pages, "not found") are walked by the administrator and the citizen
  // only: walking them again for each bailiff found nothing new and cost CI
  // minutes. Every visitor walks their own home.
  const sameForEveryone: PlannedPage[] = [
    { name: 'myViews', path: '/#/my-views' },
    { name: 'devOutbox', path: '/#/dev/outbox' },
    { name: 'devSigning', path: '/#/dev/signing' },
    { name: 'notFound', path: '/#/no-such-page' },
  ];
  const home: PlannedPage = { name: 'home', path: '/#/' };
  const common: PlannedPage[] = [home, ...sameForEveryone];
  switch (visitor) {
    case 'anonymous':
      return [
        { name: 'signIn', path: '/' },
        { name: 'verifyDrop', path: '/verify' },
        { name: 'verify', path: data.verifyPath },
        { name: 'debtor', path: data.debtorPath },
        // Issue 17 (LIC-8): a licence's QR page, its current status in the register (a demo private bailiff's licence).
        { name: 'licenceVerify', path: `/verify/licence/${encodeURIComponent('ЧСИ-00000412')}` },
      ];
    case 'judge':
      // Issue 15: the judge's home links to their work lists (acts to sign, legal-force marks).
      return [
        { name: 'home', path: '/#/' },
        { name: 'myViews', path: '/#/my-views' },
        { name: 'courtWork', path: '/#/court-work' },
      ];
    case 'courtOffice':
      // ISSUE-14 item 8: the incoming queue (a registration card is opened by e2e/courts.spec.ts).
      return [
        home,
        { name: 'courtOffice', path: '/#/court-office' },
        // Issue 16 item 5 (ENP-9): the online ЭНП applications waiting for the office (one is opened by e2e/enp-application.spec.ts).
        { name: 'enpApplications', path: '/#/enp-applications' },
        { name: 'enpEasdHistory', path: '/#/enp-easd-history' },
      ];
    case 'citizen':
      // ISSUE-14 items 3, 8, 10, 11: «Сот кабинеті» — «Менің істерім», a new filing's first step, powers of attorney (both tabs),
      // the notices of «Хабарламалар» (X-4; with a notice in it when e2e/courts.spec.ts ran first).
      return [
        ...common,
        { name: 'courtsMy', path: '/#/courts/my' },
        { name: 'courtsNew', path: '/#/courts/new' },
        { name: 'courtsPowers', path: '/#/courts/powers', innerTabs: 'main .ant-tabs-nav [role="tab"]' },
        { name: 'courtsNotifications', path: '/#/courts/notifications' },
        // Issue 17 (LIC-4): «Менің өтініштерім» — licence applications and the new application's form.
        { name: 'licensingMy', path: '/#/licensing/my' },
      ];
    case 'admin':
      return [
        ...common,
        { name: 'journal', path: '/#/journal' },
        { name: 'templates', path: '/#/enforcement/templates' },
        { name: 'simplifiedDashboard', path: '/#/simplified/dashboard' },
        // Issue 16 item 4 (ENP-6): the ЭНП visibility matrix.
        { name: 'enpMatrix', path: '/#/enp-matrix' },
        // Issue 17 (LIC-5, LIC-6, LIC-8): the licensing queue, the licence register, the figures (the officer's review is e2e/licensing.spec.ts's).
        { name: 'licensingOffice', path: '/#/licensing-office' },
        { name: 'licensingRegister', path: '/#/licensing-register' },
        { name: 'licensingDashboard', path: '/#/licensing-dashboard' },
        { name: 'newDocument', path: '/#/enforcement/new' },
        // The card's other tabs are the senior's and the private bailiff's (the same proceeding): the administrator opens its first.
        ...cardPages(data.privateProceedingId).slice(0, 1),
      ];
    case 'stateBailiff':
      return [
        home,
        { name: 'queues', path: '/#/enforcement', expandQueues: true },
        { name: 'newDocument', path: '/#/enforcement/new' },
        ...cardPages(data.stateProceedingId),
      ];
    case 'privateBailiff':
      return [
        home,
        { name: 'queues', path: '/#/enforcement', expandQueues: true },
        ...cardPages(data.privateProceedingId),
      ];
    case 'seniorBailiff':
      return [
        home,
        { name: 'queues', path: '/#/enforcement', expandQueues: true },
        { name: 'approvals', path: '/#/enforcement/approvals' },
        { name: 'simplifiedDashboard', path: '/#/simplified/dashboard' },
        // The same proceeding's tabs are the private bailiff's walk; the senior's own is the card's header (approve, return), on its first tab.
        ...cardPages(data.privateProceedingId).slice(0, 1),
      ];
  }
}

/** Waits until the page has drawn its content: main and its title visible, no spinner, no skeleton. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('main').first()).toBeVisible();
  // A page's title is its h1; a "not found" result has its title in antd's Result.
  await expect(page.locator('main h1, main .ant-result-title').first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function open(page: Page, path: string): Promise<void> {
  const target = new URL(path, page.url() === 'about:blank' ? 'http://x/' : page.url());
  const current = page.url() === 'about:blank' ? null : new URL(page.url());
  // Inside the signed-in app only the hash changes: no reload, the session and bundle stay.
  if (current !== null && path.startsWith('/#') && current.pathname === '/' && current.hash !== '') {
    await page.evaluate((hash) => { window.location.hash = hash; }, target.hash);
  } else {
    await page.goto(path);
  }
}

const htmlLang = async (page: Page): Promise<Lang> => ((await page.locator('html').getAttribute('lang')) === 'ru' ? 'ru' : 'kk');

/**
 * Signs `visitor` in once (anonymous: nobody), then for each of `langs` puts
 * the screen in that language and opens every page of `walkPlan(visitor,
 * data)`, calling `onPage` on each once it has settled. The signed-in
 * visitor's saved language is restored at the end (other specs rely on the
 * seeded languages). Returns the pages visited, queue and inner tabs included.
 * WALK_DEBUG=1 prints how long each page took to settle and to check.
 */
export async function walkPages(page: Page, visitor: Visitor, langs: readonly Lang[], data: WalkData, onPage: OnPage): Promise<VisitedPage[]> {
  const visited: VisitedPage[] = [];
  const debug = process.env['WALK_DEBUG'] !== undefined;
  let saved: Lang | undefined;
  if (visitor !== 'anonymous') {
    await page.goto('/');
    await signIn(page, walkUsers[visitor], 'kk');
    await expect(page.getByTestId('current-user')).not.toBeEmpty();
    saved = await htmlLang(page);
  }
  const check = async (entry: VisitedPage, started: number) => {
    const settled = Date.now();
    await onPage(page, entry);
    if (debug) console.log(`walk ${entry.visitor} ${entry.lang} ${entry.name}: settled ${settled - started} ms, checked ${Date.now() - settled} ms`);
    visited.push(entry);
  };
  const visit = async (planned: PlannedPage, lang: Lang) => {
    const started = Date.now();
    await open(page, planned.path);
    if ((await htmlLang(page)) !== lang) await switchLanguage(page, lang);
    await settle(page);
    await check({ ...planned, visitor, lang }, started);
    if (planned.innerTabs !== undefined) {
      const tabs = page.locator(planned.innerTabs);
      const count = await tabs.count();
      expect(count, `${planned.name} has inner tabs`).toBeGreaterThan(1);
      for (let i = 1; i < count; i++) {
        const tabStarted = Date.now();
        await tabs.nth(i).click();
        await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
        await settle(page);
        await check({ ...planned, name: `${planned.name}:${i}`, visitor, lang }, tabStarted);
      }
      // The pointer stays where it clicked: a control drawn there on the next page would be checked in its hover colours.
      await page.mouse.move(0, (page.viewportSize()?.height ?? 768) - 1);
    }
  };
  for (const lang of langs) {
    for (const planned of walkPlan(visitor, data)) {
      await visit(planned, lang);
      if (planned.expandQueues === true) {
        const keys = await page.locator('[data-testid^="queue-tab-"]')
          .evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-testid')?.replace('queue-tab-', '') ?? ''));
        expect(keys.length, `${visitor} has queues`).toBeGreaterThan(0);
        // «forApproval» is the approvals page, walked on its own.
        for (const key of keys.filter((k) => k !== 'forApproval')) {
          await visit({ name: `queues:${key}`, path: `/#/enforcement?queue=${key}` }, lang);
        }
      }
    }
  }
  if (saved !== undefined && (await htmlLang(page)) !== saved) await switchLanguage(page, saved);
  return visited;
}

type DevWrit = { status: number; body: { registrationNumber: string; proceedingId: string } };

async function sendWrit(page: Page, categoryCode?: string): Promise<string> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
  const sent = await page.request.post('/api/dev/court-writ', { data: categoryCode ? { categoryCode } : {}, headers: { 'x-csrf-token': csrf } });
  expect(sent.status(), 'POST /api/dev/court-writ').toBe(200);
  const writ = (await sent.json()) as DevWrit;
  expect(writ.status).toBe(200);
  return writ.body.proceedingId;
}

async function signAct(page: Page, key: KeyFile): Promise<void> {
  const dialog = signingDialog(page);
  await expect(dialog).toBeVisible();
  await loadKeyFile(page, key, 'kk');
  await dialog.getByTestId('signing-submit').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

/**
 * Makes what the walk shows, through the same doors a user uses: two court
 * writs (one distributed to the Zhambyl private bailiff, one — a state
 * collection — to the state bailiff), the private bailiff's initiation and
 * a termination waiting for the senior's approval (signed with her demo key
 * file), a simplified fine for the debtor's page and a sealed sample document
 * for /verify. About 20 seconds; call it once per spec file.
 */
export async function prepareWalkData(browser: Browser): Promise<WalkData> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    const key = await demoKey(page.request, walkUsers.privateBailiff, 'sign');
    await signInIn(page, walkUsers.privateBailiff, 'kk');
    const privateProceedingId = await sendWrit(page);
    const stateProceedingId = await sendWrit(page, 'state_collection');

    await page.goto(`/#/enforcement/proceedings/${privateProceedingId}`);
    await page.getByTestId('action-initiate').click();
    await page.getByTestId('act-generate').click();
    await signAct(page, key);
    await expect(page.getByTestId('card-status')).toHaveText(catalogs.kk.enf.status.initiated);
    await page.getByTestId('action-end').click();
    await page.getByTestId('ending-terminate').click();
    await page.getByTestId('ground-termination.claimant_waiver').click();
    await page.getByTestId('act-generate').click();
    await signAct(page, key);
    await expect(page.getByTestId('card-awaiting')).toBeVisible();

    const sample = await apiPost(page.request, '/api/dev/sample-document', {}, 'kk');
    expect(sample.status(), 'POST /api/dev/sample-document').toBe(200);
    const { documentId } = (await sample.json()) as { documentId: string };

    const fine = await apiPost(page.request, '/api/dev/simplified/fine', {}, 'kk');
    expect(fine.status(), 'POST /api/dev/simplified/fine').toBe(200);
    const { link } = (await fine.json()) as { link: string };

    return {
      privateProceedingId,
      stateProceedingId,
      debtorPath: new URL(link).pathname,
      verifyPath: `/verify/${encodeURIComponent(documentId)}`,
    };
  } finally {
    await context.close();
  }
}
