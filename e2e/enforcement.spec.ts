import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoKey, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import type { KeyFile } from './esign-support.ts';
import { catalogs, demoUsers, signOut, simulatorsUrl } from './support.ts';

// The private bailiff works in Kazakh (her saved language stays the seeded one,
// which e2e/sign-in.spec.ts relies on); the senior approves in Russian.
const { kk, ru } = catalogs;
const seniorTaraz = '750611300106';

/** The signing dialog the act flow opens: load the key file, check whose it is, sign. */
async function signOpenDialog(page: Page, key: KeyFile, lang: 'kk' | 'ru' = 'kk') {
  const dialog = signingDialog(page);
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('act-pdf')).toBeVisible();
  await loadKeyFile(page, key, lang);
  await expect(dialog.getByTestId('key-owner-iin')).toHaveText(key.iin ?? '');
  await dialog.getByTestId('signing-submit').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

async function act(page: Page, key: KeyFile, button: string, ground?: string) {
  await page.getByTestId(`action-${button}`).click();
  if (ground) await page.getByTestId(`ground-${ground}`).click();
  await page.getByTestId('act-generate').click();
  await signOpenDialog(page, key);
}

const cardStatus = (page: Page) => page.getByTestId('card-status');

test('ENF-11, ENF-12, ENF-3, ENF-7, ENF-5, ENF-4, ENF-9, SIG-1: a court writ is distributed, initiated with a key file, requested, suspended, resumed and ended with senior approval', async ({ page, request }) => {
  test.setTimeout(180_000);
  const bailiffKey = await demoKey(request, demoUsers.privateBailiff, 'sign');
  const seniorKey = await demoKey(request, seniorTaraz, 'sign');

  await signInIn(page, demoUsers.privateBailiff, 'kk');
  // The courts' simulator signs a writ with the judge's and the secretary's keys and sends it to our intake.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
  const sent = await page.request.post('/api/dev/court-writ', { data: {}, headers: { 'x-csrf-token': csrf } });
  expect(sent.status()).toBe(200);
  const writ = (await sent.json()) as { status: number; card: { externalId: string }; body: { registrationNumber: string; proceedingId: string } };
  expect(writ.status).toBe(200);
  const { registrationNumber } = writ.body;

  // ENF-2: «Входящие» of the private bailiff lists it; the card says why she got it (ENF-12).
  await page.goto('/#/enforcement?queue=incoming');
  await page.getByTestId(`proceeding-row-${registrationNumber}`).click();
  await expect(page.getByTestId('card-number')).toContainText(registrationNumber);
  await expect(cardStatus(page)).toHaveText(kk.enf.status.registered);
  await expect(page.getByTestId('distribution-reason').first()).toContainText('Ахметова Айгүл Нұрланқызы');
  await expect(page.getByTestId('card-tab-executiveDocument')).toBeVisible();
  for (const tab of ['parties', 'requests', 'arrests', 'documentation', 'tasks', 'arrestedProperty']) {
    await expect(page.getByTestId(`card-tab-${tab}`)).toBeVisible();
  }

  // ENF-3, SIG-1: «Возбудить исполнительное производство» → «Сформировать и перейти» → sign with the key file.
  await act(page, bailiffKey, 'initiate');
  await expect(cardStatus(page)).toHaveText(kk.enf.status.initiated);

  // ENF-7: «Запросы» → type → «Новый запрос» → sign → «Отправить запрос» → the answer arrives.
  await page.getByTestId('card-tab-requests').click();
  await page.getByTestId('request-type').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Банк шоттары туралы сұрау' }).click();
  await page.getByTestId('request-new').click();
  await signOpenDialog(page, bailiffKey);
  const send = page.locator('[data-testid^="request-send-"]');
  await expect(send).toHaveCount(1);
  await send.click();
  await expect.poll(async () => {
    await page.getByTestId('requests-refresh').click();
    return page.locator('[data-testid^="request-status-"]').first().textContent();
  }, { timeout: 60_000, intervals: [2000] }).toBe(kk.enf.requestStatus.answered);
  await page.getByTestId('requests-table').locator('.ant-table-row-expand-icon').first().click();
  await expect(page.getByTestId('request-answer').first()).toBeVisible();

  // ENF-5: suspend with a ground, then resume.
  await act(page, bailiffKey, 'suspend', 'suspension.debtor_in_hospital');
  await expect(cardStatus(page)).toHaveText(kk.enf.status.suspended);
  await act(page, bailiffKey, 'resume');
  await expect(cardStatus(page)).toHaveText(kk.enf.status.initiated);

  // ENF-4: «Окончить» → прекращение → ground → sign; it waits for the senior (ENF-9).
  await page.getByTestId('action-end').click();
  await page.getByTestId('ending-terminate').click();
  await page.getByTestId('ground-termination.claimant_waiver').click();
  await page.getByTestId('act-generate').click();
  await expect(page.getByTestId('act-needs-approval')).toBeVisible();
  await signOpenDialog(page, bailiffKey);
  await expect(cardStatus(page)).toHaveText(kk.enf.status.initiated);
  await expect(page.getByTestId('card-awaiting')).toBeVisible();

  // ENF-9: the senior bailiff of the region approves in «Входящие/Уведомления» with his own key.
  await signOut(page, 'kk');
  await signInIn(page, seniorTaraz, 'ru');
  await page.goto('/#/enforcement/approvals');
  const approve = page.locator('[data-testid^="approve-"]');
  await expect(approve).toHaveCount(1);
  await approve.click();
  await signOpenDialog(page, seniorKey, 'ru');
  await page.goto(`/#/enforcement/proceedings/${writ.body.proceedingId}`);
  await expect(cardStatus(page)).toHaveText(ru.enf.status.ended);

  // ENF-11: the courts' system received every status, in order.
  await expect.poll(async () => {
    const answer = await request.get(`${simulatorsUrl}/court-system/_sim/status-updates?documentId=${encodeURIComponent(writ.card.externalId)}`);
    return ((await answer.json()) as { updates: Array<{ status: string }> }).updates.map((u) => u.status);
  }, { timeout: 30_000 }).toEqual(['taken_for_execution', 'suspended', 'taken_for_execution', 'completed']);
});
