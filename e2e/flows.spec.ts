import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoKey, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import { catalogs, demoUsers, mainMenu } from './support.ts';

// ISSUE-13 items 8–11 in the browser. The private bailiff works in Kazakh
// (her saved language stays the seeded one, as e2e/enforcement.spec.ts keeps it).
const { kk, ru } = catalogs;
const seniorTaraz = '750611300106';

async function csrf(page: Page) {
  return (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
}

test('ISSUE-13 items 8, 9: double «Возбудить» opens one draft, a stranger\'s key is refused before signing, a draft is discarded, a stale one regenerated; no arrests before initiation', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seniorKey = await demoKey(request, seniorTaraz, 'sign');
  await signInIn(page, demoUsers.privateBailiff, 'kk');
  const sent = await page.request.post('/api/dev/court-writ', { data: {}, headers: { 'x-csrf-token': await csrf(page) } });
  expect(sent.status()).toBe(200);
  const { proceedingId } = ((await sent.json()) as { body: { proceedingId: string } }).body;
  await page.goto(`/#/enforcement/proceedings/${proceedingId}?tab=arrests`);
  // Only registered: the arrest buttons are off and say why.
  await expect(page.getByTestId('arrests-not-initiated')).toHaveText(kk.flows.arrests.notInitiated);
  await expect(page.getByTestId('arrest-new-travel')).toBeDisabled();

  // «Возбудить» twice: the second opens the same draft and says so.
  for (let round = 0; round < 2; round += 1) {
    await page.getByTestId('action-initiate').click();
    await page.getByTestId('act-generate').click();
    await expect(signingDialog(page)).toBeVisible();
    if (round === 0) {
      // Item 9: another person's key is caught when it is opened, and no «Подписать» is offered.
      await loadKeyFile(page, seniorKey, 'kk');
      await expect(page.getByTestId('signing-wrong-person')).toContainText(kk.flows.key.wrongPersonTitle);
      await expect(signingDialog(page).getByTestId('signing-submit')).toHaveCount(0);
    } else {
      await expect(page.getByText(kk.flows.draft.reopened)).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(signingDialog(page)).toBeHidden();
  }
  await page.getByTestId('card-tab-documentation').click();
  const rows = page.getByTestId('acts-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);

  // Discard it.
  await page.getByRole('button', { name: kk.flows.draft.discard }).click();
  await page.getByRole('button', { name: kk.flows.draft.discardYes, exact: true }).click();
  await expect(rows).toHaveCount(0);

  // A draft whose card changed afterwards is stale at once and offers to regenerate instead of signing.
  await page.getByTestId('action-initiate').click();
  await page.getByTestId('act-generate').click();
  await expect(signingDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  const edited = await page.request.patch(`/api/enforcement/proceedings/${proceedingId}/executive-document`,
    { data: { copyNumber: '2' }, headers: { 'x-csrf-token': await csrf(page) } });
  expect(edited.status()).toBe(200);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(kk.flows.draft.stale);
  await rows.first().getByRole('button', { name: kk.flows.draft.regenerate }).click();
  await expect(page.getByTestId('stale-draft')).toContainText(kk.flows.draft.staleTitle);
  await page.getByTestId('act-regenerate').click();
  await expect(signingDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).not.toContainText(kk.flows.draft.stale);
});

test('ISSUE-13 item 10: the administrator\'s counters are right and are links', async ({ page }) => {
  await signInIn(page, demoUsers.admin, 'ru');
  const journal = page.getByTestId('queue-link-admin.journal');
  await expect(journal).toContainText(ru.queue.admin.journal);
  const count = Number((await journal.locator('.ant-badge').innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId('queues-upcoming')).toContainText(ru.queue.admin.calendar);
  await journal.click();
  await expect(page.getByRole('heading', { level: 1, name: ru.journal.title })).toBeVisible();
});

test('ISSUE-13 item 10: one name for the senior\'s approvals queue — menu, home counter and page title', async ({ page }) => {
  await signInIn(page, seniorTaraz, 'ru');
  const name = ru.enf.nav.approvals;
  expect(ru.queue.enforcement.forApproval).toBe(name);
  expect(ru.enf.queue.forApproval).toBe(name);
  await expect(page.getByTestId('queue-link-enforcement.forApproval')).toContainText(name);
  await mainMenu(page, 'ru').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('ISSUE-13 item 11, ISSUE-15: a judge\'s home counters are links to their work lists; no dev pages in the menu', async ({ page }) => {
  await signInIn(page, demoUsers.judge, 'kk');
  await expect(page.getByTestId('queue-link-courts.actsToSign')).toContainText(kk.queue.courts.actsToSign);
  await expect(page.getByTestId('queue-link-courts.legalForceMarks')).toContainText(kk.queue.courts.legalForceMarks);
  await expect(page.getByTestId('queues-upcoming')).toHaveCount(0);
  await expect(mainMenu(page, 'kk').getByRole('link', { name: kk.nav.devOutbox })).toHaveCount(0);
  await expect(mainMenu(page, 'kk').getByRole('link', { name: kk.nav.devSigning })).toHaveCount(0);
});
