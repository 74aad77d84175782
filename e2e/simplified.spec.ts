import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Download, Page } from '@playwright/test';
import { apiPost, catalogs, demoUsers, mainMenu, signIn, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// Simplified proceedings (SIMP-2…SIMP-6) as the debtor meets them: an SMS
// link opened on a phone, no sign-in. The server runs them nationwide in e2e
// and lets a dev-only endpoint create a case and read its SMS link.
const { kk, ru } = catalogs;

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type CreatedCase = { caseId: string; erapFineId: string; link: string };

async function createCase(request: APIRequestContext): Promise<CreatedCase> {
  const answer = await apiPost(request, '/api/dev/simplified/fine', {}, 'kk');
  expect(answer.status(), 'POST /api/dev/simplified/fine').toBe(200);
  const created = (await answer.json()) as CreatedCase;
  // SIMP-2: the SMS carries a link to this case's own page, `/s/<20 characters base64url>`.
  expect(created.link).toMatch(/^https?:\/\/[^/]+\/s\/[A-Za-z0-9_-]{20}$/);
  return created;
}

const status = (page: Page) => page.getByTestId('simp-status');
const downloadOf = (page: Page, kind: string) => page.locator(`[data-testid="simp-document-download"][data-kind="${kind}"]`);

async function expectPdf(download: Download): Promise<void> {
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
}

async function pageLanguage(page: Page): Promise<Lang> {
  return (await page.locator('html').getAttribute('lang')) === 'ru' ? 'ru' : 'kk';
}

/** Nothing of the signed-in system shows on the debtor's page: no menu, no user, no sign-in form. */
async function expectNothingOfTheSystem(page: Page, lang: Lang): Promise<void> {
  await expect(mainMenu(page, lang)).toHaveCount(0);
  await expect(page.getByTestId('current-user')).toHaveCount(0);
  await expect(page.locator('form#sign-in')).toHaveCount(0);
}

test('SIMP-2, SIMP-3, SIMP-4: the debtor opens the SMS link on a phone, downloads the resolution, pays online and gets the termination resolution', async ({ page, request }) => {
  test.setTimeout(120_000);
  const created = await createCase(request);

  await page.goto(new URL(created.link).pathname);
  // Kazakh first, for a phone that never chose a language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(status(page)).toHaveText('Қозғалды');
  await expect(page.getByTestId('simp-amount')).toContainText('₸');
  await expect(page.getByTestId('simp-time-left')).toHaveText(/\d+ (күн|сағат|минут)/);
  await expect(page.getByTestId('simp-last-day')).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
  await expectNothingOfTheSystem(page, 'kk');
  // Mobile-first: the main action is a large tap target inside the phone's width.
  const payBox = await page.getByTestId('simp-pay').boundingBox();
  expect(payBox?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect((payBox?.x ?? 0) + (payBox?.width ?? 0)).toBeLessThanOrEqual(390);

  // SIMP-2: the initiation resolution, signed by the system, downloads as a PDF.
  const initiation = downloadOf(page, 'simp.initiation');
  await expect(initiation).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), initiation.click()]);
  await expectPdf(download);
  await expect(page.locator('[data-testid="simp-document-verify"]').first()).toHaveAttribute('href', /^\/verify\/[^/]+$/);

  // The debtor switches to Russian; the status follows.
  await switchLanguage(page, 'ru');
  await expect(status(page)).toHaveText('Возбуждено');
  await expect(page.getByTestId('simp-time-left')).toHaveText(/Осталось \d+ (д(ень|ня|ней)|час(а|ов)?|минут[аы]?)/);

  // SIMP-3, SIMP-4: «Оплатить» → the payment gateway → back to the page.
  await page.getByTestId('simp-pay').click();
  await page.waitForURL((url) => url.pathname.includes('/pay/'));
  await page.getByRole('button', { name: 'Төлеу / Оплатить' }).click();
  await page.waitForURL((url) => url.pathname === new URL(created.link).pathname);

  // The gateway may return us to another host name than the one we left (PUBLIC_URL), where the
  // language chosen above is unknown: read which language the page speaks, then check its words.
  const lang = await pageLanguage(page);
  await expect(status(page)).toHaveText(lang === 'ru' ? 'Прекращено' : 'Тоқтатылды', { timeout: 40_000 });
  await expect(page.getByTestId('simp-note')).toHaveText(catalogs[lang].simp.debtor.terminated);
  await expect(page.getByTestId('simp-pay')).toHaveCount(0);
  await expect(page.getByTestId('simp-disagree')).toHaveCount(0);
  await expect(page.getByTestId('simp-time-left')).toHaveCount(0);
  await expectNothingOfTheSystem(page, lang);

  const termination = downloadOf(page, 'simp.termination');
  await expect(termination).toBeVisible();
  const [terminationPdf] = await Promise.all([page.waitForEvent('download'), termination.click()]);
  await expectPdf(terminationPdf);
});

