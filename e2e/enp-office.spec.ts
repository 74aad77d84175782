import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { kkEnpOffice } from '../apps/web/src/i18n/kk-enp-office.ts';
import { ruEnpOffice } from '../apps/web/src/i18n/ru-enp-office.ts';
import { signInIn } from './esign-support.ts';
import { axeProblems } from './page-checks.ts';
import { demoUsers } from './support.ts';
import type { Lang } from './support.ts';

// Issue 16 (ENP-1, ENP-2, ENP-3, ENP-11): the court office enters a
// participant's application in the case's «ЭНП» section, the password is
// shown once with its card; that password opens the case on the portal's
// API, and the view appears in the section's access history. (The public
// portal's pages are a separate part; the API is covered by
// apps/server/src/enp/*.int.test.ts.)

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';

async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  const open = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if (await open.count() > 0) await page.keyboard.press('Tab');
    await expect(open).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-16 ENP-1, ENP-2, ENP-3, ENP-11 (${lang}): the office issues a password with its card; it opens the case; the view is in the history`,
    async ({ page, browser }) => {
      test.setTimeout(90_000);
      const t = { kk: kkEnpOffice, ru: ruEnpOffice }[lang];
      await signInIn(page, demoUsers.judge, lang);
      const created = await page.request.post('/api/dev/court-acts/demo-case', { data: {}, headers: { 'x-csrf-token': await csrfOf(page) } });
      expect(created.status(), await created.text()).toBe(200);
      const { caseId } = (await created.json()) as { caseId: string };

      const office = await (await browser.newContext()).newPage();
      await signInIn(office, demoUsers.courtOffice, lang);
      await office.goto(`/#/court-cases/${caseId}`);
      const section = office.getByTestId('enp-office');
      await expect(section.getByRole('heading', { name: t.issueTitle })).toBeVisible();
      // A wrong check digit is refused on the page.
      await section.getByLabel(t.iin, { exact: true }).fill('900101300018');
      await section.getByTestId('enp-issue').click();
      await expect(section.getByText(t.iinInvalid)).toBeVisible();
      await section.getByLabel(t.iin, { exact: true }).fill('900101300017');
      await section.getByLabel(t.fullName, { exact: true }).fill('Өмірзақов Ержан Серікұлы');
      await choose(office, section, t.category, lang === 'kk' ? 'Жауапкер' : 'Ответчик');
      await section.getByLabel(t.email, { exact: true }).fill('erzhan@example.kz');
      await section.getByTestId('enp-issue').click();
      const issued = section.getByTestId('enp-issued');
      await expect(issued).toBeVisible();
      const password = (await section.getByTestId('enp-password').innerText()).trim();
      expect(password).toMatch(/^[A-Za-z0-9]{10}$/);
      const download = office.waitForEvent('download');
      await section.getByTestId('enp-card').click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

      // The participant, elsewhere: the password opens the case.
      const portal = await browser.newContext();
      await portal.request.get('/api/session');
      const csrf = (await portal.cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
      const signed = await portal.request.post('/api/enp/sign-in', { data: { iin: '900101300017', password }, headers: { 'x-csrf-token': csrf } });
      expect(signed.status(), await signed.text()).toBe(200);
      const view = await portal.request.get('/api/enp/case');
      expect(view.status()).toBe(200);
      expect(((await view.json()) as { me: { category: string } }).me.category).toBe('defendant');

      await office.reload();
      const history = office.getByTestId('enp-office');
      await expect(history.getByText(lang === 'kk' ? 'Жауапкер' : 'Ответчик').first()).toBeVisible();
      await expect(history.getByText('900101300017').first()).toBeVisible();
      expect(await axeProblems(office, false)).toEqual([]);
    });
}
