import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { signInIn } from './esign-support.ts';
import { axeProblems } from './page-checks.ts';
import { demoUsers } from './support.ts';

// Issue 16 item 7 (ENP-8): a participant with a password from the office
// signs in on the portal and chooses on their case page which e-mails they
// want — in Kazakh and in Russian, by label, accessible. (The e-mails
// themselves, their unsubscribe link and the online application of ENP-7 /
// ENP-9 are covered by apps/server/src/enp/enp-notifications.int.test.ts and
// enp-applications.int.test.ts.)

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
const WORDS = {
  kk: { acts: 'Жаңа сот актілері', save: 'Сақтау', saved: 'Сақталды', heading: 'Электрондық пошта хабарламалары' },
  ru: { acts: 'Новые судебные акты', save: 'Сохранить', saved: 'Сохранено', heading: 'Уведомления по электронной почте' },
} as const;

for (const lang of ['kk', 'ru'] as const) {
  test(`ISSUE-16 ENP-8 (${lang}): the participant turns off e-mails about new acts on their case page; the choice is kept`, async ({ page, browser }) => {
    test.setTimeout(90_000);
    const w = WORDS[lang];
    await signInIn(page, demoUsers.judge, lang);
    const created = await page.request.post('/api/dev/court-acts/demo-case', { data: {}, headers: { 'x-csrf-token': await csrfOf(page) } });
    expect(created.status(), await created.text()).toBe(200);
    const { caseId } = (await created.json()) as { caseId: string };
    const office = await (await browser.newContext()).newPage();
    await signInIn(office, demoUsers.courtOffice, lang);
    const iin = lang === 'kk' ? '900101300017' : '860202300016';
    const issued = await office.request.post(`/api/enp/office/cases/${caseId}/accesses`, {
      data: { iin, fullName: 'Өмірзақов Ержан', category: 'plaintiff', appliedOn: '2026-03-02', email: 'e@example.kz', representedEntity: null },
      headers: { 'x-csrf-token': await csrfOf(office) } });
    expect(issued.status(), await issued.text()).toBe(200);
    const { password } = (await issued.json()) as { password: string };

    const portal = await (await browser.newContext()).newPage();
    await portal.goto('/enp');
    if (lang === 'ru') await portal.getByRole('button', { name: 'RUS' }).click();
    await portal.getByTestId('enp-iin').fill(iin);
    await portal.getByTestId('enp-password').fill(password);
    await portal.getByTestId('enp-password').press('Enter');
    const prefs = portal.getByTestId('enp-notification-prefs');
    await expect(prefs.getByRole('heading', { name: w.heading })).toBeVisible();
    const acts = prefs.getByLabel(w.acts);
    await expect(acts).toBeChecked();
    await acts.uncheck();
    await prefs.getByRole('button', { name: w.save }).click();
    await expect(prefs.getByRole('status')).toHaveText(w.saved);
    expect(await axeProblems(portal, true)).toEqual([]);
    const kept = await portal.request.get('/api/enp/notifications');
    expect(await kept.json()).toEqual({ acts: false, documents: true, course: true });
    await portal.reload();
    await expect(portal.getByTestId('enp-notification-prefs').getByLabel(w.acts)).not.toBeChecked();
  });
}
