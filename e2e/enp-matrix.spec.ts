import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { kkEnpOffice } from '../apps/web/src/i18n/kk-enp-office.ts';
import { ruEnpOffice } from '../apps/web/src/i18n/ru-enp-office.ts';
import { enpKk } from '../packages/domain/src/i18n/enp-kk.ts';
import { enpRu } from '../packages/domain/src/i18n/enp-ru.ts';
import { axeProblems } from './page-checks.ts';
import { signInIn } from './esign-support.ts';
import { demoUsers } from './support.ts';
import type { Lang } from './support.ts';

// Issue 16 item 4 (ENP-6): the administrator edits the ЭНП visibility matrix
// on its page; a save makes a new version, a save against a version someone
// else replaced meanwhile is refused with the conflict in the user's language
// and nothing is lost on screen. The matrix is put back as it was at the end
// (a new version with the original cell), since other specs read it.

type MatrixCell = { form: string; category: string; kind: string; allowed: boolean };
const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'oryndau_csrf')?.value ?? '';
const matrixOf = async (page: Page) => {
  const answer = await page.request.get('/api/enp/matrix');
  expect(answer.status()).toBe(200);
  return (await answer.json()) as { version: number; cells: MatrixCell[] };
};

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-16 ENP-6 (${lang}): the administrator toggles a cell of the matrix and saves a new version; a stale save is a clear conflict`,
    async ({ page, browser }) => {
      test.setTimeout(90_000);
      const t = { kk: kkEnpOffice, ru: ruEnpOffice }[lang];
      await signInIn(page, demoUsers.admin, lang);
      await page.goto('/#/enp-matrix');
      await expect(page.getByRole('heading', { level: 1, name: t.matrixTitle })).toBeVisible();
      const before = await matrixOf(page);
      const key = 'civil|third_party|hearing_record';
      const original = before.cells.find((c) => `${c.form}|${c.category}|${c.kind}` === key);
      expect(original).toBeDefined();
      await expect(page.getByTestId('enp-matrix-version')).toContainText(String(before.version));
      expect(await axeProblems(page, true), 'axe').toEqual([]);

      // Toggle the cell with the keyboard-reachable checkbox (its accessible name names the category and the kind).
      const box = page.getByTestId(`enp-matrix-${key}`);
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked({ checked: !original!.allowed });
      await page.getByTestId('enp-matrix-note').fill('e2e');

      // Someone else saves first (the same matrix, as the API allows): this page's version is now stale.
      const other = await (await browser.newContext()).newPage();
      await signInIn(other, demoUsers.admin, lang);
      const theirs = await matrixOf(other);
      const saved = await other.request.put('/api/enp/matrix', { data: { baseVersion: theirs.version, note: 'e2e: another administrator', cells: theirs.cells },
        headers: { 'x-csrf-token': await csrfOf(other) } });
      expect(saved.status(), await saved.text()).toBe(200);

      await page.getByTestId('enp-matrix-save').click();
      await expect(page.getByTestId('error-alert')).toContainText({ kk: enpKk, ru: enpRu }[lang]['error.enp.matrix_conflict']);
      expect((await matrixOf(page)).version).toBe(before.version + 1);
      // The edit is still on screen; reload the version in force and redo it.
      await expect(box).toBeChecked({ checked: !original!.allowed });
      await page.getByRole('button', { name: t.matrixReload }).click();
      await expect(page.getByTestId('enp-matrix-version')).toContainText(String(before.version + 1));
      await expect(box).toBeChecked({ checked: original!.allowed });
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked({ checked: !original!.allowed });
      await page.getByTestId('enp-matrix-save').click();
      await expect(page.getByText(t.matrixSaved.replace('{{version}}', String(before.version + 2)))).toBeVisible();
      const after = await matrixOf(page);
      expect(after.version).toBe(before.version + 2);
      expect(after.cells.find((c) => `${c.form}|${c.category}|${c.kind}` === key)?.allowed).toBe(!original!.allowed);

      // Put the matrix back as it was (the other specs read the version in force).
      const restored = await page.request.put('/api/enp/matrix', {
        data: { baseVersion: after.version, note: 'e2e: restored', cells: after.cells.map((c) => (`${c.form}|${c.category}|${c.kind}` === key ? { ...c, allowed: original!.allowed } : c)) },
        headers: { 'x-csrf-token': await csrfOf(page) } });
      expect(restored.status(), await restored.text()).toBe(200);
    });
}
