import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { findIdentifierTokens } from './identifier-tokens.ts';
import { apiPost, catalogs, demoUsers, signIn, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// ISSUE-13 item 3: every page, in kk and in ru, shows people words —
// no code names, ISO timestamps, zone names, raw amounts or JSON. Each role
// signs in once and walks the pages of its menu (plus the pages reached
// from them: a proceeding's card, «Мои просмотры»), clicking through every
// tab; the public pages (sign-in, the debtor's page, /verify) are walked
// without a session. Visible text is document.body.innerText plus the
// title / aria-label / placeholder attributes and the document's title.

test.describe.configure({ mode: 'serial' });

const langs: readonly Lang[] = ['kk', 'ru'];

type Finding = { where: string; tokens: string[] };

/** Data the walk needs: a proceeding with its distribution note, a debtor's link, a sealed document. */
const fixture: { proceedingId?: string; debtorPath?: string; verifyPath?: string } = {};

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 5_000 }).catch(() => undefined);
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
      .flatMap((element) => ['title', 'aria-label', 'placeholder'].map((name) => element.getAttribute(name) ?? ''));
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

async function scan(page: Page, where: string, findings: Finding[]): Promise<void> {
  await settle(page);
  const tokens = findIdentifierTokens(await visibleText(page));
  if (tokens.length > 0) findings.push({ where, tokens });
}

/** Scans the page, then each of its tabs (queues, a card's tabs) once. */
async function scanWithTabs(page: Page, where: string, findings: Finding[]): Promise<void> {
  await scan(page, where, findings);
  const tabs = page.getByRole('tab');
  const count = Math.min(await tabs.count(), 10);
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    if (!(await tab.isVisible()) || (await tab.getAttribute('aria-selected')) === 'true') continue;
    const name = (await tab.innerText()).trim().split('\n')[0] ?? String(i);
    await tab.click();
    await scan(page, `${where} › ${name}`, findings);
  }
}

/** The pages a signed-in role walks: its menu, its own views, a proceeding's card where it may open one. */
async function routesOf(page: Page): Promise<string[]> {
  const menu = await page.locator('nav a[data-testid^="nav-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const routes = new Set([...menu.filter((href) => href.startsWith('#/')), '#/my-views']);
  if (menu.some((href) => href.startsWith('#/enforcement')) && fixture.proceedingId !== undefined) {
    routes.add(`#/enforcement/proceedings/${fixture.proceedingId}`);
  }
  return [...routes];
}

async function walkRole(page: Page, iin: string, role: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  await page.goto('/');
  await signIn(page, iin, 'kk');
  await expect(page.getByTestId('current-user')).not.toBeEmpty();
  // Whatever the profile says; put it back at the end (other specs rely on the seeded languages).
  const saved: Lang = (await page.locator('html').getAttribute('lang')) === 'ru' ? 'ru' : 'kk';
  const routes = await routesOf(page);
  expect(routes.length, `${role}: pages in the menu`).toBeGreaterThan(1);
  for (const lang of langs) {
    if ((await page.locator('html').getAttribute('lang')) !== lang) await switchLanguage(page, lang);
    for (const route of routes) {
      await page.goto(`/${route}`);
      await scanWithTabs(page, `${role} ${lang} ${route}`, findings);
    }
  }
  if ((await page.locator('html').getAttribute('lang')) !== saved) await switchLanguage(page, saved);
  return findings;
}

/** A fresh browser with the language chosen before the first paint (no profile touched). */
async function publicPage(browser: Browser, lang: Lang): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.addInitScript((chosen) => localStorage.setItem('oryndau.language', chosen), lang);
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

const report = (findings: Finding[]) => findings.map((f) => `${f.where}: ${f.tokens.join(' | ')}`);

test('ISSUE-13 item 3 (X-1): the public pages — sign-in, the debtor\'s page, /verify — in kk and ru show no technical strings', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const answer = await apiPost(request, '/api/dev/simplified/fine', {}, 'kk');
  expect(answer.status()).toBe(200);
  fixture.debtorPath = new URL(((await answer.json()) as { link: string }).link).pathname;

  const findings: Finding[] = [];
  for (const lang of langs) {
    const { page, close } = await publicPage(browser, lang);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: catalogs[lang].signIn.title })).toBeVisible();
    await scan(page, `sign-in ${lang}`, findings);

    await page.goto(fixture.debtorPath);
    await expect(page.getByTestId('simp-status')).toBeVisible();
    await scan(page, `debtor ${lang}`, findings);
    fixture.verifyPath ??= (await page.locator('[data-testid="simp-document-verify"]').first().getAttribute('href')) ?? undefined;

    await page.goto('/verify');
    await scan(page, `verify ${lang}`, findings);
    if (fixture.verifyPath !== undefined) {
      await page.goto(fixture.verifyPath);
      await scan(page, `verify document ${lang}`, findings);
    }
    await close();
  }
  expect(report(findings)).toEqual([]);
});

const roles: readonly [string, string][] = [
  ['administrator', demoUsers.admin],
  ['senior bailiff', demoUsers.seniorBailiff],
  ['state bailiff', demoUsers.stateBailiff],
  ['private bailiff', demoUsers.privateBailiff],
  ['court office', demoUsers.courtOffice],
  ['citizen', demoUsers.citizen],
];

for (const [role, iin] of roles) {
  test(`ISSUE-13 item 3 (X-1): every page of the ${role}, in kk and ru, shows no technical strings`, async ({ page }) => {
    test.setTimeout(120_000);
    if (fixture.proceedingId === undefined) {
      // A court writ through the intake: a proceeding with its distribution note and journal entries to read.
      await page.goto('/');
      await signIn(page, demoUsers.admin, 'kk');
      await expect(page.getByTestId('current-user')).not.toBeEmpty();
      const csrf = (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
      const sent = await page.request.post('/api/dev/court-writ', { data: {}, headers: { 'x-csrf-token': csrf } });
      expect(sent.status()).toBe(200);
      fixture.proceedingId = ((await sent.json()) as { body: { proceedingId: string } }).body.proceedingId;
      await page.context().clearCookies();
    }
    expect(report(await walkRole(page, iin, role))).toEqual([]);
  });
}
