import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { kkEnpApplications } from '../apps/web/src/i18n/kk-enp-applications.ts';
import { ruEnpApplications } from '../apps/web/src/i18n/ru-enp-applications.ts';
import { enpApplyTexts } from '../apps/web/src/enp/enp-apply-texts.ts';
import { demoKey, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import type { KeyFile } from './esign-support.ts';
import { axeProblems, offScreen } from './page-checks.ts';
import { demoUsers } from './support.ts';
import type { Lang } from './support.ts';

// Issue 16 item 5 (ENP-7, ENP-9): a person applies on the public portal for
// a password to a case — signs in with ЭЦП, fills the application, attaches
// a power of attorney, signs the application with their ЭЦП and gets its
// number; the court office sees it in its queue (from the home counter),
// checks the signature and approves; the password arrives by e-mail (read
// here from the development outbox, the capture of the e2e server) and
// opens the case on the portal. A second application is refused with a
// reference reason, which the applicant reads in their language.

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
const POA = readFileSync(join(import.meta.dirname, '../packages/documents/test-fixtures/attachments/claim-libreoffice.pdf'));
const APPLICANT = demoUsers.citizen;
const DEVICES = { desktop: { viewport: { width: 1280, height: 900 } }, phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } } as const;
const REASON = { kk: 'Көрсетілген нөмірлі іс осы сотта жоқ', ru: 'Дела с указанным номером в этом суде нет' } as const;
const WORDS = { kk: { submitted: 'Қарауда', approved: 'Құпиясөз берілді' }, ru: { submitted: 'На рассмотрении', approved: 'Пароль выдан' } } as const;

/** The portal's application page in `lang`, the applicant signed in with their ЭЦП authentication key. */
async function openApplyPage(browser: Browser, lang: Lang, size: keyof typeof DEVICES, auth: KeyFile, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext(DEVICES[size])).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/enp');
  if (lang === 'ru') await page.getByRole('button', { name: 'RUS' }).click();
  await page.locator('a.enp-apply-link').click();
  const t = enpApplyTexts[lang];
  await expect(page.getByRole('heading', { level: 1, name: t.heading })).toBeVisible();
  await page.getByTestId('enp-apply-sign-in').click();
  await loadKeyFile(page, auth, lang);
  await signingDialog(page).getByTestId('signing-submit').click();
  await expect(page.getByTestId('enp-apply-user')).toContainText(APPLICANT);
  return page;
}

