import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { EKU_OID } from '../certificates/oids';
import { createDevPki } from '../dev-ca/create-dev-pki';
import { issueCertificate, issueOcspResponderCertificate } from '../dev-ca/issue-certificate';
import { answerOcspRequest, signOcspResponse, type OcspAnswer } from '../dev-ca/ocsp-responder';
import { derOrPem } from '../pem';
import { openPkcs12 } from '../pkcs12';
import { buildDevWorld, NOW, type DevWorld } from '../test-support/dev-world';
import { certIdFor } from './cert-id';
import { checkOcspResponse } from './check-response';
import { queryOcsp, type OcspTransport } from './fetch';
import { OCSP_OID } from './oids';
import { parseOcspResponse } from './parse-response';
import { buildOcspRequest, parseOcspRequest } from './request';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const certOf = (path: string) => parseCertificate(derOrPem(fixture(path), 'CERTIFICATE')[0]!);
const DAY = 86_400_000;
const MIN = 60_000;

// The NCA test responder's answer about the RSA test key of 2021
// (serial 4279390A…, valid 2021-01-18 … 2022-01-18): produced 2022-09-02
// 16:53:59Z, no nextUpdate, signed by a delegated responder certificate
// (EKU OCSPSigning, valid 2022-03-25 … 2023-03-25) of "ҰКО 3.0 (RSA TEST)".
// The responder certificate has expired since, so the time of interest is
// fixed: a few minutes after the answer, as a verifier receiving it then.
const NCA_RESPONSE = 'ocsp/ocsp_response_individual_sign_2004.bin';
const PRODUCED = new Date('2022-09-02T16:53:59Z');
const AT = new Date('2022-09-02T16:58:00Z');

