import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevPki, type DevPki } from './dev-ca/create-dev-pki';
import { issueCertificate } from './dev-ca/issue-certificate';
import { createCrl } from './dev-ca/create-crl';
import { createSignedData } from './cms/create-signed-data';
import { toPem } from './pem';

// What the library writes must be what the rest of the world reads: checked
// with the real openssl binary.
const dir = mkdtempSync(join(tmpdir(), 'oryndau-openssl-'));
const file = (name: string, bytes?: Uint8Array | string) => {
  const path = join(dir, name);
  if (bytes !== undefined) writeFileSync(path, bytes);
  return path;
};
const openssl = (...args: string[]) => spawnSync('openssl', args, { encoding: 'utf8' });
const NOW = new Date();
const DATA = new TextEncoder().encode('Қаулы / Постановление');

let pki: DevPki;
beforeAll(async () => {
  pki = await createDevPki({ now: NOW });
  file('root.pem', toPem(pki.root.certificate, 'CERTIFICATE'));
  file('issuing.pem', toPem(pki.issuing.certificate, 'CERTIFICATE'));
  file('data.txt', DATA);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openssl reads what @oryndau/esign writes (SIG-1)', () => {
  it('SIG-1: RSA and ECDSA CAdES signatures, attached and detached, verify with openssl cms', async () => {
    for (const algorithm of ['RSA-SHA256', 'ECDSA-P256-SHA256'] as const) {
      const key = await issueCertificate(pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm });
      expect(openssl('verify', '-CAfile', file('root.pem'), '-untrusted', file('issuing.pem'), file(`${algorithm}.pem`, toPem(key.certificate, 'CERTIFICATE'))).stdout)
        .toContain(': OK');
      for (const detached of [false, true]) {
        const cms = await createSignedData({ content: DATA, detached, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: NOW });
        const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', file(`${algorithm}-${detached}.cms`, cms), '-CAfile', file('root.pem'), '-purpose', 'any', '-out', file('out.txt')];
        const result = openssl(...args, ...(detached ? ['-content', file('data.txt')] : []));
        expect(result.stderr, `${algorithm} detached=${detached}`).toContain('Verification successful');
        // The ESS signing-certificate-v2 attribute is there for openssl too.
        expect(openssl('cms', '-cmsout', '-print', '-inform', 'DER', '-in', file(`${algorithm}-${detached}.cms`)).stdout).toContain('1.2.840.113549.1.9.16.2.47');
      }
    }
  });

  it('SIG-1: dev CRLs verify with openssl crl', async () => {
    const leaf = await issueCertificate(pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'auth' });
    const crl = await createCrl(pki.issuing, [{ serialNumber: leaf.serialNumber, revokedAt: NOW, reason: 'keyCompromise' }], {
      thisUpdate: NOW, nextUpdate: new Date(NOW.getTime() + 86_400_000), crlNumber: 7,
    });
    const result = openssl('crl', '-inform', 'DER', '-in', file('dev.crl', crl), '-CAfile', file('issuing.pem'), '-noout', '-text');
    expect(result.stderr).toContain('verify OK');
    expect(result.stdout).toContain(leaf.serialNumber);
    expect(result.stdout).toContain('Key Compromise');
  });
});