/** Fills the application, attaches the power of attorney, signs it with the `sign` key; returns the number it got. */
async function apply(page: Page, lang: Lang, courtId: string, caseNumber: string, email: string, sign: KeyFile): Promise<string> {
  const t = enpApplyTexts[lang];
  const form = page.getByTestId('enp-apply');
  await form.getByLabel(t.court, { exact: true }).selectOption(courtId);
  await form.getByLabel(t.caseNumber, { exact: true }).fill(caseNumber);
  await form.getByLabel(t.category, { exact: true }).selectOption('representative');
  await form.getByLabel(t.email, { exact: true }).fill(email);
  // A Word file is refused on the page, naming it, before anything is sent.
  await page.getByTestId('enp-apply-files').setInputFiles({ name: 'claim.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
  await expect(form.getByText(t.fileType('claim.docx'))).toBeVisible();
  await page.getByTestId('enp-apply-submit').click();
  await expect(signingDialog(page)).toHaveCount(0);
  await page.getByTestId('enp-apply-files').setInputFiles({ name: 'сенімхат.pdf', mimeType: 'application/pdf', buffer: POA });
  await expect(form.getByText(t.fileType('claim.docx'))).toHaveCount(0);
  await page.getByTestId('enp-apply-submit').click();
  const dialog = signingDialog(page);
  await expect(dialog).toBeVisible();
  await loadKeyFile(page, sign, lang);
  await dialog.getByTestId('signing-submit').click();
  const registered = page.getByTestId('enp-apply-registered');
  await expect(registered).toHaveText(/ЭНП-\d{4}-\d{6}/);
  return /ЭНП-\d{4}-\d{6}/.exec(await registered.innerText())![0];
}

for (const [lang, size] of [['kk', 'desktop'], ['ru', 'phone']] as const) {
  test(`ISSUE-16 ENP-7, ENP-9 (${lang}, ${size}): applied online with ЭЦП and a power of attorney → the office approves → the e-mailed password opens the case; a second application is refused with a reason read in ${lang}`,
    async ({ browser, request }) => {
      test.setTimeout(180_000);
      const et = { kk: kkEnpApplications, ru: ruEnpApplications }[lang];
      const auth = await demoKey(request, APPLICANT, 'auth');
      const sign = await demoKey(request, APPLICANT, 'sign');

      // A case of the demo court, made by its judge.
      const judge = await (await browser.newContext()).newPage();
      await signInIn(judge, demoUsers.judge, lang);
      const created = await judge.request.post('/api/dev/court-acts/demo-case', { data: {}, headers: { 'x-csrf-token': await csrfOf(judge) } });
      expect(created.status(), await created.text()).toBe(200);
      const { caseId } = (await created.json()) as { caseId: string };
      const courtCase = (await (await judge.request.get(`/api/court-cases/${caseId}`)).json()) as { number: string; court: { id: string } };

      // ENP-7: the applicant, on the portal.
      const errors: string[] = [];
      const portal = await openApplyPage(browser, lang, size, auth, errors);
      const email = `enp7-${lang}-${Date.now()}@example.kz`;
      const number = await apply(portal, lang, courtCase.court.id, courtCase.number, email, sign);
      const mine = portal.getByTestId('enp-my-applications');
      await expect(mine.getByRole('row').filter({ hasText: number })).toContainText(WORDS[lang].submitted);
      expect(await axeProblems(portal, true)).toEqual([]);
      // On a phone too: nothing past the window's edge, the page does not scroll sideways, no script error.
      expect(await offScreen(portal, 'button, input, select, a')).toEqual([]);
      expect(errors).toEqual([]);

      // ENP-9: the office — from the home counter to the queue, the application, its signature and attachment; approve.
      const office = await (await browser.newContext()).newPage();
      await signInIn(office, demoUsers.courtOffice, lang);
      await office.getByTestId('queue-link-courts.enpApplications').click();
      await expect(office.getByRole('heading', { level: 1, name: et.title })).toBeVisible();
      await office.getByRole('link', { name: et.openOf.replace('{{number}}', number) }).click();
      const card = office.getByTestId('enp-application-page');
      await expect(card.getByTestId('enp-application-signature')).toContainText(APPLICANT);
      await expect(card.getByText(et.caseFound)).toBeVisible();
      const download = office.waitForEvent('download');
      await card.getByRole('link', { name: et.download.replace('{{name}}', 'сенімхат.pdf') }).click();
      expect((await download).suggestedFilename()).toBe('сенімхат.pdf');
      expect(await axeProblems(office, false)).toEqual([]);
      await card.getByTestId('enp-approve').click();
      await expect(card.getByTestId('enp-application-done')).toHaveText(et.approved);
      await expect(card.getByTestId('enp-approve')).toHaveCount(0);

      // The password, from the e-mail (the development outbox keeps what was sent).
      const messages = (await (await office.request.get('/api/dev/messages')).json()) as { messages: { recipient: string; body: string }[] };
      const mail = messages.messages.find((m) => m.recipient === email);
      const password = /Құпиясөз: (\S+)/.exec(mail?.body ?? '')?.[1];
      expect(password, 'the approval e-mail carries the password').toBeTruthy();

      await portal.reload();
      await expect(portal.getByTestId('enp-my-applications').getByRole('row').filter({ hasText: number })).toContainText(WORDS[lang].approved);
      await portal.goto('/enp');
      await portal.getByTestId('enp-iin').fill(APPLICANT);
      await portal.getByTestId('enp-password').fill(password!);
      await portal.getByTestId('enp-password').press('Enter');
      await expect(portal.getByText(courtCase.number).first()).toBeVisible();

      // A second application, for a number the court has not: refused with a reference reason and the court's words.
      await portal.goto('/enp/apply');
      await expect(portal.getByTestId('enp-apply-user')).toContainText(APPLICANT);
      const second = await apply(portal, lang, courtCase.court.id, `NO-${Date.now()}`, `refused-${email}`, sign);
      await office.goto('/#/enp-applications');
      await office.getByRole('link', { name: et.openOf.replace('{{number}}', second) }).click();
      await expect(card.getByText(et.caseMissing)).toBeVisible();
      await expect(card.getByTestId('enp-approve')).toBeDisabled();
      await card.getByLabel(et.reason, { exact: true }).click();
      await office.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${REASON[lang]}"]`).click();
      await card.getByLabel(et.reasonText, { exact: true }).fill(lang === 'kk' ? 'Шақырудағы іс нөмірін тексеріңіз.' : 'Проверьте номер дела в повестке.');
      await card.getByTestId('enp-refuse').click();
      await expect(card.getByTestId('enp-application-done')).toHaveText(et.refused);

      await portal.reload();
      const refusal = portal.getByTestId('enp-my-applications').getByRole('row').filter({ hasText: second }).getByTestId('enp-my-refusal');
      await expect(refusal).toContainText(REASON[lang]);
      await expect(refusal).toContainText(lang === 'kk' ? 'Шақырудағы іс нөмірін тексеріңіз.' : 'Проверьте номер дела в повестке.');
      // Signing out ends the ЭЦП session: the page offers the sign-in again.
      await portal.getByTestId('enp-apply-sign-out').click();
      await expect(portal.getByTestId('enp-apply-sign-in')).toBeVisible();
      expect(errors).toEqual([]);
    });
}

for (const lang of ['kk', 'ru'] as const) {
  test(`ISSUE-16 ENP-10, ENP-11 (${lang}): the office reads who looked at an ЭАСД archive case through ЭНП, by its archive id`, async ({ browser }) => {
    test.setTimeout(90_000);
    const et = { kk: kkEnpApplications, ru: ruEnpApplications }[lang];
    const archiveId = 'easd-demo-2-1234-2009';
    const iin = lang === 'kk' ? '850615300109' : '900101300017';
    const office = await (await browser.newContext()).newPage();
    await signInIn(office, demoUsers.courtOffice, lang);
    const issued = await office.request.post(`/api/enp/office/easd/${archiveId}/accesses`, {
      data: { iin, fullName: 'Иванов Ерлан Ерланович', category: 'plaintiff', appliedOn: '2026-03-02', email: 'easd@example.kz', representedEntity: null },
      headers: { 'x-csrf-token': await csrfOf(office) } });
    expect(issued.status(), await issued.text()).toBe(200);
    const { password } = (await issued.json()) as { password: string };
    // The participant opens the archived case on the portal.
    const portal = await browser.newContext();
    await portal.request.get('/api/session');
    const csrf = (await portal.cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
    expect((await portal.request.post('/api/enp/sign-in', { data: { iin, password }, headers: { 'x-csrf-token': csrf } })).status()).toBe(200);
    expect((await portal.request.get('/api/enp/case')).status()).toBe(200);

    await office.goto('/#/enp-applications');
    await office.getByTestId('enp-easd-history-link').click();
    const page = office.getByTestId('enp-easd-history-page');
    await expect(page.getByRole('heading', { level: 1, name: et.easdTitle })).toBeVisible();
    await page.getByLabel(et.easdArchiveId).fill(archiveId);
    await page.getByRole('button', { name: et.easdShow }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('2-1234/2009');
    await expect(page.getByTestId('enp-easd-history').getByText(iin).first()).toBeVisible();
    expect(await axeProblems(office, false)).toEqual([]);
  });
}
