import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { enpKk } from '../apps/web/src/enp/enp-kk.ts';
import { enpRu } from '../apps/web/src/enp/enp-ru.ts';
import { axeProblems, skipLinkProblems } from './page-checks.ts';
import type { Lang } from './support.ts';

// Issue 16 item 2 (ENP-3): the public ЭНП portal at /enp — its own layout in
// the state colours, KAZ | RUS, the five menu pages with real content, the
// IIN checked as one types; on a desktop and on a 390×844 phone, in kk and ru.
// The sign-in and the case page need the server's ЭНП routes (another
// branch); the case page is checked by apps/web/src/enp/enp-case-view.test.tsx.

const texts = { kk: enpKk, ru: enpRu } as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** Opens the portal in a language; the page's script errors are collected. */
async function openPortal(page: Page, lang: Lang, path = '/enp'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (lang === 'ru') {
    await page.getByRole('button', { name: 'RUS' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  }
  await expect(page.getByText(texts[lang].title)).toBeVisible();
  return errors;
}

async function fitsWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const lang of ['kk', 'ru'] as const) {
  for (const device of ['desktop', 'phone'] as const) {
    test.describe(`${lang} ${device}`, () => {
      if (device === 'phone') test.use(PHONE);

      test(`ENP-3: the public layout (${lang}, ${device}) — header with flag and scales, KAZ | RUS, menu, banners, contact centre 1401; accessible, no script errors`, async ({ page }) => {
        const t = texts[lang];
        const errors = await openPortal(page, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The portal's own stylesheet is in: the light-blue header (a root's CSS once went missing when the bundler merged the roots' preloads).
        await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(216, 241, 247)');
        await expect(page.getByTestId('skip-link')).not.toBeInViewport();
        await expect(page.getByRole('img', { name: t.flag })).toBeVisible();
        await expect(page.getByRole('img', { name: t.scales })).toBeVisible();
        const menu = page.getByRole('navigation', { name: t.menuLabel });
        for (const item of Object.values(t.menu)) await expect(menu.getByRole('link', { name: item })).toBeVisible();
        await expect(menu.getByRole('link', { name: t.menu.search })).toHaveAttribute('aria-current', 'page');
        await expect(page.getByRole('complementary', { name: t.bannersLabel }).getByRole('link')).toHaveCount(t.banners.length);
        const footer = page.getByRole('contentinfo');
        await expect(footer.getByRole('link', { name: '1401' })).toHaveAttribute('href', 'tel:1401');
        await expect(footer.getByRole('link', { name: 'it@supcourt.kz' })).toHaveAttribute('href', 'mailto:it@supcourt.kz');
        // The search with the seed's three steps.
        await expect(page.getByRole('heading', { level: 1, name: t.search.heading })).toBeVisible();
        await expect(page.getByLabel(t.search.iin)).toBeVisible();
        await expect(page.getByLabel(t.search.password)).toBeVisible();
        for (const step of t.search.howTo) await expect(page.getByText(step)).toBeVisible();
        await expect(page.getByRole('button', { name: t.search.submit })).toBeVisible();
        // The language choice is remembered.
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByText(t.title)).toBeVisible();
        if (device === 'phone') expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(390);
        expect(await fitsWidth(page)).toBeLessThanOrEqual(0);
        expect(await axeProblems(page, true)).toEqual([]);
        expect(await skipLinkProblems(page, lang)).toEqual([]);
        expect(errors).toEqual([]);
      });
    });
  }

  test(`ENP-3: the menu pages have their content (${lang}) — laws linked to adilet, samples, about, the courts from the server`, async ({ page, request }) => {
    const t = texts[lang];
    const errors = await openPortal(page, lang);
    const menu = page.getByRole('navigation', { name: t.menuLabel });

    await menu.getByRole('link', { name: t.menu.law }).click();
    await expect(page).toHaveURL(/\/enp\/law$/);
    await expect(page.getByRole('heading', { level: 1, name: t.law.heading })).toBeVisible();
    const laws = page.getByTestId('enp-laws').getByRole('link');
    await expect(laws).toHaveCount(6);
    for (const href of await laws.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(new RegExp(`^https://adilet\\.zan\\.kz/${lang === 'kk' ? 'kaz' : 'rus'}/docs/[KZ][0-9_]+$`));
    }
    await expect(page.getByTestId('enp-laws')).toContainText(lang === 'kk' ? 'Қылмыстық-процестік кодексі' : 'Уголовно-процессуальный кодекс');

    await menu.getByRole('link', { name: t.menu.samples }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.samples.heading })).toBeVisible();
    for (const title of Object.values(t.samples.items)) await expect(page.getByText(title)).toBeVisible();

    await menu.getByRole('link', { name: t.menu.about }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.about.heading })).toBeVisible();
    await expect(page.getByText(t.about.paragraphs[0]!)).toBeVisible();

    await menu.getByRole('link', { name: t.menu.courts }).click();
    await expect(page).toHaveURL(/\/enp\/courts$/);
    await expect(page.getByRole('heading', { level: 1, name: t.courts.heading })).toBeVisible();
    const fromServer = (await (await request.get('/api/enp/courts')).json()) as { courts: { name: Record<Lang, string>; address: Record<Lang, string> }[] };
    expect(fromServer.courts.length).toBeGreaterThan(0);
    const cards = page.getByTestId('enp-courts').getByRole('listitem');
    await expect(cards).toHaveCount(fromServer.courts.length);
    const first = fromServer.courts[0]!;
    await expect(cards.first()).toContainText(first.name[lang]);
    await expect(cards.first()).toContainText(first.address[lang]);
    await expect(cards.first()).toContainText('UTC+05:00');
    expect(await axeProblems(page, true)).toEqual([]);

    // Back goes back; a page opened by its address is that page.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: t.about.heading })).toBeVisible();
    await page.goto('/enp/samples');
    await expect(page.getByRole('heading', { level: 1, name: t.samples.heading })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe('phone', () => {
  test.use(PHONE);

  test('ENP-3: the IIN field takes digits only, at most 12, and says as one types what is wrong or left (390×844, ru)', async ({ page }) => {
    const t = enpRu.search;
    const errors = await openPortal(page, 'ru');
    const iin = page.getByLabel(t.iin);
    await iin.pressSequentially('85a');
    await expect(iin).toHaveValue('85');
    await expect(page.getByText(t.iinDigitsOnly)).toBeVisible();
    await expect(iin).toHaveAttribute('aria-invalid', 'true');
    await iin.pressSequentially('06');
    await expect(page.getByText(t.iinRemaining(8))).toBeVisible();
    await iin.pressSequentially('153001234');
    await expect(iin).toHaveValue('850615300123');
    await expect(page.getByText(t.iinComplete)).toBeVisible();
    await expect(iin).toHaveAttribute('aria-invalid', 'false');
    // Short again: the search is not sent, the field says what is missing and has the focus.
    await iin.fill('85061530');
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page.getByText(t.iinRemaining(4))).toBeVisible();
    await expect(iin).toBeFocused();
    await iin.fill('850615300123');
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page.getByText(t.passwordMissing)).toBeVisible();
    await expect(page.getByLabel(t.password)).toBeFocused();
    expect(await fitsWidth(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});

test('ENP-3: each sample application downloads as a PDF in Kazakh and in Russian', async ({ page }) => {
  const errors = await openPortal(page, 'kk', '/enp/samples');
  for (const sample of ['password', 'act-copy', 'familiarisation']) {
    for (const lang of ['kk', 'ru'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`enp-sample-${sample}-${lang}`).click()]);
      expect(download.suggestedFilename()).toMatch(/^[a-z-]+\.pdf$/);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }
  expect(errors).toEqual([]);
});

test('ENP-3: everything is reachable by keyboard — skip link, KAZ | RUS, the menu, the fields, the search button, the banners, the contacts', async ({ page }) => {
  await openPortal(page, 'kk');
  await page.evaluate(() => { document.body.setAttribute('tabindex', '-1'); document.body.focus(); document.body.removeAttribute('tabindex'); });
  const reached: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el === null ? '' : `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
    }));
  }
  // One round, up to the last link of the page (Tab then wraps to the browser and the top again).
  reached.splice(reached.findIndex((entry) => entry.endsWith(':it@supcourt.kz')) + 1);
  const t = enpKk;
  const expected = ['KAZ', 'RUS', ...Object.values(t.menu), t.search.submit, '1401', 'it@supcourt.kz'];
  for (const name of expected) expect(reached.some((entry) => entry.endsWith(`:${name}`)), `${name} in ${reached.join(' → ')}`).toBe(true);
  expect(reached.filter((entry) => entry.startsWith('input:'))).toHaveLength(2);
  // In reading order: the menu before the fields, the fields before the button.
  expect(reached.findIndex((e) => e.endsWith(`:${t.menu.courts}`))).toBeLessThan(reached.findIndex((e) => e.startsWith('input:')));
  expect(reached.findIndex((e) => e.startsWith('input:'))).toBeLessThan(reached.findIndex((e) => e.endsWith(`:${t.search.submit}`)));
});