test('SIMP-6: the debtor presses «Не согласен», reads what follows, confirms, and the case is cancelled with no pay button', async ({ page, request }) => {
  const created = await createCase(request);
  await page.goto(new URL(created.link).pathname);
  await expect(status(page)).toHaveText('Қозғалды');
  await switchLanguage(page, 'ru');
  await expect(status(page)).toHaveText('Возбуждено');

  // The confirmation step explains in plain words; «Назад» leaves everything as it was.
  await page.getByTestId('simp-disagree').click();
  await expect(page.getByTestId('simp-disagree-step')).toContainText(ru.simp.debtor.confirmOrdinary);
  await page.getByTestId('simp-disagree-back').click();
  await expect(page.getByTestId('simp-disagree-step')).toHaveCount(0);
  await expect(status(page)).toHaveText('Возбуждено');

  await page.getByTestId('simp-disagree').click();
  const answer = page.waitForResponse((r) => r.url().endsWith('/disagree') && r.request().method() === 'POST');
  await page.getByTestId('simp-disagree-confirm').click();
  expect((await answer).status()).toBe(200);

  await expect(status(page)).toHaveText('Отменено');
  await expect(page.getByTestId('simp-note')).toHaveText(ru.simp.debtor.cancelledDisagreed);
  await expect(page.getByTestId('simp-to-ordinary')).toHaveText(ru.simp.debtor.toOrdinary);
  await expect(page.getByTestId('simp-pay')).toHaveCount(0);
  await expect(page.getByTestId('simp-disagree')).toHaveCount(0);

  // It stays so after a reload, and reads in Kazakh too.
  await page.reload();
  await expect(status(page)).toHaveText('Отменено');
  await switchLanguage(page, 'kk');
  await expect(status(page)).toHaveText('Күші жойылды');
  await expect(page.getByTestId('simp-pay')).toHaveCount(0);
});

test('SIMP-3: a link that leads nowhere says so in Kazakh and Russian, without the system around it', async ({ page }) => {
  await page.goto('/s/AAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByTestId('simp-not-found')).toContainText(kk.simp.debtor.notFoundTitle);
  await expectNothingOfTheSystem(page, 'kk');
  await switchLanguage(page, 'ru');
  await expect(page.getByTestId('simp-not-found')).toContainText(ru.simp.debtor.notFoundTitle);
  // A garbled token never reaches the server, and gets the same answer.
  await page.goto('/s/not%20a%20token');
  await expect(page.getByTestId('simp-not-found')).toContainText(ru.simp.debtor.notFoundTitle);
});

test('SIMP-1: the ministry\'s pilot dashboard shows the figures, the chart and the CSV export to a senior bailiff', async ({ page, request }) => {
  await createCase(request);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await signIn(page, demoUsers.seniorBailiff, 'kk');
  const lang = await pageLanguage(page);
  const t = catalogs[lang].simp;
  await mainMenu(page, lang).getByTestId('nav-simplifiedDashboard').click();
  await expect(page.getByRole('heading', { level: 1, name: t.dashboard.title })).toBeVisible();
  await expect(page.getByTestId('simp-total-initiated')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole('img', { name: t.dashboard.chartTitle })).toBeVisible();
  await expect(page.getByTestId('simp-dashboard-table')).toBeVisible();

  const csv = page.getByTestId('simp-dashboard-csv');
  await expect(csv).toHaveAttribute('href', new RegExp(`^/api/simplified/dashboard\\.csv\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}&lang=${lang}$`));
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  const text = (await readFile(await download.path())).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain(';');
});

test('SIMP-2 (dev): a test ЕРАП fine from the outbox page gives an SMS link that opens the debtor page', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await signIn(page, demoUsers.seniorBailiff, 'kk');
  await pageLanguage(page);
  await page.goto('/#/dev/outbox');
  await page.getByTestId('dev-test-fine').click();
  const link = page.getByTestId('dev-test-fine-link');
  await expect(link).toHaveAttribute('href', /\/s\/[A-Za-z0-9_-]{20}$/);
  await expect(page.getByText(/Айыппұл(\/штраф| бойынша)/).first()).toBeVisible();
  const [debtorPage] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(debtorPage.getByTestId('simp-pay')).toBeVisible();
});
