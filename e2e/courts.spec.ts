import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import { courts } from '@oryndau/domain';
import { regionById } from '@oryndau/kz';
import { demoKey, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import { axeProblems, identifierProblems } from './page-checks.ts';
import { catalogs, demoUsers, mainMenu, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// ISSUE-14 "Done when": a citizen files a claim in the «Сот кабинеті» (signed in
// with a demo ЭЦП key), pays the duty through the gateway simulator, signs it
// with the key file and gets the талон; the court office registers it into a
// new case with the proposed judge; the citizen sees it in «Мои дела» and
// is notified in «Хабарламалар», and sends an additional document to it
// (ISSUE-14 item 10, FILE-8).

const fixtures = join(import.meta.dirname, '..', 'packages', 'documents', 'test-fixtures', 'attachments');
const COURT_ID = 'court-astana-esil';
const COURT_NAME = { kk: 'Астана қаласы Есіл аудандық соты', ru: 'Есильский районный суд города Астаны' };
/** A second party: a valid IIN (check digit) that is nobody's account. */
const DEFENDANT_IIN = '850312300002';

/** Picks an option of an antd Select found by its label (the dropdown is rendered at the page's end). */
async function choose(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

async function expectPdf(download: Download): Promise<void> {
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
}

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-14 FILE-2, FILE-4, FILE-6, FILE-7, FILE-8, FILE-11 (${lang}): a claim filed with ЭЦП, duty paid at the gateway, талон; registered by the court office; status in «Мои дела»; an additional document sent`,
    async ({ page, request, browser }) => {
      // Filing, registration and a second signing (the additional document) in one walk: about a minute on a busy 2-core machine.
      test.setTimeout(120_000);
      const t = catalogs[lang];
      const w = t.courts.wizard;
      const title = `${lang === 'kk' ? 'Қарызды өндіріп алу туралы талап арыз' : 'Исковое заявление о взыскании долга'} ${Date.now()}`;
      const authKey = await demoKey(request, demoUsers.citizen, 'auth');
      const signKey = await demoKey(request, demoUsers.citizen, 'sign');

      // FILE-3: the citizen signs in with the authentication key.
      await page.goto('/');
      await switchLanguage(page, lang);
      await page.getByRole('button', { name: t.esignSignIn.button }).click();
      await loadKeyFile(page, authKey, lang);
      await signingDialog(page).getByTestId('signing-submit').click();
      await expect(page.getByTestId('current-user')).not.toBeEmpty();
      await switchLanguage(page, lang);

      // FILE-2: «Жаңа өтініш» — a claim (the default service).
      await mainMenu(page, lang).getByRole('link', { name: t.courts.nav.new }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
      const step = page.getByTestId('filing-step');
      const next = page.getByTestId('filing-next');
      await expect(step).toHaveAttribute('data-step', 'service');
      await next.click();

      // The court from the reference, by region.
      await expect(step).toHaveAttribute('data-step', 'court');
      const reference = (await (await page.request.get('/api/courts')).json()) as { courts: { id: string; regionId: string }[] };
      const regionId = reference.courts.find((c) => c.id === COURT_ID)?.regionId ?? '';
      await choose(page, page, w.region, regionById(regionId)?.name[lang] ?? regionId);
      await choose(page, page, w.courtLabel, COURT_NAME[lang]);
      await expect(page.getByTestId('court-facts')).toContainText(COURT_NAME[lang]);
      await next.click();

      // Two parties: the applicant (filled in from the session) and the defendant.
      await expect(step).toHaveAttribute('data-step', 'parties');
      await expect(page.getByTestId('party-0').getByLabel(w.partyIinBin)).toHaveValue(demoUsers.citizen);
      await page.getByTestId('party-add').click();
      const defendant = page.getByTestId('party-1');
      await choose(page, defendant, w.partyCategory, courts.PARTICIPANT_CATEGORY_TEXTS.defendant[lang]);
      await defendant.getByLabel(w.partyIinBin).fill(DEFENDANT_IIN);
      await expect(defendant.getByText(w.iinOk)).toBeVisible();
      await defendant.getByLabel(w.partyName).fill('Серіков Арман Болатұлы');
      await next.click();

      // The text and the claim's sum; the duty is computed as typed (FILE-4).
      await expect(step).toHaveAttribute('data-step', 'text');
      await page.getByLabel(w.docTitle).fill(title);
      await page.getByLabel(w.body, { exact: true }).fill(lang === 'kk' ? 'Жауапкерден 500 000 теңге қарызды өндіріп алуды сұраймын.' : 'Прошу взыскать с ответчика долг 500 000 тенге.');
      await page.getByLabel(w.claimAmount).fill('500000');
      await expect(page.getByTestId('duty-preview')).toBeVisible();
      // The first save puts the draft into the address (the page is mounted again for it) and stays here, nothing typed lost.
      await page.getByRole('button', { name: w.saveDraft }).click();
      await expect(page).toHaveURL(/draft=/);
      await expect(step).toHaveAttribute('data-step', 'text');
      await expect(page.getByLabel(w.docTitle)).toHaveValue(title);
      await expect(page.getByLabel(w.claimAmount)).toHaveValue(/500/);
      await next.click();

      // FILE-1, FILE-5: the appendix of two documents, one file each.
      await expect(step).toHaveAttribute('data-step', 'appendix');
      const draftId = new URL(page.url()).hash.match(/draft=([^&]+)/)?.[1] ?? '';
      expect(draftId).not.toBe('');
      await page.getByTestId('appendix-0').getByLabel(w.appendixTitle).fill(lang === 'kk' ? 'Қарыз шарты' : 'Договор займа');
      await page.getByTestId('appendix-0').locator('input[type=file]').setInputFiles(join(fixtures, 'claim-libreoffice.pdf'));
      await expect(page.getByTestId('appendix-uploaded-0')).toContainText('claim-libreoffice.pdf');
      await page.getByTestId('appendix-add').click();
      await page.getByTestId('appendix-1').getByLabel(w.appendixTitle).fill(lang === 'kk' ? 'Қарызды есептеу' : 'Расчёт долга');
      await page.getByTestId('appendix-1').locator('input[type=file]').setInputFiles(join(fixtures, 'claim.docx'));
      await expect(page.getByTestId('appendix-uploaded-1')).toContainText('claim.docx');
      await next.click();

      // Item 9: the warnings before sending; none blocks.
      await expect(step).toHaveAttribute('data-step', 'check');
      await expect(page.getByTestId('filing-warnings')).toBeVisible();
      await expect(next).toBeEnabled();
      await next.click();

      // FILE-4: the duty, paid online at the gateway simulator.
      await expect(step).toHaveAttribute('data-step', 'duty');
      await expect(page.getByTestId('duty-amount')).not.toBeEmpty();
      await page.getByTestId('duty-pay-online').click();
      await page.waitForURL((url) => url.pathname.includes('/pay/'));
      await page.getByRole('button', { name: 'Төлеу / Оплатить' }).click();
      await page.waitForURL((url) => !url.pathname.includes('/pay/'));
      // The gateway returns to PUBLIC_URL's host (localhost here), where this browser has no session:
      // the same return address, opened on the host the citizen signed in at.
      const back = new URL(page.url());
      expect(back.pathname === `/cabinet/filings/${draftId}` || back.hash.includes(`draft=${draftId}`)).toBe(true);
      await page.goto(`/#/courts/new?draft=${draftId}`);
      await expect(step).toHaveAttribute('data-step', 'duty');
      await expect(page.getByTestId('duty-paid')).toBeVisible({ timeout: 20_000 });
      await expect(next).toBeEnabled();
      await next.click();

      // FILE-6: signed with the key file in the signing dialog.
      await expect(step).toHaveAttribute('data-step', 'sign');
      await page.getByTestId('filing-sign').click();
      await expect(signingDialog(page)).toBeVisible();
      await loadKeyFile(page, signKey, lang);
      await signingDialog(page).getByTestId('signing-submit').click();

      // FILE-7: the талон — number, recipient court; its PDF.
      const receipt = page.getByTestId('filing-receipt');
      await expect(receipt).toBeVisible({ timeout: 20_000 });
      await expect(receipt.getByRole('heading', { name: t.courts.receipt.title })).toBeVisible();
      const number = (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
      expect(number).not.toBe('');
      await expect(page.getByTestId('receipt-court')).toHaveText(COURT_NAME[lang]);
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`receipt-pdf-${lang}`).click()]);
      await expectPdf(pdf);

      // FILE-11: the court office specialist registers it into a new case with the proposed judge.
      const officeContext = await browser.newContext();
      const office = await officeContext.newPage();
      await signInIn(office, demoUsers.courtOffice, lang);
      await office.goto('/#/court-office');
      await expect(office.getByRole('heading', { level: 1, name: t.courts.office.title })).toBeVisible();
      await office.getByTestId('incoming-filings').getByRole('link', { name: number, exact: true }).click();
      await expect(office.getByRole('heading', { level: 1 })).toContainText(number);
      await expect(office.getByText(title)).toBeVisible();
      await expect(office.getByTestId('card-attachment')).toHaveCount(2);
      const judge = (await office.getByTestId('card-proposed-judge').textContent())?.trim() ?? '';
      expect(judge).not.toBe('');
      await expect(office.getByTestId('card-judge')).toContainText(judge);
      await office.getByTestId('card-register').click();
      // The new case opens: its number, the judge assigned, the filing's two documents.
      const [before, after] = t.courts.case.title.split('{{number}}') as [string, string];
      const heading = office.getByTestId('case-number');
      await expect(heading).toHaveText(new RegExp(`^${before}.*\\d.*${after}$`));
      const caseNumber = ((await heading.textContent()) ?? '').slice(before.length, -after.length || undefined).trim();
      await expect(office.getByTestId('case-judge')).toContainText(judge);
      await expect(office.getByRole('link', { name: lang === 'kk' ? 'Қарыз шарты' : 'Договор займа' })).toBeVisible();
      const caseUrl = office.url();

      // FILE-8: the citizen sees the status and the case number in «Мои дела».
      const citizenContext = await browser.newContext();
      const citizen = await citizenContext.newPage();
      await signInIn(citizen, demoUsers.citizen, lang);
      await citizen.goto('/#/courts/my');
      await expect(citizen.getByRole('heading', { level: 1, name: t.courts.my.title })).toBeVisible();
      const row = citizen.getByTestId('my-filings').getByRole('row').filter({ hasText: title });
      await expect(row.getByTestId('my-filing-status')).toHaveText(courts.FILING_STATUS_TEXTS.registered[lang]);
      await expect(row.getByTestId('my-filing-case')).toHaveText(caseNumber);

      // ISSUE-14 item 8, X-4: and a notice in «Хабарламалар» — counted on the home page, read with the keyboard.
      await citizen.goto('/#/');
      await expect(citizen.getByTestId('queue-link-citizen.notifications')).toBeVisible();
      await mainMenu(citizen, lang).getByRole('link', { name: t.courts.nav.notifications }).click();
      await expect(citizen.getByRole('heading', { level: 1, name: t.courts.notifications.title })).toBeVisible();
      const notice = citizen.getByTestId('notification').filter({ hasText: number });
      await expect(notice.getByRole('heading', { level: 2 })).toHaveText(
        lang === 'kk' ? `№ ${number} өтініш тіркелді` : `Обращение № ${number} зарегистрировано`);
      await expect(notice.getByTestId('notification-text')).toContainText(caseNumber);
      await expect(notice.getByTestId('notification-new')).toBeVisible();
      await notice.getByTestId('notification-mark-read').focus();
      await citizen.keyboard.press('Enter');
      await expect(notice).toHaveAttribute('data-read', 'true');
      await expect(notice.getByTestId('notification-mark-read')).toHaveCount(0);
      await expect(notice.getByRole('article')).toBeFocused();
      await notice.getByTestId('notification-filing').click();
      await expect(citizen.getByRole('heading', { level: 1, name: title })).toBeVisible();

      // ISSUE-14 item 10, FILE-8: an additional document uploaded to the registered filing, signed with the key file and sent.
      // The notice's link opened the filing's card: the document is added there.
      const supplements = citizen.getByTestId('filing-supplements');
      await expect(supplements).toBeVisible();
      const extra = lang === 'kk' ? 'Қосымша есеп' : 'Дополнительный расчёт';
      await citizen.getByTestId('supplement-title').fill(extra);
      await supplements.locator('input[type=file]').setInputFiles(join(fixtures, 'calculation.xlsx'));
      await citizen.getByTestId('supplement-upload').click();
      await expect(citizen.getByTestId('supplement-3')).toContainText(t.courts.filing.supplementUnsent);
      expect(await axeProblems(citizen, false)).toEqual([]);
      // The appendix table shows the files' own names («claim.docx»): the additional documents' list shows only their titles and kinds.
      expect((await identifierProblems(citizen)).filter((p) => p.includes('calculation'))).toEqual([]);
      await citizen.getByTestId('supplements-send').click();
      await expect(signingDialog(citizen)).toBeVisible();
      await loadKeyFile(citizen, signKey, lang);
      await signingDialog(citizen).getByTestId('signing-submit').click();
      await expect(citizen.getByTestId('supplement-sent-3')).toBeVisible({ timeout: 20_000 });
      await expect(citizen.getByTestId('supplements-send')).toHaveCount(0);
      await expect(citizen.getByTestId('filing-course')).toContainText(courts.CASE_EVENT_TEXTS.documents_added[lang]);
      expect(await axeProblems(citizen, false)).toEqual([]);
      await citizenContext.close();

      // The court's case page lists the new document and the course says documents arrived.
      await office.goto(caseUrl);
      await office.reload();
      await expect(office.getByRole('link', { name: extra })).toBeVisible();
      await expect(office.getByText(courts.CASE_EVENT_TEXTS.documents_added[lang], { exact: false })).toBeVisible();
      await officeContext.close();
    });
}
