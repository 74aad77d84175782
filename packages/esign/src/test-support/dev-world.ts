// A dev PKI with the users the verifier tests need, built once per test file.
import { testAnchor, type TrustAnchor } from '../chain/trust-anchors';
import { createSignedData } from '../cms/create-signed-data';
import { createCrl, type RevokedEntry } from '../dev-ca/create-crl';
import { createDevPki, type DevPki } from '../dev-ca/create-dev-pki';
import { issueCertificate, type IssuedCertificate } from '../dev-ca/issue-certificate';
import { verifySignature } from '../verify/verify-signature';
import type { VerificationResult, VerifyOptions } from '../verify/types';

export const NOW = new Date('2026-03-02T06:00:00Z');
export const LATER = new Date('2026-03-02T06:05:00Z');
export const IIN = '880315300123';
export const HEAD_IIN = '750101400456';
export const BIN = '040340001234';

export type DevWorld = {
  pki: DevPki;
  anchors: TrustAnchor[];
  signer: IssuedCertificate;
  authKey: IssuedCertificate;
  head: IssuedCertificate;
  employee: IssuedCertificate;
  crls: (revoked?: RevokedEntry[], at?: Date) => Promise<Uint8Array[]>;
};

const DAY = 86_400_000;

export async function buildDevWorld(): Promise<DevWorld> {
  const pki = await createDevPki({ now: new Date(NOW.getTime() - 30 * DAY) });
  const person = { now: NOW, iin: IIN, name: 'ТЕСТОВ ТЕСТ', patronymic: 'ТЕСТОВИЧ' };
  const org = { bin: BIN, organization: 'ЖШС "ОРЫНДАУ СЫНАҚ"' };
  return {
    pki,
    anchors: [testAnchor(pki.root.certificate)],
    signer: await issueCertificate(pki, { ...person, purpose: 'sign' }),
    authKey: await issueCertificate(pki, { ...person, purpose: 'auth' }),
    head: await issueCertificate(pki, { now: NOW, iin: HEAD_IIN, name: 'БАСШЫ БАС', purpose: 'sign', ...org, role: 'first-head' }),
    employee: await issueCertificate(pki, { now: NOW, iin: IIN, name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', ...org, role: 'employee' }),
    async crls(revoked = [], at = NOW) {
      const options = { thisUpdate: new Date(at.getTime() - DAY), nextUpdate: new Date(at.getTime() + 7 * DAY), crlNumber: 1 };
      return [await createCrl(pki.issuing, revoked, options), await createCrl(pki.root, [], options)];
    },
  };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function sign(key: { privateKey: IssuedCertificate['privateKey']; certificate: Uint8Array; chain?: Uint8Array[] }, content: Uint8Array, detached = false) {
  return createSignedData({ content, detached, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain ?? [], signingTime: NOW });
}

/** Verifies as the server would for an act, with overrides. */
export async function verifyAct(world: DevWorld, cms: Uint8Array, content: Uint8Array | undefined, options: Partial<VerifyOptions> = {}): Promise<VerificationResult> {
  return verifySignature(content ? { cms, content } : { cms }, {
    anchors: world.anchors, crls: await world.crls(), receivedAt: LATER, purpose: 'sign', allowTestPki: true, ...options,
  });
}

export const codes = (result: VerificationResult) => result.reasons.map((r) => r.code);
export const failed = (result: VerificationResult) => result.checks.filter((c) => !c.ok).map((c) => c.name);
