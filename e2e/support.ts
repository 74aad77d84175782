import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { kk } from '../apps/web/src/i18n/kk.ts';
import { ru } from '../apps/web/src/i18n/ru.ts';

// The screens' texts come from the same catalogs the app uses, so a reworded
// label does not break a test, while a missing translation does.
export const catalogs = { kk, ru };
export type Lang = keyof typeof catalogs;

export const demoPassword = 'Oryndau2026';

export const demoUsers = {
  admin: '800101300006',
  stateBailiff: '850312300002',
  privateBailiff: '880415400004',
  seniorBailiff: '780120300003',
  courtOffice: '900505400001',
  judge: '710830300000',
  courtSecretary: '950101400002',
  courtChairman: '650214300008',
  licensingOfficer: '870909400008',
  citizen: '920707300005',
} as const;

export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: catalogs[lang].language.selfName }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** The password form's submit button (the ЭЦП sign-in button below it also says "sign in"). */
export function signInButton(page: Page, lang: Lang) {
  return page.locator('form#sign-in').getByRole('button', { name: catalogs[lang].signIn.submit });
}

export async function signIn(page: Page, iin: string, lang: Lang, password = demoPassword): Promise<void> {
  const t = catalogs[lang];
  await page.getByLabel(t.signIn.iin).fill(iin);
  await page.getByLabel(t.signIn.password).fill(password);
  await signInButton(page, lang).click();
}

export async function expectSignInPage(page: Page, lang: Lang): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: catalogs[lang].signIn.title })).toBeVisible();
}

export function mainMenu(page: Page, lang: Lang) {
  return page.getByRole('navigation', { name: catalogs[lang].header.mainMenu });
}

export async function signOut(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: catalogs[lang].header.signOut }).click();
  await expectSignInPage(page, lang);
}

/** Calls the API as a fresh anonymous client (own CSRF cookie). */
export async function apiPost(request: APIRequestContext, path: string, body: unknown, lang: Lang) {
  await request.get('/api/session');
  const state = await request.storageState();
  const csrf = state.cookies.find((c) => c.name === 'oryndau_csrf')?.value ?? '';
  return request.post(path, { data: body, headers: { 'x-csrf-token': csrf, 'Accept-Language': lang } });
}

/** Same as playwright.config.ts: where the external-system simulators listen during browser tests. */
export const simulatorsUrl = `http://127.0.0.1:${process.env['E2E_SIMULATORS_PORT'] ?? 3101}`;
