import { expect, test } from '@playwright/test';
import type { Role } from '../apps/web/src/api/types.ts';
import { apiPost, catalogs, demoUsers, expectSignInPage, mainMenu, signIn, signInButton, signOut, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

const { kk, ru } = catalogs;

// ISSUE-13 item 11: roles whose workspace is not built yet have no counters (their home says what is coming).
// ISSUE-14: the court office's incoming filings and the citizen's «Менің істерім» are live counters now.
type Case = { iin: string; role: Role; queues: string[]; lang: Lang };

// docs/api.md "Queue keys by role".
const cases: Case[] = [
  { iin: demoUsers.privateBailiff, role: 'private_bailiff', queues: ['enforcement.incoming', 'enforcement.inExecution'], lang: 'kk' },
  { iin: demoUsers.stateBailiff, role: 'state_bailiff', queues: ['enforcement.notInitiated', 'enforcement.inExecution'], lang: 'ru' },
  { iin: demoUsers.courtOffice, role: 'court_office', queues: ['courts.filingsToRegister', 'courts.enpApplications'], lang: 'kk' },
  { iin: demoUsers.licensingOfficer, role: 'licensing_officer', queues: ['licensing.applications'], lang: 'ru' },
  { iin: demoUsers.citizen, role: 'citizen', queues: ['citizen.myCases', 'citizen.notifications'], lang: 'kk' },
];

function queueLabel(lang: Lang, key: string): string {
  const [group, name] = key.split('.') as [string, string];
  return (catalogs[lang].queue as Record<string, Record<string, string>>)[group]?.[name] ?? key;
}

for (const c of cases) {
  test(`X-3: ${c.role} signs in with IIN and password, sees the role's queues (${c.lang}), and signs out`, async ({ page }) => {
    const t = catalogs[c.lang];
    await page.goto('/');
    // ISSUE-13 item 7: the language chosen on the sign-in page wins over the
    // profile's (which an earlier test may have changed) and stays after sign-in.
    await switchLanguage(page, c.lang);
    await signIn(page, c.iin, c.lang);
    await expect(page.getByTestId('roles')).toContainText(t.role[c.role]);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);

    const greeting = page.getByRole('heading', { level: 1 });
    await expect(greeting).toContainText(t.home.greeting.split('{{')[0]!.trim());
    await expect(page.getByTestId('current-user')).not.toBeEmpty();
    await expect(page.getByTestId('roles')).toContainText(t.role[c.role]);
    await expect(page.getByTestId('organisation')).not.toBeEmpty();

    const queues = page.getByTestId('queues');
    for (const key of c.queues) {
      const item = queues.locator(`[data-queue="${key}"]`);
      await expect(item).toContainText(queueLabel(c.lang, key));
      await expect(item.locator('.ant-badge')).toHaveText(/^\d+$/);
    }
    await expect(queues.locator('li')).toHaveCount(c.queues.length);

    // Not an administrator: no journal in the menu, and the address alone does not open it.
    await expect(mainMenu(page, c.lang).getByRole('link', { name: t.nav.home })).toBeVisible();
    await expect(mainMenu(page, c.lang).getByRole('link', { name: t.nav.journal })).toHaveCount(0);
    await page.goto('/#/journal');
    await expect(page.getByText(t.error.notFound)).toBeVisible();

    await signOut(page, c.lang);
    await page.reload();
    await expectSignInPage(page, c.lang);
  });
}

test('X-3: a wrong password shows the server\'s message in Kazakh and in Russian', async ({ page, playwright, baseURL }) => {
  await page.goto('/');
  await signIn(page, demoUsers.courtChairman, 'kk', 'not-the-password');
  const alert = page.getByTestId('error-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-code', 'auth.invalid_credentials');
  const kkText = (await alert.innerText()).trim();

  await switchLanguage(page, 'ru');
  await signIn(page, demoUsers.courtChairman, 'ru', 'still-not-it');
  await expect(alert).toHaveAttribute('data-code', 'auth.invalid_credentials');
  await expect(alert).not.toHaveText(kkText);
  const ruText = (await alert.innerText()).trim();

  // The texts are the server's own, in the language asked for.
  const request = await playwright.request.newContext({ baseURL: baseURL ?? '' });
  const answer = await apiPost(request, '/api/auth/login', { iin: demoUsers.courtChairman, password: 'wrong-again' }, 'ru');
  expect(answer.status()).toBe(401);
  const body = await answer.json() as { code: string; message: string };
  expect(body.code).toBe('auth.invalid_credentials');
  expect(ruText).toBe(body.message);
  await request.dispose();

  // Still on the sign-in page; the client-side check needs no server at all.
  await expectSignInPage(page, 'ru');
  await page.getByLabel(ru.signIn.iin).fill('abc');
  await signInButton(page, 'ru').click();
  await expect(page.getByText(ru.validation.iinInvalid)).toBeVisible();
  expect(kk.validation.iinInvalid).not.toBe(ru.validation.iinInvalid);
});
