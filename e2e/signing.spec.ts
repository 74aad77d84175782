import { expect, test } from '@playwright/test';
import { createSample, demoKey, dropFile, loadKeyFile, signInIn, signingDialog } from './esign-support.ts';
import { catalogs, demoUsers, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

const { kk, ru } = catalogs;

test('SIG-2/SIG-3: a private bailiff signs a sample resolution with a demo key file in Chromium', async ({ page, request, browser, baseURL }) => {
  const signKey = await demoKey(request, demoUsers.privateBailiff, 'sign');
  const authKey = await demoKey(request, demoUsers.privateBailiff, 'auth');

  // Dev mode: the sign-in page lists the demo key files and their PINs.
  await page.goto('/');
  await expect(page.getByTestId('demo-keys')).toBeVisible();
  await expect(page.locator(`[data-testid="demo-key-download"][data-iin="${demoUsers.privateBailiff}"][data-purpose="sign"]`))
    .toHaveAttribute('href', signKey.url);

  await signInIn(page, demoUsers.privateBailiff, 'kk');
  const sample = await createSample(page, 'kk');
  await expect(page.getByTestId('sample-text')).toContainText(demoUsers.privateBailiff);

  // Key and PIN are opened in the browser: no request carries them.
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));

  await page.getByTestId('sample-sign').click();
  const dialog = signingDialog(page);
  await expect(dialog.getByTestId('signing-countdown')).toContainText(/[45]:\d\d/);

  // A wrong PIN says so.
  await loadKeyFile(page, signKey, 'kk', 'not-the-pin');
  await expect(dialog.getByTestId('key-error')).toHaveText(kk.esign.keyError.wrongPin);

  // The authentication key is the wrong one for an act: a warning; disconnect and load the signing key.
  await loadKeyFile(page, authKey, 'kk');
  await expect(dialog.getByTestId('key-mismatch')).toHaveText(kk.esign.mismatch.purpose.sign);
  await dialog.getByTestId('key-disconnect').click();
  await loadKeyFile(page, signKey, 'kk');

  // SIG-2: the owner is shown before anything is signed.
  await expect(dialog.getByTestId('key-owner-iin')).toHaveText(demoUsers.privateBailiff);
  await expect(dialog.getByTestId('key-owner-name')).not.toBeEmpty();
  await expect(dialog.getByTestId('key-owner-purpose')).toContainText(kk.esign.purpose.sign);
  await expect(dialog.getByTestId('key-mismatch')).toHaveCount(0);
  await dialog.getByTestId('signing-submit').click();

  await expect(page.getByTestId('signing-success')).toContainText(kk.devSigning.signed);
  const qr = page.getByTestId('signature-qr');
  await expect(qr).toHaveAttribute('src', `/api/verify/${sample.id}/qr.svg`);
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('verify-link')).toHaveAttribute('href', `/verify/${sample.id}`);
  const submitted = sent.filter((line) => line.includes('/api/'));
  expect(submitted.some((line) => line.includes(`/signature`))).toBe(true);
  for (const line of submitted) {
    expect(line).not.toContain(signKey.pin);
    expect(line).not.toContain(signKey.bytes.toString('base64').slice(0, 64));
  }

  // SIG-6/SIG-7: the public page, without signing in (a fresh browser context).
  const visitor = await browser.newPage({ baseURL: baseURL ?? '', locale: 'kk-KZ', timezoneId: 'Asia/Almaty' });
  await visitor.goto(`/verify/${sample.id}`);
  await expect(visitor.getByRole('heading', { level: 1, name: kk.verify.title })).toBeVisible();
  await expect(visitor.getByTestId('verify-title')).not.toBeEmpty();
  await expect(visitor.getByTestId('verify-sha256')).toContainText(/[0-9a-f]{64}/);
  const signature = visitor.getByTestId('verify-signature');
  await expect(signature).toHaveCount(1);
  await expect(signature.getByTestId('signature-verdict')).toHaveAttribute('data-valid', 'true');
  await expect(signature.getByTestId('signature-verdict')).toContainText(kk.verify.valid);
  await expect(signature.getByTestId('signature-signer')).toContainText('*');
  await expect(signature.getByTestId('signature-iin')).toHaveText(`${demoUsers.privateBailiff.slice(0, 4)}********`);
  await expect(visitor.getByText(demoUsers.privateBailiff)).toHaveCount(0);

  // SIG-7, issue 12: the signing's journal entry and its inclusion proof, checked in this browser.
  // The sealer seals within seconds; until then the page asks for a reload.
  const journal = visitor.getByTestId('verify-journal');
  await expect.poll(async () => {
    const state = await journal.getAttribute('data-state');
    if (state === 'pending') await visitor.reload();
    return state;
  }, { timeout: 30_000, intervals: [2_000] }).toBe('verified');
  const before = (text: string) => text.split('{{')[0]!.trim();
  await expect(journal.getByTestId('journal-proof')).toHaveCount(1);
  await expect(journal.getByTestId('journal-proof')).toContainText(before(kk.verify.journal.signed));
  await expect(journal.getByTestId('journal-proof')).toContainText(before(kk.verify.journal.checked));
  await expect(visitor.getByText(demoUsers.privateBailiff)).toHaveCount(0);

  // Anyone drops the file they hold: hashed in the browser, never uploaded.
  const uploads: string[] = [];
  visitor.on('request', (r) => {
    if (r.method() !== 'GET') uploads.push(r.url());
  });
  await dropFile(visitor, 'resolution.txt', sample.bytes);
  await expect(visitor.getByTestId('file-check-result')).toHaveAttribute('data-match', 'true');
  await expect(visitor.getByTestId('file-check-result')).toContainText(kk.verify.drop.matches);
  await dropFile(visitor, 'altered.txt', Buffer.concat([sample.bytes, Buffer.from(' ')]));
  await expect(visitor.getByTestId('file-check-result')).toHaveAttribute('data-match', 'false');
  expect(uploads).toEqual([]);

  await switchLanguage(visitor, 'ru');
  await expect(visitor.getByRole('heading', { level: 1, name: ru.verify.title })).toBeVisible();
  await expect(signature.getByTestId('signature-verdict')).toContainText(ru.verify.valid);
  await expect(journal.getByTestId('journal-proof')).toContainText(before(ru.verify.journal.signed));
  await visitor.close();
});

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`SIG-3: an expired challenge shows the ${lang} message and signing starts again`, async ({ page, request }) => {
    const t = catalogs[lang];
    const key = await demoKey(request, demoUsers.privateBailiff, 'sign');
    await signInIn(page, demoUsers.privateBailiff, lang);
    await createSample(page, lang);

    // The server's answer says the challenge ran out (expiresAt = startedAt): the UI trusts the server's times.
    await page.route('**/api/documents/*/signing', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { startedAt: string; expiresAt: string };
      await route.fulfill({ response, json: { ...body, expiresAt: body.startedAt } });
    });
    await page.getByTestId('sample-sign').click();
    const dialog = signingDialog(page);
    const expired = dialog.getByTestId('signing-expired');
    await expect(expired).toContainText(t.esign.expired.title);
    await expect(expired).toContainText(t.esign.expired.text);
    await expect(dialog.getByTestId('signing-countdown')).toHaveCount(0);

    // The key may be opened meanwhile; signing is not offered until a new challenge.
    await loadKeyFile(page, key, lang);
    await expect(dialog.getByTestId('key-owner-iin')).toHaveText(demoUsers.privateBailiff);
    await expect(dialog.getByTestId('signing-submit')).toBeDisabled();

    await page.unroute('**/api/documents/*/signing');
    await expired.getByRole('button', { name: t.esign.restart }).click();
    await expect(dialog.getByTestId('signing-countdown')).toContainText(/[45]:\d\d/);
    await dialog.getByTestId('signing-submit').click();
    await expect(page.getByTestId('signing-success')).toContainText(t.devSigning.signed);
  });
}

test('SIG-4: a signature made with someone else\'s key is refused with the server\'s kk/ru reasons', async ({ page, request }) => {
  const foreign = await demoKey(request, demoUsers.stateBailiff, 'sign');
  await signInIn(page, demoUsers.privateBailiff, 'ru');
  await createSample(page, 'ru');
  await page.getByTestId('sample-sign').click();
  const dialog = signingDialog(page);
  await loadKeyFile(page, foreign, 'ru');
  await expect(dialog.getByTestId('key-owner-iin')).toHaveText(demoUsers.stateBailiff);
  await dialog.getByTestId('signing-submit').click();
  const error = dialog.getByTestId('signing-error');
  await expect(error).toHaveAttribute('data-code', 'signing.signature_invalid');
  await expect(error).toContainText(ru.esign.rejected);
  const reasons = dialog.getByTestId('signing-reasons').locator('li');
  await expect(reasons.first()).toBeVisible();
  await expect(reasons.first()).toHaveText(/[а-яё]/i);
  // The same challenge stays usable: nothing was accepted.
  await expect(dialog.getByTestId('signing-countdown')).toBeVisible();
});
