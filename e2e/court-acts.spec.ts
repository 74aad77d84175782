import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { courts } from '@oryndau/domain';
import { demoKey, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import { axeProblems } from './page-checks.ts';
import { kkCourtActs } from '../apps/web/src/i18n/kk-court-acts.ts';
import { ruCourtActs } from '../apps/web/src/i18n/ru-court-acts.ts';
import { demoUsers } from './support.ts';
import type { Lang } from './support.ts';

// Issue 15 items 1-2 (FILE-14, FILE-15, SIG-5, SIG-6): the judge draws up a
// decision from the template and signs it with a key file; the citizen sees
// it on their filing in «Мои дела»; once the appeal term has run (moved to
// today by the dev route — a month cannot pass in a browser test) the judge
// signs the legal-force mark and its verification QR code is shown.

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-15 FILE-14, FILE-15, SIG-6 (${lang}): the judge signs a decision with a key file → the citizen sees it in «Мои дела» → the legal-force mark with its QR`,
    async ({ page, request, browser }) => {
      test.setTimeout(90_000);
      const t = { kk: kkCourtActs, ru: ruCourtActs }[lang];
      const signKey = await demoKey(request, demoUsers.judge, 'sign');
      await signInIn(page, demoUsers.judge, lang);
      const created = await page.request.post('/api/dev/court-acts/demo-case', { data: {}, headers: { 'x-csrf-token': await csrfOf(page) } });
      expect(created.status(), await created.text()).toBe(200);
      const demo = (await created.json()) as { caseId: string; filingId: string };

      // FILE-14: a decision from the template, signed with the judge's key file.
      await page.goto(`/#/court-cases/${demo.caseId}`);
      const section = page.getByTestId('court-acts');
      await expect(section.getByText(t.none)).toBeVisible();
      await section.getByTestId('court-act-new').click();
      await page.getByLabel(t.operative).fill(lang === 'kk' ? 'Талап толық қанағаттандырылсын.' : 'Иск удовлетворить полностью.');
      await page.getByTestId('court-act-save').click();
      const act = section.getByTestId('court-act').first();
      await expect(act.getByTestId('court-act-status')).toHaveText(courts.COURT_ACT_STATUS_TEXTS.draft[lang]);
      await act.getByTestId('court-act-sign').click();
      await expect(signingDialog(page)).toBeVisible();
      await loadKeyFile(page, signKey, lang);
      await signingDialog(page).getByTestId('signing-submit').click();
      await expect(act.getByTestId('court-act-status')).toHaveText(courts.COURT_ACT_STATUS_TEXTS.signed[lang], { timeout: 20_000 });
      await expect(act.getByTestId('court-act-legal-force-date')).toBeVisible();
      await expect(act.getByTestId('court-act-edit')).toHaveCount(0);
      expect(await axeProblems(page, false)).toEqual([]);

      // §47: the citizen finds it on the filing in «Мои дела» and can download it.
      const citizenContext = await browser.newContext();
      const citizen = await citizenContext.newPage();
      await signInIn(citizen, demoUsers.citizen, lang);
      await citizen.goto(`/#/courts/filings/${demo.filingId}`);
      const mine = citizen.getByTestId('filing-acts').getByTestId('court-act');
      await expect(mine).toHaveCount(1);
      await expect(mine.getByTestId('court-act-title')).toContainText(courts.COURT_ACT_KIND_TEXTS.decision[lang]);
      const pdf = await citizen.request.get((await mine.getByTestId('court-act-download').getAttribute('href')) ?? '');
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // FILE-15, SIG-6: the term has run; the judge signs the mark; the QR of its signature leads to /verify.
      const acts = (await (await page.request.get(`/api/court-cases/${demo.caseId}/acts`)).json()) as { items: { id: string }[] };
      const elapsed = await page.request.post(`/api/dev/court-acts/${acts.items[0]!.id}/term-elapsed`, { data: {}, headers: { 'x-csrf-token': await csrfOf(page) } });
      expect(elapsed.status()).toBe(200);
      await page.reload();
      await act.getByTestId('court-act-mark').click();
      await expect(signingDialog(page)).toBeVisible();
      await loadKeyFile(page, signKey, lang);
      await signingDialog(page).getByTestId('signing-submit').click();
      const qr = act.getByTestId('court-act-qr');
      await expect(qr).toBeVisible({ timeout: 20_000 });
      await expect(qr).toHaveAttribute('alt', t.qrAlt);
      expect((await page.request.get((await qr.getAttribute('src')) ?? '')).status()).toBe(200);
      expect(await axeProblems(page, false)).toEqual([]);

      await citizen.reload();
      await expect(citizen.getByTestId('filing-acts').getByTestId('court-act-qr')).toBeVisible();
      await expect(citizen.getByTestId('filing-acts').getByTestId('court-act-in-force')).toBeVisible();
      await citizenContext.close();
    });
}
