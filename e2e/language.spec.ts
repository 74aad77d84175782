import { expect, test } from '@playwright/test';
import { catalogs, demoUsers, expectSignInPage, signIn, signInButton, signOut, switchLanguage } from './support.ts';

const { kk, ru } = catalogs;

test('X-1: the sign-in page opens in Kazakh, switches to Russian, and the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expectSignInPage(page, 'kk');
  await expect(page.getByText(kk.app.subtitle)).toBeVisible();
  await expect(page.getByRole('img', { name: kk.header.flagLabel })).toBeVisible();
  await expect(page.getByRole('img', { name: kk.header.scalesLabel })).toBeVisible();
  await expect(signInButton(page, 'kk')).toBeVisible();

  // Client-side IIN check speaks the language on screen, and follows a switch.
  await page.getByLabel(kk.signIn.iin).fill('12345678901');
  await page.getByLabel(kk.signIn.password).click();
  await expect(page.getByText(kk.validation.iinInvalid)).toBeVisible();

  await switchLanguage(page, 'ru');
  await expectSignInPage(page, 'ru');
  await expect(page.getByText(ru.app.subtitle)).toBeVisible();
  await expect(page.getByText(ru.validation.iinInvalid)).toBeVisible();
  await expect(page.getByRole('heading', { name: kk.signIn.title })).toHaveCount(0);
  await expect(page.getByRole('button', { name: ru.language.selfName })).toHaveAttribute('aria-pressed', 'true');
  // The header's accessible names follow too.
  await expect(page.getByRole('img', { name: ru.header.flagLabel })).toBeVisible();

  // The choice is remembered in this browser, and the API hears it.
  const sessionRequest = page.waitForRequest((r) => r.url().endsWith('/api/session'));
  await page.reload();
  expect((await sessionRequest).headers()['accept-language']).toBe('ru');
  await expectSignInPage(page, 'ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(await page.evaluate(() => localStorage.getItem('oryndau.language'))).toBe('ru');
});

test('X-1: a signed-in user\'s language is saved on the server and applied at the next sign-in', async ({ page, browser }) => {
  await page.goto('/');
  await signIn(page, demoUsers.courtSecretary, 'kk');
  await expect(page.getByText(kk.role.court_secretary)).toBeVisible();

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/locale') && r.request().method() === 'PUT');
  await switchLanguage(page, 'ru');
  const response = await saved;
  expect(response.status()).toBe(200);
  expect(response.request().headers()['x-csrf-token']).toBeTruthy();
  expect((await response.json() as { user: { locale: string } }).user.locale).toBe('ru');
  await expect(page.getByText(ru.role.court_secretary)).toBeVisible();
  await signOut(page, 'ru');

  // A different browser that never chose a language: the user's own choice wins at sign-in.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await expectSignInPage(fresh, 'kk');
  await signIn(fresh, demoUsers.courtSecretary, 'kk');
  await expect(fresh.getByText(ru.role.court_secretary)).toBeVisible();
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'ru');

  // Put it back for whoever signs in next.
  const restored = fresh.waitForResponse((r) => r.url().endsWith('/api/me/locale'));
  await switchLanguage(fresh, 'kk');
  expect((await restored).status()).toBe(200);
  await expect(fresh.getByText(kk.role.court_secretary)).toBeVisible();
  await other.close();
});

test('ISSUE-13 item 7 (X-1): Русский chosen on the sign-in page wins over the profile\'s Kazakh at sign-in, and is saved', async ({ page, browser }) => {
  await page.goto('/');
  await expectSignInPage(page, 'kk');
  await switchLanguage(page, 'ru');
  // The profile says kk (the seed's default); the page's choice must win and be saved.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/locale') && r.request().method() === 'PUT');
  await signIn(page, demoUsers.courtChairman, 'ru');
  const response = await saved;
  expect(response.status()).toBe(200);
  expect((await response.json() as { user: { locale: string } }).user.locale).toBe('ru');
  await expect(page.getByText(ru.role.court_chairman)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByText(kk.role.court_chairman)).toHaveCount(0);
  await signOut(page, 'ru');

  // Another browser, no choice made there: the saved Russian applies.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await expectSignInPage(fresh, 'kk');
  await signIn(fresh, demoUsers.courtChairman, 'kk');
  await expect(fresh.getByText(ru.role.court_chairman)).toBeVisible();
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'ru');

  // Put it back for whoever signs in next.
  const restored = fresh.waitForResponse((r) => r.url().endsWith('/api/me/locale'));
  await switchLanguage(fresh, 'kk');
  expect((await restored).status()).toBe(200);
  await other.close();
});
