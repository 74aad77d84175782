import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { signInIn } from './esign-support.ts';
import { catalogs, demoUsers, mainMenu, signOut } from './support.ts';

const { kk } = catalogs;

/** Today ± days in Asia/Almaty, written ДД.ММ.ГГГГ. */
function almatyDay(offsetDays: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.now() + offsetDays * 86_400_000));
  return parts.replaceAll('/', '.');
}

/** Picks an action in the journal's filter by its Kazakh name (the select offers words, not codes). */
async function chooseAction(page: Page, label: string) {
  const input = page.locator('#journal-filters_action');
  await input.click();
  await input.fill(label);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: label }).first().click();
  await expect(page.locator('.ant-form-item', { has: input })).toContainText(label);
}

test('X-2: the administrator opens the journal, finds their own sign-in, and filters by action', async ({ page }) => {
  await signInIn(page, demoUsers.admin, 'kk');
  await expect(page.getByTestId('roles')).toContainText(kk.role.admin);
  await expect(page.getByTestId('queues').locator('[data-queue="admin.journal"]')).toContainText(kk.queue.admin.journal);

  await mainMenu(page, 'kk').getByRole('link', { name: kk.nav.journal }).click();
  await expect(page.getByRole('heading', { level: 1, name: kk.journal.title })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  // Actions are shown in words; the code stays in an attribute for the test.
  const ownSignIn = rows.filter({ has: page.locator('[data-action="auth.login"]') }).filter({ hasText: demoUsers.admin });
  await expect(ownSignIn.first()).toBeVisible();
  await expect(ownSignIn.first()).toContainText(kk.journalAction.auth.login);
  // Issue 12: organisation, address, the person concerned and the seal; no hash column.
  for (const column of [kk.journal.column.organisation, kk.journal.column.address, kk.journal.column.subject, kk.journal.column.sealed]) {
    await expect(page.getByRole('columnheader', { name: column })).toBeVisible();
  }
  await expect(ownSignIn.first().locator('[data-sealed]')).toHaveCount(1);

  // Filter by action: the query reaches the server, and only that action is listed.
  await chooseAction(page, kk.journalAction.auth.login);
  const filtered = page.waitForResponse((r) => r.url().includes('/api/journal') && r.url().includes('action=auth.login'));
  await page.getByRole('button', { name: kk.journal.apply }).click();
  expect((await filtered).status()).toBe(200);
  await expect(ownSignIn.first()).toBeVisible();
  const actions = await page.locator('.ant-table-tbody tr.ant-table-row [data-action]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-action')));
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(['auth.login']));

  // Issue 12: the sealer places the sign-in into the Merkle tree within seconds.
  await expect.poll(async () => {
    await page.getByRole('button', { name: kk.journal.apply }).click();
    await expect(ownSignIn.first()).toBeVisible();
    return ownSignIn.first().locator('[data-sealed]').getAttribute('data-sealed');
  }, { timeout: 30_000, intervals: [1_000] }).toBe('true');
  await expect(ownSignIn.first().locator('[data-sealed="true"]')).toContainText(/№ \d+/);

  // Filter by the administrator's IIN as actor, too.
  await page.getByLabel(kk.journal.actor).fill(demoUsers.admin);
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(ownSignIn.first()).toBeVisible();
  expect(await rows.filter({ hasNotText: demoUsers.admin }).count()).toBe(0);

  // Filter by the person concerned (who acted or whose data was read): the administrator acted.
  await page.getByLabel(kk.journal.actor).fill('');
  await page.getByLabel(kk.journal.person).fill(demoUsers.admin);
  const byPerson = page.waitForResponse((r) => r.url().includes('/api/journal') && r.url().includes(`person=${demoUsers.admin}`));
  await page.getByRole('button', { name: kk.journal.apply }).click();
  expect((await byPerson).status()).toBe(200);
  await expect(ownSignIn.first()).toBeVisible();

  // A person nobody's entry concerns: an empty table, said in Kazakh.
  await page.getByLabel(kk.journal.person).fill('000000000000');
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(page.getByText(kk.journal.empty)).toBeVisible();

  // The IIN is checked as it is typed: a letter at once, a short one when sent.
  await page.getByLabel(kk.journal.person).fill('92070a');
  await expect(page.getByText(kk.validation.iinDigits)).toBeVisible();
  await page.getByLabel(kk.journal.person).fill('920707');
  await page.getByRole('button', { name: kk.journal.apply }).click();
  await expect(page.getByText(kk.validation.iinInvalid)).toBeVisible();
  await page.getByLabel(kk.journal.person).fill('');

  // A date range, typed ДД.ММ.ГГГГ and meant in the organisation's zone (Asia/Almaty).
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
  await signInIn(page, demoUsers.judge, 'kk');
  await expect(page.getByTestId('roles')).toContainText(kk.role.judge);
  // ISSUE-13 item 11, ISSUE-15: a judge's counter is no dead end — it links to their work list.
  await expect(page.getByTestId('queue-link-courts.actsToSign')).toHaveAttribute('href', '#/court-work');
  await expect(mainMenu(page, 'kk').getByRole('link', { name: kk.nav.journal })).toHaveCount(0);
  const answer = await page.request.get('/api/journal');
  expect(answer.status()).toBe(403);
  expect((await answer.json() as { code: string }).code).toBe('forbidden');

  // ENP-11: but everyone signed in sees who read or changed their own data, from the header; actions in words.
  const views = page.waitForResponse((r) => r.url().includes('/api/journal/my-views'));
  await page.getByTestId('my-views-link').click();
  expect((await views).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: kk.myViews.title })).toBeVisible();
  await expect(page.getByTestId('my-views-table')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: kk.myViews.column.who })).toBeVisible();
  const shown = await page.locator('[data-testid="my-views-table"] .ant-table-tbody tr.ant-table-row').allInnerTexts();
  for (const row of shown) expect(row).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
  await signOut(page, 'kk');
});

test('X-4: in development the outbox page lists the messages "sent"', async ({ page }) => {
  await signInIn(page, demoUsers.seniorBailiff, 'kk');
  await expect(page.getByTestId('roles')).toContainText(kk.role.senior_bailiff);
  await mainMenu(page, 'kk').getByRole('link', { name: kk.nav.devOutbox }).click();
  await expect(page.getByRole('heading', { level: 1, name: kk.outbox.title })).toBeVisible();
  const loaded = page.waitForResponse((r) => r.url().endsWith('/api/dev/messages'));
  await page.getByRole('button', { name: kk.outbox.refresh }).click();
  expect((await loaded).status()).toBe(200);
  await expect(page.getByRole('columnheader', { name: kk.outbox.column.recipient })).toBeVisible();
  await signOut(page, 'kk');
});
