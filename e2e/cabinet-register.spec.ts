import { expect, test } from '@playwright/test';
import { simulatedPerson } from '@oryndau/adapters';
import { computeCheckDigit } from '@oryndau/kz';
import { catalogs, expectSignInPage, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

/** A valid IIN ГБД ФЛ (the simulator) knows, not among the demo users: born 2 Feb 1991, a random serial. */
function newApplicantIin(): string {
  for (;;) {
    const first11 = `9102023${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    const check = computeCheckDigit(first11);
    if (check !== null && simulatedPerson(`${first11}${check}`) !== null) return `${first11}${check}`;
  }
}

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ISSUE-14 item 2, FILE-3, X-3: a new applicant registers with IIN and password and lands signed in (${lang})`, async ({ page }) => {
    const t = catalogs[lang];
    const iin = newApplicantIin();
    const person = simulatedPerson(iin)!;
    const password = 'Жаңа кабинет 2026';
    await page.goto('/');
    if (lang !== 'kk') await switchLanguage(page, lang);
    await expectSignInPage(page, lang);

    await page.getByRole('link', { name: t.cabinet.registerLink }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.cabinet.title })).toBeVisible();
    await page.getByText(t.cabinet.wayPassword, { exact: true }).click();
    await expect(page.getByRole('radio', { name: t.cabinet.wayPassword })).toBeChecked();
    await page.getByLabel(t.cabinet.iin, { exact: true }).fill(iin);
    await page.getByLabel(t.cabinet.email, { exact: true }).fill('applicant@mail.kz');
    await page.getByLabel(t.cabinet.password, { exact: true }).fill(password);
    await page.getByLabel(t.cabinet.passwordAgain, { exact: true }).fill(`${password}!`);
    await page.getByTestId('register-password-submit').click();
    // The two passwords differ: said in the user's language, nothing sent.
    await expect(page.getByText(t.cabinet.passwordMismatch)).toBeVisible();
    await page.getByLabel(t.cabinet.passwordAgain, { exact: true }).fill(password);
    await page.getByTestId('register-password-submit').click();

    // Signed in, on their home: the name from ГБД ФЛ, the citizen's role, the chosen language kept.
    const fullName = [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home.greeting.replace('{{name}}', fullName));
    await expect(page.getByTestId('roles')).toContainText(t.role.citizen);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    // The same IIN a second time: a clear refusal in the user's language.
    await page.getByRole('button', { name: t.header.signOut }).click();
    await expectSignInPage(page, lang);
    await page.getByRole('link', { name: t.cabinet.registerLink }).click();
    await page.getByText(t.cabinet.wayPassword, { exact: true }).click();
    await expect(page.getByRole('radio', { name: t.cabinet.wayPassword })).toBeChecked();
    await page.getByLabel(t.cabinet.iin, { exact: true }).fill(iin);
    await page.getByLabel(t.cabinet.email, { exact: true }).fill('applicant@mail.kz');
    await page.getByLabel(t.cabinet.password, { exact: true }).fill(password);
    await page.getByLabel(t.cabinet.passwordAgain, { exact: true }).fill(password);
    await page.getByTestId('register-password-submit').click();
    const error = page.getByTestId('error-alert');
    await expect(error).toHaveAttribute('data-code', 'cabinet.already_registered');
    await expect(error).toContainText(lang === 'kk' ? 'тіркелгі бұрыннан бар' : 'уже существует');
  });
}
