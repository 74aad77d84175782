import { expect, test } from '@playwright/test';
import { kkArchive } from '../apps/web/src/i18n/kk-archive.ts';
import { ruArchive } from '../apps/web/src/i18n/ru-archive.ts';
import { axeProblems, identifierProblems } from './page-checks.ts';
import { catalogs, demoUsers, signIn, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// Issue 15 item 4 (FILE-17, §62): the court secretary's «Мұрағатқа
// тапсырылатын істер» / «Дела к передаче в архив» — reached from the home
// counter, in kk and ru, accessible. (The whole chain up to an archived case
// with its signed inventory is e2e/court-chain.spec.ts; the archive's API is
// covered by apps/server/src/courts/archive/archive.int.test.ts.)

const archiveTexts = { kk: kkArchive, ru: ruArchive };

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-15 item 4, FILE-17 (${lang}): the secretary opens the cases due at the archive from the home counter`, async ({ page }) => {
    const t = catalogs[lang];
    await page.goto('/');
    await switchLanguage(page, lang);
    await signIn(page, demoUsers.courtSecretary, lang);
    // The home's counter (the menu has a link of the same name).
    const queueLink = page.getByTestId('queue-link-courts.toArchive');
    await expect(queueLink).toContainText(t.queue.courts.toArchive);
    await expect(queueLink).toBeVisible();
    await queueLink.click();
    await expect(page.getByRole('heading', { level: 1, name: t.queue.courts.toArchive })).toBeVisible();
    await expect(page.getByTestId('archive-queue')).toContainText(archiveTexts[lang].queueEmpty);
    expect(await identifierProblems(page)).toEqual([]);
    expect(await axeProblems(page, false)).toEqual([]);
  });
}
