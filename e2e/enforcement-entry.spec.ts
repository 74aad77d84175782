import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CARD_ERROR_MESSAGES } from '@oryndau/domain';
import type { Reference } from '../apps/web/src/api/enforcement-types.ts';
import { regionName } from '../apps/web/src/enforcement/regions.ts';
import { formatTiyn } from '../apps/web/src/format/money.ts';
import { signInIn } from './esign-support.ts';
import { catalogs, mainMenu } from './support.ts';

// ENF-1 by hand in Kazakh, ENF-2 queues and filter, ENF-10 «Өңдеу»: the
// Zhambyl state bailiff registers a tax authority's claim in dollars and,
// by the distribution rules, receives it himself.
const { kk } = catalogs;
const zhambylBailiff = { iin: '820917300105', fullName: 'Төлеуов Мұрат Ағабекұлы' };
const zhambyl = '310000000';
const debtorIin = '920707300005';
const debtorIinWrongCheckDigit = '920707300006';
const claimantBin = '150740000004';

/** The open dropdown of a select (antd keeps closed ones in the page, hidden). */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Picks an option of the select whose search input has this id; `search` types into it first (long lists are virtual). */
async function choose(page: Page, id: string, label: string, search = false) {
  const input = page.locator(`#${id}`);
  const chosen = page.locator('.ant-form-item', { has: input });
  // On a busy machine the virtual list may re-render under the click: check what got selected, and try again once.
  for (let attempt = 0; attempt < 2; attempt++) {
    await input.click();
    if (search) await input.fill(label);
    await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: label }).first().click();
    try {
      await expect(chosen).toContainText(label, { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 1) throw error;
      await page.keyboard.press('Escape');
    }
  }
  // antd hides the list after its leave animation; Escape settles it if the animation lags.
  if ((await openDropdown(page).count()) > 0) await page.keyboard.press('Escape');
  await expect(openDropdown(page)).toHaveCount(0);
}

const field = (page: Page, name: string) => page.locator(`#new-document_${name}`);

