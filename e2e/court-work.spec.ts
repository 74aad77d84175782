import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { kkCourtWork } from '../apps/web/src/i18n/kk-court-work.ts';
import { ruCourtWork } from '../apps/web/src/i18n/ru-court-work.ts';
import { axeProblems } from './page-checks.ts';
import { signInIn } from './esign-support.ts';
import { catalogs, demoUsers } from './support.ts';
import type { Lang } from './support.ts';

// Issue 15 (FILE-14): the judge's home counter «acts to sign» leads to the
// work list, which holds what it counts; a row opens the case, where the act
// is signed. The demo case comes from the dev route, the draft from the API.

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-15 FILE-14 (${lang}): the judge's home counter of acts to sign links to the list; the list opens the case`, async ({ page }) => {
    test.setTimeout(60_000);
    const t = catalogs[lang];
    const w = { kk: kkCourtWork, ru: ruCourtWork }[lang];
    await signInIn(page, demoUsers.judge, lang);
    const headers = { 'x-csrf-token': await csrfOf(page) };
    const created = await page.request.post('/api/dev/court-acts/demo-case', { data: {}, headers });
    expect(created.status(), await created.text()).toBe(200);
    const { caseId } = (await created.json()) as { caseId: string };
    const draft = await page.request.post(`/api/court-cases/${caseId}/acts`, { headers, data: {
      kind: 'decision', language: lang, immediateExecution: false,
      fields: { introduction: 'Есіл аудандық соты / Есильский районный суд', description: 'Қарыз / Долг', reasoning: 'Қолхат / Расписка',
        operative: lang === 'kk' ? 'Талап қанағаттандырылсын.' : 'Иск удовлетворить.' } } });
    expect(draft.status(), await draft.text()).toBe(201);

    // The home page was shown at sign-in, before the draft: load it again for a fresh count.
    await page.goto('/#/');
    await page.reload();
    const counter = page.getByTestId('queue-link-courts.actsToSign');
    await expect(counter).toContainText(t.queue.courts.actsToSign);
    const countOf = async () => Number((await counter.locator('.ant-badge').innerText()).replace(/\D/g, ''));
    await expect.poll(countOf).toBeGreaterThanOrEqual(1);
    const count = await countOf();
    await counter.click();

    await expect(page.getByRole('heading', { level: 1, name: t.home.queues })).toBeVisible();
    // Other browser tests draw up the demo judge's acts at the same time: the list holds at least the counted ones and this case's
    // (that the list and the counter are the same query is proven by apps/server/src/courts/work/court-work.int.test.ts).
    const section = page.getByTestId('court-work-courts.actsToSign');
    const row = section.getByTestId('court-work-item').filter({ has: page.locator(`a[href="#/court-cases/${caseId}"]`) });
    await expect(row).toHaveCount(1);
    expect(await section.getByTestId('court-work-item').count()).toBeGreaterThanOrEqual(count);
    await expect(section).not.toContainText(w.none);
    expect(await axeProblems(page, false)).toEqual([]);
    await row.getByTestId('court-work-case').click();
    await expect(page).toHaveURL(new RegExp(`#/court-cases/${caseId}$`));
    await expect(page.getByTestId('court-acts').getByTestId('court-act-sign')).toBeVisible();
  });
}