describe('issue 11 item 11 OCSP (RFC 6960) — SIG-4 revocation, SIG-7 evidence', { timeout: 60_000 }, () => {
  let ncaLeaf: NcaCertificate;
  let ncaCa: NcaCertificate;
  let world: DevWorld;
  let leaf: NcaCertificate;
  let issuing: NcaCertificate;
  const ca = () => ({ certificate: world.pki.issuing.certificate, privateKey: world.pki.issuing.privateKey });
  const answer = async (status: OcspAnswer['status'], extra: Partial<OcspAnswer> = {}, cert = leaf): Promise<OcspAnswer> => ({
    certId: (await certIdFor(cert, issuing, OCSP_OID.sha256))!, status, thisUpdate: NOW, ...extra,
  });

  beforeAll(async () => {
    ncaLeaf = parseCertificate((await openPkcs12(fixture('keys/individual_rsa_sign_2021.p12'), 'Qwerty12')).certificate);
    ncaCa = certOf('ca/nca_rsa_test.crt');
    world = await buildDevWorld();
    leaf = parseCertificate(world.signer.certificate);
    issuing = parseCertificate(world.pki.issuing.certificate);
  });

  it('issue 11 item 11 SIG-4: the NCA test response is read strictly and accepted for its certificate at a fixed time of interest', async () => {
    const parsed = parseOcspResponse(fixture(NCA_RESPONSE));
    expect(parsed.responseStatus).toBe('successful');
    expect(parsed.basic?.producedAt).toEqual(PRODUCED);
    expect(parsed.basic?.responses).toHaveLength(1);
    expect(parsed.basic?.responses[0]).toMatchObject({ status: { kind: 'good' }, nextUpdate: null, certId: { hashOid: OCSP_OID.sha256, serialNumber: ncaLeaf.serialNumber } });
    expect(parsed.basic?.certificates).toHaveLength(1);
    const verdict = await checkOcspResponse(fixture(NCA_RESPONSE), ncaLeaf, ncaCa, { at: AT });
    expect(verdict.detail).toContain('delegated responder');
    expect(verdict.status).toBe('good');
  });

  it('issue 11 item 11 SIG-4: the NCA response is refused when stale, given after the certificate expired, or about another certificate', async () => {
    // No nextUpdate: it speaks for one hour after thisUpdate (configurable).
    expect((await checkOcspResponse(fixture(NCA_RESPONSE), ncaLeaf, ncaCa, { at: new Date(PRODUCED.getTime() + 61 * MIN) })).status).toBe('invalid');
    expect((await checkOcspResponse(fixture(NCA_RESPONSE), ncaLeaf, ncaCa, { at: new Date(PRODUCED.getTime() + 61 * MIN), maxAgeMs: DAY })).status).toBe('good');
    // For a signature of 2021 (inside the key's validity) this later answer is no proof: the key had expired when it was given.
    const past = await checkOcspResponse(fixture(NCA_RESPONSE), ncaLeaf, ncaCa, { at: new Date('2021-06-01T09:00:00Z') });
    expect(past).toMatchObject({ status: 'invalid' });
    expect(past.detail).toContain('after the certificate expired');
    const other = await checkOcspResponse(fixture(NCA_RESPONSE), certOf('certs/individual_valid_sign_2004_rsa.cer'), ncaCa, { at: AT });
    expect(other.detail).toContain('not about certificate');
  });

  it('issue 11 item 11 SIG-4: a tampered response is refused (status bytes, signature, trailing bytes, garbage)', async () => {
    const der = fixture(NCA_RESPONSE);
    const parsed = parseOcspResponse(der);
    // Find the "good" [0] NULL (80 00) after the CertID's serial and make it "unknown" [2] NULL (82 00).
    const at = findBytes(der, Uint8Array.of(0x80, 0x00, 0x18, 0x0f));
    expect(at).toBeGreaterThan(0);
    const flipped = der.slice();
    flipped[at] = 0x82;
    const refused = await checkOcspResponse(flipped, ncaLeaf, ncaCa, { at: AT });
    expect(refused.status).toBe('invalid');
    expect(refused.detail).toContain('signature');
    const badSignature = der.slice();
    const sigAt = findBytes(der, parsed.basic!.signatureValue.subarray(0, 8));
    badSignature[sigAt + 3]! ^= 0x01;
    expect((await checkOcspResponse(badSignature, ncaLeaf, ncaCa, { at: AT })).detail).toContain('signature');
    expect((await checkOcspResponse(Uint8Array.of(...der, 0), ncaLeaf, ncaCa, { at: AT })).detail).toContain('trailing');
    expect((await checkOcspResponse(Uint8Array.of(0x30, 0x03, 0x0a, 0x01, 0x00), ncaLeaf, ncaCa, { at: AT })).status).toBe('invalid');
    expect(() => parseOcspResponse(Uint8Array.of(0x30, 0x03, 0x0a, 0x01, 0x07))).toThrow(/responseStatus/);
    expect(parseOcspResponse(Uint8Array.of(0x30, 0x03, 0x0a, 0x01, 0x06)).responseStatus).toBe('unauthorized');
  });

  it('issue 11 item 11 SIG-4: a wrong responder is refused — another CA, a key without OCSPSigning, a responder expired at producedAt', async () => {
    // The NCA answer checked against another CA: its responder is not that CA's.
    const gostCa = certOf('ca/nca_gost2015_test.cer');
    expect((await checkOcspResponse(fixture(NCA_RESPONSE), ncaLeaf, gostCa, { at: AT })).detail).toMatch(/not issued by the certificate's CA|neither the CA/);
    const good = [await answer('good')];
    const signedBy = (responder: { certificate: Uint8Array; privateKey: typeof world.signer.privateKey }) =>
      signOcspResponse({ responder, answers: good, producedAt: NOW, includeCertificates: [responder.certificate] });
    // The signer's own certificate (issued by the CA, but no id-kp-OCSPSigning).
    const self = await checkOcspResponse(await signedBy(world.signer), leaf, issuing, { at: NOW });
    expect(self.detail).toContain('not authorised for OCSP signing');
    // A genuine responder certificate of another CA with the same names.
    const foreign = await buildDevWorld();
    const foreignResponder = await issueOcspResponderCertificate(foreign.pki, { now: NOW });
    const fake = await checkOcspResponse(await signedBy(foreignResponder), leaf, issuing, { at: NOW });
    expect(fake.status).toBe('invalid');
    expect(fake.detail).toContain("signature on it does not verify");
    // Expired at producedAt.
    const old = await issueOcspResponderCertificate(world.pki, { now: NOW, notBefore: new Date(NOW.getTime() - 40 * DAY), notAfter: new Date(NOW.getTime() - DAY) });
    expect((await checkOcspResponse(await signedBy(old), leaf, issuing, { at: NOW })).detail).toContain('not valid at producedAt');
    // A proper delegated responder and the CA itself are accepted.
    const responder = await issueOcspResponderCertificate(world.pki, { now: NOW });
    expect((await checkOcspResponse(await signedBy(responder), leaf, issuing, { at: NOW })).status).toBe('good');
    const byCa = await signOcspResponse({ responder: ca(), answers: good, producedAt: NOW, responderId: 'name' });
    expect((await checkOcspResponse(byCa, leaf, issuing, { at: NOW })).detail).toContain('signed by the issuing CA');
    const wrongEku = await issueOcspResponderCertificate(world.pki, { now: NOW, eku: [EKU_OID.timeStamping] });
    expect((await checkOcspResponse(await signedBy(wrongEku), leaf, issuing, { at: NOW })).status).toBe('invalid');
  });

  it('issue 11 item 11 SIG-4: revoked, on hold and unknown answers; a revocation after the time of interest is good before it', async () => {
    const respond = async (a: OcspAnswer) => signOcspResponse({ responder: ca(), answers: [a], producedAt: a.thisUpdate });
    const revoked = await checkOcspResponse(await respond(await answer({ revokedAt: new Date(NOW.getTime() - DAY), reason: 'keyCompromise' })), leaf, issuing, { at: NOW });
    expect(revoked).toMatchObject({ status: 'revoked', reason: 'keyCompromise' });
    const hold = await checkOcspResponse(await respond(await answer({ revokedAt: new Date(NOW.getTime() - MIN), reason: 'certificateHold' })), leaf, issuing, { at: NOW });
    expect(hold).toMatchObject({ status: 'revoked', reason: 'certificateHold' });
    const unknown = await checkOcspResponse(await respond(await answer('unknown')), leaf, issuing, { at: NOW });
    expect(unknown.status).toBe('unknown');
    // Asked later, about a time before the revocation: good then.
    const later = await respond(await answer({ revokedAt: new Date(NOW.getTime() + DAY), reason: 'superseded' }, { thisUpdate: new Date(NOW.getTime() + 2 * DAY) }));
    expect((await checkOcspResponse(later, leaf, issuing, { at: NOW })).status).toBe('good');
    expect((await checkOcspResponse(later, leaf, issuing, { at: new Date(NOW.getTime() + 3 * DAY) })).status).toBe('revoked');
    // A hold is not permanent: an old answer saying "on hold" is not fresh evidence either way.
    const oldHold = await respond(await answer({ revokedAt: new Date(NOW.getTime() - DAY), reason: 'certificateHold' }));
    expect((await checkOcspResponse(oldHold, leaf, issuing, { at: new Date(NOW.getTime() + DAY) })).status).toBe('invalid');
    // nextUpdate bounds a current answer.
    const bounded = await respond(await answer('good', { thisUpdate: NOW, nextUpdate: new Date(NOW.getTime() + DAY) }));
    expect((await checkOcspResponse(bounded, leaf, issuing, { at: new Date(NOW.getTime() + 0.5 * DAY) })).status).toBe('good');
    expect((await checkOcspResponse(bounded, leaf, issuing, { at: new Date(NOW.getTime() + 2 * DAY) })).status).toBe('invalid');
    // After the certificate expired, "good" speaks for the past only with an archive cutoff that covers it.
    const afterExpiry = new Date(leaf.notAfter.getTime() + DAY);
    expect((await checkOcspResponse(await respond(await answer('good', { thisUpdate: afterExpiry })), leaf, issuing, { at: NOW })).status).toBe('invalid');
    const archived = await respond(await answer('good', { thisUpdate: afterExpiry, archiveCutoff: new Date(leaf.notAfter.getTime() - DAY) }));
    expect((await checkOcspResponse(archived, leaf, issuing, { at: NOW })).status).toBe('good');
  });

  it('issue 11 item 11 SIG-4: requests carry the CertID with SHA-1 or SHA-256 and a nonce; the nonce must come back', async () => {
    for (const hash of ['SHA-1', 'SHA-256'] as const) {
      const request = await buildOcspRequest(leaf, issuing, { hash });
      const parsed = parseOcspRequest(request.der);
      expect(parsed.certIds[0]?.serialNumber).toBe(leaf.serialNumber);
      expect(parsed.certIds[0]?.hashOid).toBe(hash === 'SHA-1' ? OCSP_OID.sha1 : OCSP_OID.sha256);
      expect(parsed.nonce).toEqual(request.nonce);
      const response = await answerOcspRequest(request.der, { issuerCertificate: world.pki.issuing.certificate, responder: ca(), statusOf: () => 'good', now: NOW });
      expect((await checkOcspResponse(response, leaf, issuing, { at: NOW, expectedNonce: request.nonce })).status).toBe('good');
      const replay = await checkOcspResponse(response, leaf, issuing, { at: NOW, expectedNonce: new Uint8Array(16) });
      expect(replay.detail).toContain('nonce');
    }
    expect((await buildOcspRequest(leaf, issuing, { nonceLength: 0 })).nonce).toBeNull();
    // A request about another CA's certificate is not answered.
    const foreign = await buildDevWorld();
    const request = await buildOcspRequest(parseCertificate(foreign.signer.certificate), parseCertificate(foreign.pki.issuing.certificate));
    const refused = await answerOcspRequest(request.der, { issuerCertificate: world.pki.issuing.certificate, responder: ca(), statusOf: () => 'good', now: NOW });
    expect(parseOcspResponse(refused).responseStatus).toBe('unauthorized');
  });

  it('issue 11 item 11 SIG-4: a GOST 34.10-2015 CA answers and its response signature is checked', async () => {
    const pki = await createDevPki({ now: new Date(NOW.getTime() - DAY), algorithm: 'GOST3410-2015-512' });
    const user = await issueCertificate(pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm: 'GOST3410-2015-512' });
    const transport: OcspTransport = async (url, body) => {
      expect(url).toBe('http://127.0.0.1/ocsp');
      return answerOcspRequest(body, { issuerCertificate: pki.issuing.certificate, responder: pki.issuing, statusOf: () => 'good', now: NOW });
    };
    const cert = parseCertificate(user.certificate);
    const gostCa = parseCertificate(pki.issuing.certificate);
    const { verdict, der } = await queryOcsp({ cert, issuer: gostCa, url: 'http://127.0.0.1/ocsp', transport, at: NOW, hash: 'SHA-256' });
    expect(verdict.status).toBe('good');
    expect(parseOcspResponse(der!).basic?.signatureOid).toBe('1.2.398.3.10.1.1.2.3.2');
    const tampered = der!.slice();
    tampered[tampered.length - 5]! ^= 0xff;
    expect((await checkOcspResponse(tampered, cert, gostCa, { at: NOW })).detail).toContain('signature');
    const down = await queryOcsp({ cert, issuer: gostCa, url: 'http://127.0.0.1/ocsp', transport: () => Promise.reject(new Error('ECONNREFUSED')), at: NOW });
    expect(down).toMatchObject({ der: null, verdict: { status: 'invalid' } });
  });
});

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
