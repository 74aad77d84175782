import { expect } from '@playwright/test';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { catalogs, mainMenu, signIn, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// Helpers for the signature tests (SIG-2…SIG-7): the dev PKI's demo key
// files come from the server (GET /api/dev/pki/keys) exactly as a newcomer
// downloads them from the sign-in page.

export type DemoKey = { iin: string | null; bin?: string | null; fullName: string; purpose: 'sign' | 'auth'; pin: string; url: string };
export type KeyFile = DemoKey & { bytes: Buffer; name: string };

export async function demoKeys(request: APIRequestContext): Promise<DemoKey[]> {
  const answer = await request.get('/api/dev/pki/keys');
  expect(answer.status(), 'GET /api/dev/pki/keys').toBe(200);
  return ((await answer.json()) as { keys: DemoKey[] }).keys;
}

export async function demoKey(request: APIRequestContext, iin: string, purpose: 'sign' | 'auth'): Promise<KeyFile> {
  const key = (await demoKeys(request)).find((k) => k.iin === iin && k.purpose === purpose);
  if (key === undefined) throw new Error(`no demo ${purpose} key for IIN ${iin} in GET /api/dev/pki/keys`);
  const file = await request.get(key.url);
  expect(file.status(), `GET ${key.url}`).toBe(200);
  return { ...key, bytes: await file.body(), name: key.url.split('/').pop() ?? 'key.p12' };
}

export function signingDialog(page: Page): Locator {
  return page.getByTestId('signing-dialog');
}

/** Chooses the key file and types the PIN in the dialog's "key file" tab, then opens the key. */
export async function loadKeyFile(page: Page, key: KeyFile, lang: Lang, pin = key.pin): Promise<void> {
  const t = catalogs[lang];
  const dialog = signingDialog(page);
  await dialog.getByTestId('key-file-input').setInputFiles({ name: key.name, mimeType: 'application/x-pkcs12', buffer: key.bytes });
  await expect(dialog.getByTestId('key-file-name')).toHaveText(key.name);
  await dialog.getByLabel(t.esign.pin).fill(pin);
  await dialog.getByRole('button', { name: t.esign.file.open }).click();
}

/** Signed in already: opens the dev page, creates a sample resolution, returns its id and exact bytes. */
export async function createSample(page: Page, lang: Lang): Promise<{ id: string; bytes: Buffer }> {
  const t = catalogs[lang];
  await mainMenu(page, lang).getByRole('link', { name: t.nav.devSigning }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.devSigning.title })).toBeVisible();
  const created = page.waitForResponse((r) => r.url().endsWith('/api/dev/sample-document') && r.request().method() === 'POST');
  await page.getByTestId('sample-create').click();
  const answer = await created;
  expect(answer.status()).toBe(200);
  const { documentId } = (await answer.json()) as { documentId: string };
  await expect(page.getByTestId('sample-text')).not.toBeEmpty();
  const content = await page.request.get(`/api/documents/${documentId}/content`);
  expect(content.status()).toBe(200);
  return { id: documentId, bytes: await content.body() };
}

/** Drops a file on the verification page's drop zone, the way a user drags it from the desktop. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name: fileName, data }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], fileName));
    return transfer;
  }, { name, data: [...bytes] });
  await page.getByTestId('file-drop').dispatchEvent('drop', { dataTransfer });
}

/**
 * Signs in with IIN and password and puts the screen in `lang`: a user's
 * saved language applies at sign-in, and other tests may have changed it.
 */
/**
 * Signs in with an ЭЦП authentication key file (the demo PKI's key of `iin`),
 * as a citizen does on the portal (LIC-2, X-3) — then the language is chosen
 * again, so it wins over whatever an earlier test left in the profile.
 */
export async function esignSignInIn(page: Page, request: APIRequestContext, iin: string, lang: Lang): Promise<void> {
  const authKey = await demoKey(request, iin, 'auth');
  await page.goto('/');
  await switchLanguage(page, lang);
  await page.getByRole('button', { name: catalogs[lang].esignSignIn.button }).click();
  const dialog = signingDialog(page);
  await expect(dialog).toBeVisible();
  await loadKeyFile(page, authKey, lang);
  await expect(dialog.getByTestId('key-owner-iin')).toHaveText(iin);
  await dialog.getByTestId('signing-submit').click();
  await expect(page.getByTestId('current-user')).not.toBeEmpty();
  await switchLanguage(page, lang);
}

export async function signInIn(page: Page, iin: string, lang: Lang): Promise<void> {
  await page.goto('/');
  // Chosen on the sign-in page, so it wins over whatever language an earlier
  // test left in this person's profile (ISSUE-13 item 7).
  await switchLanguage(page, lang);
  await signIn(page, iin, lang);
  await expect(page.getByTestId('current-user')).not.toBeEmpty();
  await switchLanguage(page, lang);
}