test('ENF-1, ENF-2, ENF-10, ENF-12: a state bailiff enters a dollar writ in Kazakh, finds it in «Қозғалмағандар» and corrects the card', async ({ page }) => {
  test.setTimeout(120_000);
  await signInIn(page, zhambylBailiff.iin, 'kk');
  const reference = (await (await page.request.get('/api/enforcement/reference')).json()) as Reference;
  const category = reference.categories.find((c) => c.code === 'state_collection');
  const documentType = reference.documentTypes[0];
  expect(category, 'the reference lists the category state_collection').toBeDefined();
  expect(documentType, 'the reference lists document types').toBeDefined();

  // ENF-2 → ENF-1: the workspace, «Жаңа атқарушылық құжат».
  await mainMenu(page, 'kk').getByRole('link', { name: kk.enf.nav.queues }).click();
  await page.getByTestId('new-document').click();
  await expect(page.getByRole('heading', { level: 1, name: kk.enf.entry.title })).toBeVisible();

  await choose(page, 'new-document_documentType', documentType?.name.kk ?? '', true);
  await field(page, 'documentNumber').fill('3-118/2026');
  await field(page, 'issueDate').fill('15.01.2026');
  await field(page, 'entryIntoForceDate').fill('02.02.2026');
  await field(page, 'issuingBody').fill('Жамбыл облысының Мемлекеттік кірістер департаменті');
  await field(page, 'claimEssence').fill('Салық берешегін өндіріп алу');
  await choose(page, 'new-document_categoryCode', category?.name.kk ?? '', true);

  // An amount in dollars: the tenge amount is worked out as it is typed (1 500,00 × 470,25).
  await field(page, 'amount').fill('1 500,00');
  await choose(page, 'new-document_currency', `USD — ${kk.enf.currency.USD}`);
  await field(page, 'exchangeRate').fill('470,25');
  await field(page, 'exchangeRateDate').fill('02.02.2026');
  await expect(page.getByTestId('entry-amount-tenge')).toHaveText(formatTiyn('70537500'));

  await field(page, 'receivedFrom').fill('Жамбыл облысының Мемлекеттік кірістер департаменті');
  await field(page, 'copyNumber').fill('1');
  await field(page, 'signerName').fill('Әбенов Н. С.');

  // Debtor: a person in Zhambyl region, first with a wrong check digit.
  const debtor = page.getByTestId('party-debtor-0');
  await field(page, 'debtors_0_identifier').fill(debtorIinWrongCheckDigit);
  await field(page, 'debtors_0_name').fill('Исабеков Данияр Асқарұлы');
  await choose(page, 'new-document_debtors_0_regionKato', regionName(zhambyl, 'kk'), true);
  await field(page, 'debtors_0_address').fill('Тараз қ., Төле би к-сі, 12');
  await expect(debtor).toContainText(kk.enf.validation.iinChecksum);

  // Claimant: the state body, by BIN.
  await field(page, 'claimants_0_identifier').fill(claimantBin);
  await field(page, 'claimants_0_name').fill('Жамбыл облысының Мемлекеттік кірістер департаменті');
  await choose(page, 'new-document_claimants_0_regionKato', regionName(zhambyl, 'kk'), true);

  // «Тіркеу» refuses while the IIN is wrong; fixed, it registers.
  await page.getByTestId('entry-submit').click();
  await expect(debtor).toContainText(kk.enf.validation.iinChecksum);
  await expect(page).toHaveURL(/#\/enforcement\/new/);
  await field(page, 'debtors_0_identifier').fill(debtorIin);
  await expect(debtor).not.toContainText(kk.enf.validation.iinChecksum);
  await page.getByTestId('entry-submit').click();

  // The new card: numbered in Zhambyl region, still «Тіркелген», given to this bailiff by rule (ENF-12).
  await expect(page).toHaveURL(/#\/enforcement\/proceedings\//, { timeout: 20_000 });
  const number = page.getByTestId('card-number');
  await expect(number).toHaveText(/^310000000-\d{4}-\d{6}-\d$/);
  const registrationNumber = (await number.textContent()) ?? '';
  const cardUrl = page.url();
  await expect(page.getByTestId('card-status')).toHaveText(kk.enf.status.registered);
  await expect(page.getByTestId('card-bailiff')).toHaveText(zhambylBailiff.fullName);
  await expect(page.getByTestId('distribution-reason').first()).toContainText(zhambylBailiff.fullName);
  await expect(page.getByTestId('doc-amount-tenge')).toHaveText(formatTiyn('70537500'));

  // ENF-2: «Қозғалмағандар» lists it; the debtor's IIN finds it.
  await mainMenu(page, 'kk').getByRole('link', { name: kk.enf.nav.queues }).click();
  await page.getByTestId('queue-tab-notInitiated').click();
  await expect(page.getByRole('tab', { selected: true })).toContainText(kk.enf.queue.notInitiated);
  const row = page.getByTestId(`proceeding-row-${registrationNumber}`);
  await expect(row).toBeVisible();
  await page.getByTestId('filter-debtor').fill(debtorIin);
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(new RegExp(`debtor=${debtorIin}`));
  await expect(row).toBeVisible();
  await expect(row).toContainText(debtorIin);
  for (const listed of await page.locator('[data-testid^="proceeding-row-"]').all()) await expect(listed).toContainText(debtorIin);

  // ENF-10 «Өңдеу»: first of the card's buttons; copy number and signer change, nothing else is sent.
  await row.click();
  await expect(page).toHaveURL(cardUrl);
  const edit = page.getByTestId('card-edit');
  await expect(edit).toHaveText(kk.enf.edit.button);
  await expect(page.locator('.card-header__buttons button').first()).toHaveAttribute('data-testid', 'card-edit');
  await edit.click();
  const form = page.getByTestId('card-edit-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('card-edit-drafts-note')).toContainText(kk.enf.edit.draftsStale);
  await expect(page.getByTestId('card-edit-court-note')).toHaveCount(0);
  await expect(page.locator('#card-edit_copyNumber')).toHaveValue('1');
  await expect(page.locator('#card-edit_signerName')).toHaveValue('Әбенов Н. С.');
  await expect(page.locator('#card-edit_issueDate')).toHaveValue('15.01.2026');

  // The server's 422 lands next to its field: a document cannot be issued after it came into force.
  await page.locator('#card-edit_issueDate').fill('03.02.2026');
  await page.getByTestId('card-edit-submit').click();
  const forceDate = form.locator('.ant-form-item').filter({ has: page.locator('#card-edit_entryIntoForceDate') });
  await expect(forceDate).toContainText(CARD_ERROR_MESSAGES['card.issue_after_entry_into_force'].kk);
  await expect(form.getByTestId('error-alert')).toHaveAttribute('data-code', 'enforcement.card_invalid');
  await page.locator('#card-edit_issueDate').fill('15.01.2026');

  await page.locator('#card-edit_copyNumber').fill('2');
  await page.locator('#card-edit_signerName').fill('Сейітқалиев Б. Ә.');
  const saved = page.waitForResponse((r) => r.url().endsWith('/executive-document') && r.request().method() === 'PATCH');
  await page.getByTestId('card-edit-submit').click();
  const answer = await saved;
  expect(answer.status()).toBe(200);
  expect(answer.request().postDataJSON()).toEqual({ copyNumber: '2', signerName: 'Сейітқалиев Б. Ә.' });
  await expect(form).toBeHidden();
  await expect(page.getByText(kk.enf.edit.saved)).toBeVisible();

  await page.getByRole('tab', { name: kk.enf.doc.details }).click();
  await expect(page.getByTestId('doc-copy-number')).toHaveText('2');
  await expect(page.getByTestId('doc-signer-name')).toHaveText('Сейітқалиев Б. Ә.');
  await expect(page.getByTestId('card-status')).toHaveText(kk.enf.status.registered);
});
