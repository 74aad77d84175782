import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { kkLicensing } from '../apps/web/src/i18n/kk-licensing.ts';
import { ruLicensing } from '../apps/web/src/i18n/ru-licensing.ts';
import { LICENSING_NAV } from '../apps/web/src/licensing/licensing-nav.ts';
import { demoKey, esignSignInIn, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import { axeProblems, identifierProblems } from './page-checks.ts';
import { demoUsers, simulatorsUrl } from './support.ts';
import type { Lang } from './support.ts';

// Issue 17 (LIC-1…LIC-8), in the browser: the applicant applies for a
// private bailiff's licence, attaches the documents, pays the fee at the
// payment gateway simulator and signs with a demo ЭЦП key; the licensing
// officer reviews the application and issues the licence, signing it; the
// applicant downloads the licence PDF (kk, ru), the public page of its QR
// code shows it valid, and the survey is answered.

const texts = { kk: kkLicensing, ru: ruLicensing } as const;
const fixtures = join(import.meta.dirname, '..', 'packages', 'documents', 'test-fixtures', 'attachments');
/** One applicant per language: an issued licence is the person's, a second "issue" is another story. */
const APPLICANT: Record<Lang, string> = { kk: '900714400521', ru: '011120500008' };
const ISSUE_DOCUMENTS = ['identity', 'law_diploma', 'work_record', 'internship', 'exam_result', 'medical_narcology', 'medical_psychiatry'];

async function expectPdf(download: Download): Promise<void> {
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
}

async function applicationIdOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#\/licensing\/applications\/[0-9a-f-]+/);
  return /#\/licensing\/applications\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? '';
}

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-17 LIC-1, LIC-2, LIC-4, LIC-5, LIC-6, LIC-8 (${lang}): applied, paid at the gateway, signed with ЭЦП; reviewed and issued by the officer; licence PDF, its public page valid; survey answered; suspended by a signed register act`,
    async ({ page, request, browser }) => {
      // Two people, three signatures with key files and a gateway round trip: over a minute on a busy 2-core machine.
      test.setTimeout(240_000);
      const lt = texts[lang];
      const applicant = APPLICANT[lang];
      const signKey = await demoKey(request, applicant, 'sign');
      const officerKey = await demoKey(request, demoUsers.licensingOfficer, 'sign');

      // LIC-4: «Менің өтініштерім», a new application (the issue of a licence, the default service).
      // LIC-2: the applicant signs in with ЭЦП (an authentication key), as on the portal.
      await esignSignInIn(page, request, applicant, lang);
      await page.getByRole('link', { name: LICENSING_NAV.licensingMy[lang], exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: lt.myTitle })).toBeVisible();
      await page.getByLabel(lt.region).click();
      await page.keyboard.type('Жамбыл');
      await page.keyboard.press('Enter');
      await page.getByTestId('licensing-create').click();
      const id = await applicationIdOf(page);

      // LIC-1: the documents of the reference list, each a file.
      for (const code of ISSUE_DOCUMENTS) {
        await page.getByTestId(`licensing-file-${code}`).setInputFiles(join(fixtures, 'claim-libreoffice.pdf'));
        await expect(page.getByTestId(`licensing-doc-${code}`).getByText(lt.attached)).toBeVisible();
      }

      // LIC-2: the fee, paid at the gateway simulator; back at the return address the payment is checked with the gateway.
      await page.getByTestId('licensing-pay').click();
      await page.waitForURL((url) => url.pathname.includes('/pay/'));
      await page.getByRole('button', { name: 'Төлеу / Оплатить' }).click();
      await page.waitForURL((url) => !url.pathname.includes('/pay/'));
      // The gateway returns to PUBLIC_URL's host (localhost here), where this browser has no session: the same address on ours.
      expect(new URL(page.url()).pathname).toBe(`/cabinet/licensing/${id}`);
      await page.goto(`/cabinet/licensing/${id}`);
      await expect(page.getByTestId('licensing-paid')).toBeVisible({ timeout: 20_000 });

      // LIC-2: signed with the applicant's key file in the signing dialog; LIC-5: the number and the deadline.
      await page.getByTestId('licensing-sign').click();
      await expect(signingDialog(page)).toBeVisible();
      await loadKeyFile(page, signKey, lang);
      await signingDialog(page).getByTestId('signing-submit').click();
      await expect(page.getByTestId('licensing-registered')).toBeVisible({ timeout: 20_000 });
      const number = (await page.getByTestId('licensing-application-number').textContent())?.trim() ?? '';
      expect(number).toMatch(/^ЛЗ-\d{4}-\d{6}$/);
      await expect(page.getByTestId('licensing-deadline')).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);

      // LIC-3: the licensing officer opens it from the queue, marks the qualification requirements met and signs the licence.
      const officerContext = await browser.newContext();
      const officer = await officerContext.newPage();
      await signInIn(officer, demoUsers.licensingOfficer, lang);
      await officer.getByRole('link', { name: LICENSING_NAV.licensingOffice[lang], exact: true }).click();
      await expect(officer.getByRole('heading', { level: 1, name: lt.officeTitle })).toBeVisible();
      await officer.getByTestId('licensing-queue').getByRole('link', { name: number, exact: true }).click();
      await expect(officer.getByRole('heading', { level: 1 })).toContainText(number);
      await expect(officer.getByTestId('licensing-gbd')).not.toContainText(lt.gbdNone);
      // X-1, ISSUE-13 items 3, 13: the review page shows no technical strings and has no serious axe violation.
      expect(await identifierProblems(officer)).toEqual([]);
      expect(await axeProblems(officer, false)).toEqual([]);
      const checks = officer.getByTestId('licensing-checklist').getByRole('checkbox');
      expect(await checks.count()).toBeGreaterThan(0);
      for (const check of await checks.all()) await check.check();
      await officer.getByTestId('licensing-save-checklist').click();
      await expect(officer.getByText(lt.checklistSaved)).toBeVisible();
      await officer.getByTestId('licensing-issue').click();
      await expect(signingDialog(officer)).toBeVisible();
      await loadKeyFile(officer, officerKey, lang);
      await signingDialog(officer).getByTestId('signing-submit').click();
      await expect(officer.getByTestId('licensing-issued')).toBeVisible({ timeout: 20_000 });
      const licence = /ЧСИ-\d{8}/.exec((await officer.getByTestId('licensing-issued').textContent()) ?? '')?.[0] ?? '';
      expect(licence).not.toBe('');
      // LIC-8: the register lists it, valid.
      await officer.goto('/#/licensing-register');
      await officer.getByLabel(lt.searchIin, { exact: true }).fill(applicant);
      await officer.getByTestId('register-search').click();
      await expect(officer.getByTestId('register-number')).toHaveText([licence]);
      await expect(officer.getByTestId('register-status')).toHaveText([lt.licenceValid]);

      // LIC-4: the applicant sees the result and downloads the licence in both languages.
      await page.goto(`/#/licensing/applications/${id}`);
      await page.reload();
      await expect(page.getByTestId('licensing-licence-number')).toContainText(licence);
      for (const pdfLang of ['kk', 'ru'] as const) {
        const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`licensing-pdf-${pdfLang}`).click()]);
        await expectPdf(pdf);
      }

      // LIC-6: the survey, two questions on the 3-point scale.
      const survey = page.getByTestId('licensing-survey');
      await survey.getByTestId('licensing-survey-process').getByText(lt.surveyScale3, { exact: true }).click();
      await survey.getByTestId('licensing-survey-information').getByText(lt.surveyScale2, { exact: true }).click();
      await page.getByTestId('licensing-survey-send').click();
      await expect(page.getByTestId('licensing-survey-done')).toBeVisible();
      expect(await identifierProblems(page)).toEqual([]);
      expect(await axeProblems(page, false)).toEqual([]);

      // LIC-8: the page of the licence's QR code, no sign-in, shows it valid in the register now.
      const publicContext = await browser.newContext({ locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU' });
      const anyone = await publicContext.newPage();
      await anyone.goto(`/verify/licence/${encodeURIComponent(licence)}`);
      await expect(anyone.getByTestId('licence-verify-number')).toHaveText(licence);
      await expect(anyone.getByTestId('licence-verify-verdict')).toBeVisible();
      await expect(anyone.getByTestId('licence-verify-status')).toContainText(/Қолданыста|Действует/);
      expect(await axeProblems(anyone, true)).toEqual([]);

      // LIC-8: the officer suspends it with a ground, the act signed with ЭЦП; the same public page now says since when.
      await officer.getByRole('button', { name: `${lt.act}: ${licence}` }).click();
      const act = officer.getByTestId('register-act');
      await act.getByLabel(lt.act, { exact: true }).click();
      await officer.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${lt.actSuspend}"]`).click();
      await act.getByLabel(lt.actGround, { exact: true }).click();
      await expect(officer.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toBeVisible();
      await officer.keyboard.press('Enter');
      await act.getByRole('button', { name: lt.actSign }).click();
      await expect(signingDialog(officer)).toBeVisible();
      await loadKeyFile(officer, officerKey, lang);
      await signingDialog(officer).getByTestId('signing-submit').click();
      await expect(officer.getByTestId('register-status')).toContainText(lt.licenceSuspended, { timeout: 20_000 });
      await officerContext.close();
      await anyone.reload();
      await expect(anyone.getByTestId('licence-verify-status')).toContainText(/Тоқтатыла тұрды|Приостановлена/);
      await expect(anyone.getByTestId('licence-verify-status')).toContainText(/\d{2}\.\d{2}\.\d{4}/);
      await publicContext.close();
    });
}

