import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChain } from '../chain/build-chain';
import { parseAnchors, testAnchor } from '../chain/trust-anchors';
import { parseCertificate } from '../certificates/parse-certificate';
import { verifyIssuedBy } from '../certificates/verify-issued-by';
import { createSignedData } from '../cms/create-signed-data';
import { parseCrl } from '../crl/parse-crl';
import { crlIssuedBy, revocationStatus } from '../crl/revocation-status';
import { derOrPem } from '../pem';
import { openPkcs12 } from '../pkcs12';
import { lookAlike } from '../test-support/forgeries';
import { codes, failed } from '../test-support/dev-world';
import { verifySignature } from './verify-signature';

// The NCA's public test PKI (test-fixtures/nca-test/README.md). All of it is
// expired today, so everything is checked "as of" a time inside validity.
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const cert = (path: string) => derOrPem(fixture(path), 'CERTIFICATE')[0]!;
const ACT = new TextEncoder().encode('Сот актісі / Судебный акт');

const KEYS = {
  gost: {
    p12: 'keys/individual_gost2015_2022.p12', pin: 'Aa123456', ca: 'ca/nca_gost2015_test.cer', crl: 'crl/nca_gost2022_test.crl',
    iin: '123456789012', at: new Date('2022-09-01T09:00:00Z'), algorithm: 'GOST3410-2015-512',
  },
  rsa: {
    p12: 'keys/individual_rsa_sign_2021.p12', pin: 'Qwerty12', ca: 'ca/nca_rsa_test.crt', crl: 'crl/nca_rsa_test.crl',
    iin: '123456789011', at: new Date('2021-06-01T09:00:00Z'), algorithm: 'RSA-SHA256',
  },
} as const;

async function signWith(key: (typeof KEYS)[keyof typeof KEYS], detached: boolean) {
  const opened = await openPkcs12(fixture(key.p12), key.pin);
  const cms = await createSignedData({
    content: ACT, detached, privateKey: opened.privateKey, certificate: opened.certificate, chain: opened.chain, signingTime: key.at,
  });
  return { cms, certificate: opened.certificate };
}

const verifyAt = (key: (typeof KEYS)[keyof typeof KEYS], cms: Uint8Array, at: Date) => verifySignature({ cms, content: ACT }, {
  anchors: [testAnchor(cert(key.ca))], crls: [fixture(key.crl)], receivedAt: at, purpose: 'sign', allowTestPki: true, expect: { iin: key.iin },
});

describe('real NCA test material (SIG-4, SIG-7)', () => {
  it('SIG-4: the GOST 34.10-2015 key signs (attached and detached) and verifies inside its validity with its CA as anchor', async () => {
    for (const detached of [false, true]) {
      const { cms } = await signWith(KEYS.gost, detached);
      const result = await verifyAt(KEYS.gost, cms, KEYS.gost.at);
      expect(failed(result)).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.signer).toMatchObject({ iin: '123456789012', algorithm: 'GOST3410-2015-512', purpose: ['sign', 'auth'], roles: ['individual'] });
      expect(result.evidence.crls).toHaveLength(1);
    }
  });

  it('SIG-4: the RSA key signs and verifies inside its validity; revocation fails closed (no NCA test CRL covers 2021)', async () => {
    const { cms } = await signWith(KEYS.rsa, false);
    const result = await verifyAt(KEYS.rsa, cms, KEYS.rsa.at);
    // Every check but revocation passes. The only RSA test CRL was issued
    // 2022-03-29, after this key expired (2022-01-18), so it cannot prove
    // anything about it — the verifier must not call it good.
    expect(failed(result)).toEqual(['revocation']);
    expect(codes(result)).toEqual(['revocation_unknown']);
    expect(result.signer).toMatchObject({ iin: '123456789011', algorithm: 'RSA-SHA256', purpose: ['sign'] });
  });

  it('SIG-7: both real keys are reported expired as of today', async () => {
    for (const key of [KEYS.gost, KEYS.rsa]) {
      const { cms } = await signWith(key, false);
      const result = await verifyAt(key, cms, new Date());
      expect(result.valid).toBe(false);
      expect(codes(result)).toContain('certificate_expired');
    }
  });

  it('SIG-4: an NCA RSA certificate chains and is not revoked per the NCA CRL while both were current', async () => {
    const leaf = parseCertificate(cert('certs/individual_valid_sign_2004_rsa.cer'));
    const [anchor] = parseAnchors([testAnchor(cert(KEYS.rsa.ca))]);
    const at = new Date('2022-06-01T00:00:00Z');
    expect(await buildChain(leaf, [], [anchor!], at)).toMatchObject({ ok: true });
    const crl = parseCrl(fixture(KEYS.rsa.crl));
    expect(await crlIssuedBy(crl, anchor!.cert)).toMatchObject({ ok: true });
    expect(await revocationStatus(leaf, anchor!.cert, [crl], at)).toMatchObject({ status: 'good' });
  });

  it('SIG-4: look-alikes of a real NCA certificate are refused (self-signed; naming the NCA CA with a zero signature)', async () => {
    const original = cert('certs/individual_valid_sign_2004_rsa.cer');
    const at = new Date('2022-06-01T00:00:00Z');
    const options = { anchors: [testAnchor(cert(KEYS.rsa.ca))], crls: [fixture(KEYS.rsa.crl)], receivedAt: at, purpose: 'sign' as const, allowTestPki: true };
    for (const [forgery, code] of [
      [await lookAlike(original, { issuer: 'self' }), 'untrusted_chain'],
      [await lookAlike(original, { issuer: 'copy', signature: 'zero' }), 'chain_signature_invalid'],
    ] as const) {
      expect(parseCertificate(forgery.certificate).subject.iin).toBe('123456789011');
      const cms = await createSignedData({ content: ACT, privateKey: forgery.privateKey, certificate: forgery.certificate, signingTime: at });
      const result = await verifySignature({ cms, content: ACT }, { ...options, expect: { iin: '123456789011' } });
      expect(result.valid).toBe(false);
      expect(codes(result)).toContain(code);
    }
  });

  it('SIG-4: legacy GOST 34.310-2004 certificates are read but refused as unsupported', async () => {
    const ceo = parseCertificate(cert('certs/ceo_valid_sign_2004_gost.cer'));
    expect(ceo.subject).toMatchObject({ iin: '123456789011', bin: '123456789021', organization: 'АО "ТЕСТ"' });
    expect(ceo.roles).toEqual(['legal-entity', 'first-head']);
    expect(ceo.algorithm).toMatchObject({ supported: false, name: null });
    expect(ceo.algorithm.description).toContain('GOST 34.310-2004');
    const ca = parseCertificate(cert('ca/nca_gost_test.crt'));
    expect(await verifyIssuedBy(ceo, ca)).toMatchObject({ ok: false, reason: 'unsupported_algorithm' });
  });

  it('SIG-4: the NCA GOST 2022 CRL verifies under its CA', async () => {
    const crl = parseCrl(fixture(KEYS.gost.crl));
    expect(crl.entries.size).toBe(6);
    expect(crl.entries.get('0FD51BA7059261AE60CC621F316DB4EF0EF4BA14')?.reason).toBe('keyCompromise');
    expect(await crlIssuedBy(crl, parseCertificate(cert(KEYS.gost.ca)))).toMatchObject({ ok: true });
  });
});
