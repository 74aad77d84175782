import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { courts } from '@oryndau/domain';
import { kkEnpOffice } from '../apps/web/src/i18n/kk-enp-office.ts';
import { ruEnpOffice } from '../apps/web/src/i18n/ru-enp-office.ts';
import { enpKk } from '../apps/web/src/enp/enp-kk.ts';
import { enpRu } from '../apps/web/src/enp/enp-ru.ts';
import { demoKey, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import type { KeyFile } from './esign-support.ts';
import { axeProblems } from './page-checks.ts';
import { catalogs, demoUsers, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// Issue 16 "Done when" (ENP-1…ENP-6, ENP-11, SIG-6): the whole ЭНП walk in
// Chromium. The judge signs three acts of a demo case (decision, ruling,
// hearing record); the office issues a password to the defendant and
// prints (downloads) its card; the defendant searches on /enp with IIN and
// password, opens the case (number, participants, course and documents
// oldest first), downloads the decision and checks it on the public
// verification page its link leads to. Then the office blocks the hearing
// record, the administrator's new matrix version closes rulings to a civil
// third person, and a third person signed in with their own password sees
// neither — and cannot download them by id.
//
// Two runs cover kk, ru, the desktop and the 390×844 phone: the defendant
// on a desktop in kk and the third person on a phone in ru, then the other
// way round.

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
const portalTexts = { kk: enpKk, ru: enpRu } as const;
const officeTexts = { kk: kkEnpOffice, ru: ruEnpOffice } as const;
/** The demo case's defendant (apps/server/src/courts/acts/dev-routes.ts). */
const DEFENDANT = { iin: '850312300002', name: 'Жақсылықов Нұрлан Серікұлы' };
/** The court of the demo case; the public page names the judge masked (Қ*****в Б.) with it. */
const COURT_NAME = { kk: 'Астана қаласы Есіл аудандық соты', ru: 'Есильский районный суд города Астаны' };
/** A third person: a valid IIN (check digit), no demo account. */
const THIRD = { iin: '850615300109', name: 'Иванов Ерлан Ерланович' };

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByTestId('enp-office').getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  const open = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if (await open.count() > 0) await page.keyboard.press('Tab');
    await expect(open).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/** The judge drafts the acts through the API and signs each with the key file on the case's page. */
async function signActs(judge: Page, caseId: string, key: KeyFile, lang: Lang): Promise<void> {
  for (const kind of ['decision', 'ruling', 'hearing_record'] as const) {
    const created = await judge.request.post(`/api/court-cases/${caseId}/acts`, {
      headers: { 'x-csrf-token': await csrfOf(judge) },
      data: { kind, language: lang, fields: { introduction: '', description: '', reasoning: '', operative: lang === 'kk' ? 'Талап қанағаттандырылсын.' : 'Иск удовлетворить.' } },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  await judge.goto(`/#/court-cases/${caseId}`);
  const acts = judge.getByTestId('court-acts').getByTestId('court-act');
  await expect(acts).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const act = acts.nth(i);
    await act.getByTestId('court-act-sign').click();
    await expect(signingDialog(judge)).toBeVisible();
    await loadKeyFile(judge, key, lang);
    await signingDialog(judge).getByTestId('signing-submit').click();
    await expect(signingDialog(judge)).toBeHidden({ timeout: 20_000 });
    await expect(act.getByTestId('court-act-status')).toHaveText(courts.COURT_ACT_STATUS_TEXTS.signed[lang], { timeout: 20_000 });
  }
}

/** The office enters the application and downloads the card; answers the password shown once. */
async function issue(office: Page, lang: Lang, person: { iin: string; name: string }, category: courts.ParticipantCategory, caseNumber: string)
  : Promise<string> {
  const t = officeTexts[lang];
  const section = office.getByTestId('enp-office');
  await section.getByLabel(t.iin, { exact: true }).fill(person.iin);
  await section.getByLabel(t.fullName, { exact: true }).fill(person.name);
  await choose(office, t.category, courts.PARTICIPANT_CATEGORY_TEXTS[category][lang]);
  await section.getByLabel(t.email, { exact: true }).fill(`p${person.iin}@example.kz`);
  await section.getByTestId('enp-issue').click();
  await expect(section.getByTestId('enp-issued')).toBeVisible();
  const password = (await section.getByTestId('enp-password').innerText()).trim();
  expect(password).toMatch(/^[A-Za-z0-9]{10}$/);
  const [download] = await Promise.all([office.waitForEvent('download'), section.getByTestId('enp-card').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  // The card's text, lines joined (pdftotext breaks long ones): the court, the number, the parties in kk and ru, the password.
  const text = pdfText(path).replace(/\s+/g, ' ');
  for (const expected of [COURT_NAME.kk, COURT_NAME.ru, caseNumber, password, DEFENDANT.name,
    `${courts.PARTICIPANT_CATEGORY_TEXTS.defendant.kk} / ${courts.PARTICIPANT_CATEGORY_TEXTS.defendant.ru}:`]) expect(text).toContain(expected);
  return password;
}

type Portal = { page: Page; errors: string[] };

/** A participant on the portal, in their language and on their screen: searches with IIN and password and lands on the case. */
async function searchCase(browser: Browser, device: BrowserContextOptions, lang: Lang, iin: string, password: string): Promise<Portal> {
  const page = await (await browser.newContext({ ...device, acceptDownloads: true })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const t = portalTexts[lang];
  await page.goto('/enp');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (lang === 'ru') await page.getByRole('button', { name: 'RUS' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByLabel(t.search.iin).fill(iin);
  await page.getByLabel(t.search.password).fill(password);
  await page.getByRole('button', { name: t.search.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.case.details })).toBeVisible();
  return { page, errors };
}

const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const runs = [
  { lang: 'kk' as const, first: DESKTOP, otherLang: 'ru' as const, second: PHONE, name: 'defendant kk desktop, third person ru 390×844' },
  { lang: 'ru' as const, first: PHONE, otherLang: 'kk' as const, second: DESKTOP, name: 'defendant ru 390×844, third person kk desktop' },
];

for (const run of runs) {
  test(`ISSUE-16 ENP-1, ENP-2, ENP-3, ENP-4, ENP-5, ENP-6, ENP-11, SIG-6 (${run.name}): card → search → the case oldest first → an act downloaded and verified → another category sees neither the blocked nor the forbidden`,
    async ({ page, request, browser }) => {
      test.setTimeout(90_000);
      const lang = run.lang;
      const pt = portalTexts[lang];
      const judgeKey = await demoKey(request, demoUsers.judge, 'sign');

      // The judge's demo case with three signed acts.
      await signInIn(page, demoUsers.judge, lang);
      const created = await page.request.post('/api/dev/court-acts/demo-case', { data: {}, headers: { 'x-csrf-token': await csrfOf(page) } });
      expect(created.status(), await created.text()).toBe(200);
      const { caseId } = (await created.json()) as { caseId: string };
      await signActs(page, caseId, judgeKey, lang);
      const caseNumber = ((await (await page.request.get(`/api/court-cases/${caseId}`)).json()) as { number: string }).number;
      expect(caseNumber).not.toBe('');

      // ENP-1, ENP-2: the office issues the defendant's password with its card.
      const office = await (await browser.newContext(DESKTOP)).newPage();
      await signInIn(office, demoUsers.courtOffice, lang);
      await office.goto(`/#/court-cases/${caseId}`);
      await expect(office.getByTestId('enp-office').getByRole('heading', { name: officeTexts[lang].issueTitle })).toBeVisible();
      const defendantPassword = await issue(office, lang, DEFENDANT, 'defendant', caseNumber);

      // ENP-3, ENP-4: the defendant finds the case.
      const defendant = await searchCase(browser, run.first, lang, DEFENDANT.iin, defendantPassword);
      const p = defendant.page;
      await expect(p.getByTestId('enp-case-details')).toContainText(caseNumber);
      const participants = p.getByTestId('enp-case-participants');
      await expect(participants).toContainText(courts.PARTICIPANT_CATEGORY_TEXTS.plaintiff[lang]);
      await expect(participants).toContainText(courts.PARTICIPANT_CATEGORY_TEXTS.defendant[lang]);
      await expect(participants).toContainText(DEFENDANT.name);
      // The course: registered first (its days never go back).
      const course = p.getByTestId('enp-case-course').locator('dt');
      await expect(course.first()).toHaveText(courts.CASE_EVENT_TEXTS.registered[lang]);
      const rows = p.getByTestId('enp-case-documents').locator('tbody tr');
      await expect(rows).toHaveCount(3);
      // Oldest first: signed in this order.
      const kinds = ['decision', 'ruling', 'hearing_record'] as const;
      for (const [i, kind] of kinds.entries()) await expect(rows.nth(i).locator('th')).toContainText(courts.COURT_ACT_KIND_TEXTS[kind][lang]);
      const days = await rows.locator('td:nth-child(3)').allInnerTexts();
      expect([...days].sort()).toEqual(days);
      expect(await axeProblems(p, true)).toEqual([]);
      expect(await fitsWidth(p)).toBeLessThanOrEqual(0);
      const all = (await (await p.request.get('/api/enp/case')).json()) as { documents: { id: string; kind: string }[] };
      expect(all.documents.map((d) => d.kind)).toEqual([...kinds]);

      // The decision: a PDF, checked on the public verification page its link leads to.
      const decision = rows.nth(0);
      const [download] = await Promise.all([p.waitForEvent('download'), decision.getByRole('link', { name: new RegExp(`^${pt.case.download}`) }).click()]);
      const pdfPath = await download.path();
      expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      await decision.getByRole('link', { name: new RegExp(`^${pt.case.verify}`) }).click();
      await expect(p).toHaveURL(/\/verify\/[^/]+$/);
      if ((await p.locator('html').getAttribute('lang')) !== lang) await switchLanguage(p, lang);
      await p.getByTestId('file-drop-input').setInputFiles(pdfPath);
      const result = p.getByTestId('file-check-result');
      // The page of the act's signed document compares the file with it: the very bytes the judge signed.
      await expect(result).toHaveAttribute('data-match', 'true', { timeout: 20_000 });
      await expect(result).toContainText(catalogs[lang].verify.drop.matches);
      await expect(p.getByTestId('signature-signer').first()).toContainText(`Қ*****в Б. — ${COURT_NAME[lang]}`);
      expect(await axeProblems(p, false)).toEqual([]);

      // ENP-5: the office blocks the hearing record with a reason.
      await office.reload();
      const ot = officeTexts[lang];
      const record = office.getByTestId('enp-office').locator('.ant-list-item')
        .filter({ hasText: courts.COURT_ACT_KIND_TEXTS.hearing_record[lang] }).filter({ has: office.getByLabel(ot.reason) });
      await record.getByLabel(ot.reason).fill(lang === 'kk' ? 'Жабық сот отырысы' : 'Закрытое судебное заседание');
      await record.getByRole('button', { name: ot.block }).click();
      await expect(record.getByText(`${ot.blocked}:`)).toBeVisible();
      expect(await axeProblems(office, false)).toEqual([]);

      // ENP-6: the administrator's new matrix version closes rulings to a civil third person.
      const admin = await (await browser.newContext()).newPage();
      await signInIn(admin, demoUsers.admin, lang);
      const matrix = (await (await admin.request.get('/api/enp/matrix')).json()) as { version: number; cells: { form: string; category: string; kind: string; allowed: boolean }[] };
      const saved = await admin.request.put('/api/enp/matrix', {
        headers: { 'x-csrf-token': await csrfOf(admin) },
        data: { baseVersion: matrix.version, note: 'ENP-6 e2e: rulings closed to a civil third person',
          cells: matrix.cells.map((c) => (c.form === 'civil' && c.category === 'third_party' && c.kind === 'ruling' ? { ...c, allowed: false } : c)) },
      });
      expect(saved.status(), await saved.text()).toBe(200);

      // The third person: the decision only.
      const thirdPassword = await issue(office, lang, THIRD, 'third_party', caseNumber);
      const third = await searchCase(browser, run.second, run.otherLang, THIRD.iin, thirdPassword);
      const theirs = third.page.getByTestId('enp-case-documents').locator('tbody tr');
      await expect(theirs).toHaveCount(1);
      await expect(theirs.first().locator('th')).toContainText(courts.COURT_ACT_KIND_TEXTS.decision[run.otherLang]);
      for (const hidden of all.documents.filter((d) => d.kind !== 'decision')) {
        expect((await third.page.request.get(`/api/enp/case/documents/${encodeURIComponent(hidden.id)}`)).status(), hidden.kind).toBe(404);
      }
      expect(await axeProblems(third.page, true)).toEqual([]);
      expect(await fitsWidth(third.page)).toBeLessThanOrEqual(0);
      expect(defendant.errors).toEqual([]);
      expect(third.errors).toEqual([]);
    });
}
