import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { answerOcspRequest, signOcspResponse, type OcspAnswerStatus } from '../dev-ca/ocsp-responder';
import { certIdFor } from '../ocsp/cert-id';
import type { OcspTransport } from '../ocsp/fetch';
import { OCSP_OID } from '../ocsp/oids';
import { buildOcspRequest } from '../ocsp/request';
import { buildDevWorld, codes, LATER, NOW, sign, utf8, verifyAct, type DevWorld } from '../test-support/dev-world';

const ACT = utf8('Қаулы №17 / Постановление №17');

describe('issue 11 item 11 verifier: OCSP as revocation evidence (SIG-4, SIG-7)', { timeout: 60_000 }, () => {
  let world: DevWorld;
  let cms: Uint8Array;
  let leaf: NcaCertificate;
  let issuing: NcaCertificate;
  let rootCrl: Uint8Array;
  const ca = () => ({ certificate: world.pki.issuing.certificate, privateKey: world.pki.issuing.privateKey });
  const respond = async (status: OcspAnswerStatus, thisUpdate = LATER) => signOcspResponse({
    responder: ca(), producedAt: thisUpdate, answers: [{ certId: (await certIdFor(leaf, issuing, OCSP_OID.sha1))!, status, thisUpdate }],
  });

  beforeAll(async () => {
    world = await buildDevWorld();
    cms = await sign(world.signer, ACT);
    leaf = parseCertificate(world.signer.certificate);
    issuing = parseCertificate(world.pki.issuing.certificate);
    // The root's list covers the issuing CA; the user certificate is left to OCSP.
    rootCrl = (await world.crls())[1]!;
  });

  it('issue 11 item 11 SIG-4 SIG-7: a good OCSP answer stands in for the CRL and is kept as evidence', async () => {
    const answer = await respond('good');
    const result = await verifyAct(world, cms, ACT, { crls: [rootCrl], ocsp: { responses: [answer] } });
    expect(codes(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.evidence.ocsp).toEqual([answer]);
    expect(result.checks.find((c) => c.name === 'revocation')?.detail).toContain('OCSP');
    // Without it (and without the issuing CA's CRL) the verdict fails closed.
    expect(codes(await verifyAct(world, cms, ACT, { crls: [rootCrl] }))).toEqual(['revocation_unknown']);
  });

  it('issue 11 item 11 SIG-4: a tampered, stale or foreign OCSP answer is no evidence', async () => {
    const tampered = (await respond('good')).slice();
    tampered[tampered.length - 3]! ^= 0x40;
    expect(codes(await verifyAct(world, cms, ACT, { crls: [rootCrl], ocsp: { responses: [tampered] } }))).toEqual(['revocation_unknown']);
    const stale = await respond('good', new Date(LATER.getTime() - 2 * 3_600_000));
    expect(codes(await verifyAct(world, cms, ACT, { crls: [rootCrl], ocsp: { responses: [stale] } }))).toEqual(['revocation_unknown']);
    const other = await buildDevWorld();
    const foreign = await signOcspResponse({
      responder: { certificate: other.pki.issuing.certificate, privateKey: other.pki.issuing.privateKey }, producedAt: LATER,
      answers: [{ certId: (await certIdFor(leaf, issuing, OCSP_OID.sha1))!, status: 'good', thisUpdate: LATER }],
    });
    expect(codes(await verifyAct(world, cms, ACT, { crls: [rootCrl], ocsp: { responses: [foreign] } }))).toEqual(['revocation_unknown']);
  });

  it('issue 11 item 11 SIG-4: revoked, on hold and unknown answers refuse the signature even beside a good CRL', async () => {
    const crls = await world.crls();
    const revoked = await respond({ revokedAt: NOW, reason: 'keyCompromise' });
    expect(codes(await verifyAct(world, cms, ACT, { crls, ocsp: { responses: [revoked] } }))).toEqual(['revoked']);
    const hold = await respond({ revokedAt: NOW, reason: 'certificateHold' });
    const held = await verifyAct(world, cms, ACT, { crls, ocsp: { responses: [hold] } });
    expect(held.reasons).toEqual([{ code: 'certificate_on_hold', kk: 'Тіркеу куәлігінің әрекеті уақытша тоқтатылған', ru: 'Действие сертификата приостановлено' }]);
    expect(codes(await verifyAct(world, cms, ACT, { crls, ocsp: { responses: [await respond('unknown')] } }))).toEqual(['revocation_unknown']);
    // A CRL hold in effect at the receipt time is refused the same way.
    const heldCrls = await world.crls([{ serialNumber: leaf.serialNumber, revokedAt: NOW, reason: 'certificateHold' }]);
    expect(codes(await verifyAct(world, cms, ACT, { crls: heldCrls }))).toEqual(['certificate_on_hold']);
  });

  it('issue 11 item 11 SIG-4: the configured responder is asked through the injected transport with a nonce', async () => {
    const asked: string[] = [];
    const transport: OcspTransport = async (url, request) => {
      asked.push(url);
      return answerOcspRequest(request, { issuerCertificate: world.pki.issuing.certificate, responder: ca(), statusOf: () => 'good', now: LATER });
    };
    const ocsp = { transport, responderUrl: (cert: NcaCertificate) => (cert.isCa ? null : 'http://127.0.0.1:1/ocsp') };
    const result = await verifyAct(world, cms, ACT, { crls: [rootCrl], ocsp });
    expect(result.valid).toBe(true);
    expect(asked).toEqual(['http://127.0.0.1:1/ocsp']);
    expect(result.evidence.ocsp).toHaveLength(1);
    // A responder that replays an old answer (other nonce) is refused.
    const replay = await transport('http://127.0.0.1:1/ocsp', (await buildOcspRequest(leaf, issuing)).der);
    const replaying: OcspTransport = async () => replay;
    expect(codes(await verifyAct(world, cms, ACT, { crls: [rootCrl], ocsp: { ...ocsp, transport: replaying } }))).toEqual(['revocation_unknown']);
  });
});
