import { expect, test } from '@playwright/test';
import { demoKey, loadKeyFile, signingDialog } from './esign-support.ts';
import { catalogs, demoUsers, expectSignInPage, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`ЭЦП sign-in with an authentication key (${lang}); a signing key is warned about first`, async ({ page, request }) => {
    const t = catalogs[lang];
    const signKey = await demoKey(request, demoUsers.privateBailiff, 'sign');
    const authKey = await demoKey(request, demoUsers.privateBailiff, 'auth');
    await page.goto('/');
    if (lang !== 'kk') await switchLanguage(page, lang);
    await expectSignInPage(page, lang);

    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} ${r.postData() ?? ''}`);
    });

    await page.getByRole('button', { name: t.esignSignIn.button }).click();
    const dialog = signingDialog(page);
    await expect(dialog).toBeVisible();

    // A signing key does not sign in: said before anything is sent.
    await loadKeyFile(page, signKey, lang);
    await expect(dialog.getByTestId('key-mismatch')).toHaveText(t.esign.mismatch.purpose.auth);
    await dialog.getByTestId('signing-submit').click();
    await expect(page.getByText(t.esign.sendAnywayQuestion)).toBeVisible();
    await page.getByRole('button', { name: t.esign.cancel }).click();
    expect(posts.filter((p) => p.startsWith('/api/auth/esign'))).toEqual([]);

    await dialog.getByTestId('key-disconnect').click();
    await loadKeyFile(page, authKey, lang);
    await expect(dialog.getByTestId('key-owner-iin')).toHaveText(demoUsers.privateBailiff);
    await expect(dialog.getByTestId('key-owner-purpose')).toContainText(t.esign.purpose.auth);
    await expect(dialog.getByTestId('key-mismatch')).toHaveCount(0);
    await dialog.getByTestId('signing-submit').click();

    await expect(page.getByTestId('current-user')).not.toBeEmpty();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('roles')).toBeVisible();
    // Nonce first, then the CMS; never the key file or its PIN.
    expect(posts.map((p) => p.split(' ')[0])).toEqual(['/api/auth/esign/challenge', '/api/auth/esign']);
    expect(posts.join('\n')).not.toContain(authKey.pin);
  });
}

test('ЭЦП sign-in: a signing key sent anyway is refused by the server, in the user\'s language', async ({ page, request }) => {
  const signKey = await demoKey(request, demoUsers.privateBailiff, 'sign');
  await page.goto('/');
  await switchLanguage(page, 'ru');
  await page.getByRole('button', { name: catalogs.ru.esignSignIn.button }).click();
  const dialog = signingDialog(page);
  await loadKeyFile(page, signKey, 'ru');
  await dialog.getByTestId('signing-submit').click();
  await page.getByRole('button', { name: catalogs.ru.esign.sendAnyway }).click();
  const error = dialog.getByTestId('signing-error');
  await expect(error).toHaveAttribute('data-code', /^(signing\.signature_invalid|auth\.)/);
  await expect(error).toHaveText(/[а-яё]/i);
  await expectSignInPage(page, 'ru');
});
