import { expect, test } from '@playwright/test';
import { createSample, demoKey, signInIn, signingDialog } from './esign-support.ts';
import { ncaLayerPort, startNcaLayerStandIn } from './ncalayer-stand-in.ts';
import type { NcaLayerStandIn } from './ncalayer-stand-in.ts';
import { catalogs, demoUsers } from './support.ts';

const { kk } = catalogs;

// The stand-in's certificate is self-signed, as NCALayer's own is until the
// user trusts it; Chromium is told to accept it for this file's tests.
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors'],
  },
});

let standIn: NcaLayerStandIn | undefined;
test.afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

// The page connects to NCALayer's real address (the default; the server's
// Content-Security-Policy allows exactly that one in connect-src), so the
// stand-in takes NCALayer's own port rather than overriding the URL.
const ncaLayerUrl = `wss://127.0.0.1:${ncaLayerPort}`;

test('SIG-2: NCALayer path — not running, cancelled, then signed through a stand-in speaking its protocol', async ({ page, request }) => {
  const key = await demoKey(request, demoUsers.privateBailiff, 'sign');
  await signInIn(page, demoUsers.privateBailiff, 'kk');
  const sample = await createSample(page, 'kk');
  await page.getByTestId('sample-sign').click();
  const dialog = signingDialog(page);
  await dialog.getByRole('tab', { name: kk.esign.tab.ncalayer }).click();

  // Not running (nothing on NCALayer's port yet): how to get and start it.
  const absent = dialog.getByTestId('ncalayer-absent');
  await expect(absent).toContainText(kk.esign.ncalayer.absentTitle);
  await expect(absent).toContainText(kk.esign.ncalayer.absentText);
  await expect(absent.getByRole('link', { name: kk.esign.ncalayer.download })).toHaveAttribute('href', /pki\.gov\.kz/);

  // Started: the page finds it.
  standIn = await startNcaLayerStandIn(key.bytes, key.pin);
  expect(standIn.url).toBe(ncaLayerUrl);
  await absent.getByRole('button', { name: kk.esign.ncalayer.retry }).click();
  await expect(dialog.getByTestId('ncalayer-ready')).toHaveText(kk.esign.ncalayer.ready);

  // The user closes NCALayer's window: nothing is sent to the server.
  standIn.mode = 'cancel';
  await dialog.getByTestId('ncalayer-sign').click();
  await expect(dialog.getByTestId('signing-error')).toHaveText(kk.esign.ncalayer.cancelled);

  standIn.mode = 'sign';
  await dialog.getByTestId('ncalayer-sign').click();
  await expect(page.getByTestId('signing-success')).toContainText(kk.devSigning.signed);
  await expect(page.getByTestId('signature-qr')).toHaveAttribute('src', `/api/verify/${sample.id}/qr.svg`);

  const sent = standIn.requests.at(-1);
  expect(sent).toEqual({
    module: 'kz.gov.pki.knca.basics',
    method: 'sign',
    args: {
      allowedStorages: ['AKKaztokenStore', 'AKKZIDCardStore', 'PKCS12'],
      format: 'cms',
      data: sample.bytes.toString('base64'),
      signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: null },
      signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'] },
      locale: 'kk',
    },
  });
  expect(standIn.requests).toHaveLength(2);

  const verdict = await request.get(`/api/verify/${sample.id}`);
  expect(verdict.status()).toBe(200);
  expect(((await verdict.json()) as { signatures: { valid: boolean }[] }).signatures.map((s) => s.valid)).toEqual([true]);
});
