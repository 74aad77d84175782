import { expect, test } from '@playwright/test';
import { catalogs, demoUsers, mainMenu, signIn, signOut } from './support.ts';

const { kk } = catalogs;

/** Today ± days in Asia/Almaty, written ДД.ММ.ГГГГ. */
function almatyDay(offsetDays: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.now() + offsetDays * 86_400_000));
  return parts.replaceAll('/', '.');
}

test('X-2: the administrator opens the journal, finds their own sign-in, and filters by action', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoUsers.admin, 'kk');
  await expect(page.getByTestId('roles')).toContainText(kk.role.admin);
  await expect(page.getByTestId('queues').locator('[data-queue="admin.journal"]')).toContainText(kk.queue.admin.journal);

  await mainMenu(page, 'kk').getByRole('link', { name: kk.nav.journal }).click();
  await expect(page.getByRole('heading', { level: 1, name: kk.journal.title })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const ownSignIn = rows.filter({ hasText: 'auth.login' }).filter({ hasText: demoUsers.admin });
  await expect(ownSignIn.first()).toBeVisible();

  // Filter by action: the query reaches the server, and only that action is listed.
  await page.getByLabel(kk.journal.action).fill('auth.login');
  const filtered = page.waitForResponse((r) => r.url().includes('/api/journal') && r.url().includes('action=auth.login'));
  await page.getByRole('button', { name: kk.journal.apply }).click();
  expect((await filtered).status()).toBe(200);
  await expect(ownSignIn.first()).toBeVisible();
  const actions = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(5)').allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions.map((a) => a.trim()))).toEqual(new Set(['auth.login']));

  // Filter by the administrator's IIN as actor, too.
  await page.getByLabel(kk.journal.actor).fill(demoUsers.admin);
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(ownSignIn.first()).toBeVisible();
  expect(await rows.filter({ hasNotText: demoUsers.admin }).count()).toBe(0);

  // An action nobody performed: an empty table, said in Kazakh.
  await page.getByLabel(kk.journal.action).fill('no.such.action');
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(page.getByText(kk.journal.empty)).toBeVisible();

  // A date range, typed ДД.ММ.ГГГГ and meant in the organisation's zone (Asia/Almaty).
  await page.getByLabel(kk.journal.action).fill('auth.login');
  await page.getByLabel(kk.journal.from).fill(almatyDay(-1));
  await page.getByLabel(kk.journal.to).fill(almatyDay(1));
  const ranged = page.waitForResponse((r) => r.url().includes('/api/journal') && r.url().includes('from='));
  await page.getByRole('button', { name: kk.journal.apply }).click();
  const rangedUrl = new URL((await ranged).url());
  expect(rangedUrl.searchParams.get('from')).toMatch(/T19:00:00\.000Z$/); // 00:00 in UTC+5
  await expect(ownSignIn.first()).toBeVisible();
  await page.getByLabel(kk.journal.from).fill('01.01.2020');
  await page.getByLabel(kk.journal.to).fill('31.12.2020');
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(page.getByText(kk.journal.empty)).toBeVisible();
  await page.getByLabel(kk.journal.to).fill('31.02.2020');
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(page.getByText(kk.validation.date)).toBeVisible();

  // Reset brings everything back.
  await page.getByRole('button', { name: kk.journal.reset }).click();
  await expect(ownSignIn.first()).toBeVisible();

  await signOut(page, 'kk');
});

test('X-2: a non-administrator has no journal menu item and the API refuses them', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoUsers.judge, 'kk');
  await expect(page.getByTestId('roles')).toContainText(kk.role.judge);
  await expect(page.getByTestId('queues').locator('[data-queue="courts.actsToSign"]')).toContainText(kk.queue.courts.actsToSign);
  await expect(mainMenu(page, 'kk').getByRole('link', { name: kk.nav.journal })).toHaveCount(0);
  const answer = await page.request.get('/api/journal');
  expect(answer.status()).toBe(403);
  expect((await answer.json() as { code: string }).code).toBe('forbidden');
  await signOut(page, 'kk');
});

test('X-4: in development the outbox page lists the messages "sent"', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoUsers.seniorBailiff, 'kk');
  await expect(page.getByTestId('roles')).toContainText(kk.role.senior_bailiff);
  await mainMenu(page, 'kk').getByRole('link', { name: kk.nav.devOutbox }).click();
  await expect(page.getByRole('heading', { level: 1, name: kk.outbox.title })).toBeVisible();
  const loaded = page.waitForResponse((r) => r.url().endsWith('/api/dev/messages'));
  await page.getByRole('button', { name: kk.outbox.refresh }).click();
  expect((await loaded).status()).toBe(200);
  await expect(page.getByRole('columnheader', { name: kk.outbox.column.recipient })).toBeVisible();
  await signOut(page, 'kk');
});