/** LIC-3: per language, one applicant ГБД ФЛ knows (registered in the simulator) and one it does not — none the other tests use. */
const STAFF_KNOWN: Record<Lang, string> = { kk: '850315300049', ru: '791212300117' };
const STAFF_UNKNOWN: Record<Lang, string> = { kk: '920611400074', ru: '880101300060' };

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-17 LIC-3 (${lang}): staff channel — the officer enters a person known to ГБД ФЛ, marks the paper documents with scans, registers (number, deadline); a person absent from ГБД ФЛ is refused with the reason`,
    async ({ page, request }) => {
      test.setTimeout(120_000);
      const lt = texts[lang];
      const known = await request.put(`${simulatorsUrl}/gbd-fl/_sim/persons/${STAFF_KNOWN[lang]}`, { data: { surname: 'Қызметов', name: 'Ерлан' } });
      expect(known.ok()).toBe(true);
      expect((await request.delete(`${simulatorsUrl}/gbd-fl/_sim/persons/${STAFF_UNKNOWN[lang]}`)).status()).toBe(204);

      await signInIn(page, demoUsers.licensingOfficer, lang);
      await page.getByRole('link', { name: LICENSING_NAV.licensingOffice[lang], exact: true }).click();
      await page.getByTestId('licensing-staff-new').click();
      await expect(page.getByRole('heading', { level: 1, name: lt.staffTitle })).toBeVisible();

      // The IIN is checked as typed: 11 digits are not an IIN.
      const iin = page.getByLabel(lt.iin, { exact: true });
      await iin.fill(STAFF_KNOWN[lang].slice(0, 11));
      await expect(page.getByText(lt.staffIinInvalid)).toBeVisible();
      await iin.fill(STAFF_KNOWN[lang]);
      await expect(page.getByText(lt.staffIinInvalid)).toHaveCount(0);
      await page.getByLabel(lt.region, { exact: true }).click();
      await page.keyboard.type('Жамбыл');
      await page.keyboard.press('Enter');
      await page.getByTestId('licensing-staff-enter').click();
      // ГБД ФЛ's record of the person.
      await expect(page.getByTestId('licensing-staff-name')).toContainText('Қызметов');
      await expect(page.getByTestId('licensing-gbd')).toContainText('Ерлан');

      // Seed §7: each paper document presented, its scan attached (PDF or JPEG).
      // (A scan named as an office names it: a bare «scan.jpg» reads like a dotted code to the identifier check.)
      const jpeg = { name: 'скан-документа.jpg', mimeType: 'image/jpeg', buffer: await readFile(join(fixtures, 'scan.jpg')) };
      for (const [i, code] of ISSUE_DOCUMENTS.entries()) {
        await page.getByTestId(`licensing-file-${code}`).setInputFiles(i % 2 === 0 ? join(fixtures, 'claim-libreoffice.pdf') : jpeg);
        await expect(page.getByTestId(`licensing-doc-${code}`).getByTestId('licensing-paper-presented')).toBeVisible();
      }
      await page.getByTestId('licensing-staff-register').click();
      const registered = page.getByTestId('licensing-registered');
      await expect(registered).toBeVisible({ timeout: 20_000 });
      await expect(registered).toContainText(/ЛЗ-\d{4}-\d{6}/);
      await expect(registered).toContainText(/\d{2}\.\d{2}\.\d{4}/);
      expect(await identifierProblems(page)).toEqual([]);
      expect(await axeProblems(page, false)).toEqual([]);
      await page.getByTestId('licensing-staff-review').click();
      await expect(page.getByTestId('licensing-review-page')).toBeVisible();
      await expect(page.getByTestId('licensing-gbd')).toContainText('Қызметов');

      // A person absent from ГБД ФЛ: refused at once, the reason in the language on screen.
      await page.goto('/#/licensing-office/new');
      await page.getByLabel(lt.iin, { exact: true }).fill(STAFF_UNKNOWN[lang]);
      await page.getByLabel(lt.region, { exact: true }).click();
      await page.keyboard.type('Жамбыл');
      await page.keyboard.press('Enter');
      await page.getByTestId('licensing-staff-enter').click();
      const refused = page.getByTestId('licensing-staff-refused');
      await expect(refused).toContainText(lt.staffRefused);
      await expect(refused).toContainText(lang === 'kk' ? '«Жеке тұлғалар» МДҚ' : 'ГБД «Физические лица»');
      expect(await identifierProblems(page)).toEqual([]);
    });
}
