// The keys `npm run bench:esign` signs and verifies with, and their raw
// primitives. RSA-2048: a key of the project's dev PKI (root → issuing CA →
// signer, with both CAs' CRLs), because the NCA's RSA test key expired
// before any NCA test CRL was issued, so no full-checklist verification of
// it can pass. GOST 34.10-2015 512: the NCA's real test key and CA, with the
// NCA's test CRL, checked "as of" a time inside their validity.
import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createSignedData, derOrPem, devCa, openPkcs12, parseSignedData, testAnchor, verifySignature,
  type VerificationResult, type VerifyOptions,
} from '../../packages/esign/src/index';
import { gostSignDigest, gostVerifyDigest } from '../../packages/esign/src/algorithms/gost-2015';
import { gostPointFromSpki, gostScalarFromBytes } from '../../packages/esign/src/algorithms/gost-2015-key';
import { spkiOfCertificate } from '../../packages/esign/src/algorithms/spki';
import { streebog512 } from '../../packages/esign/src/algorithms/streebog';

export type Operation = () => unknown;

export type EsignSubject = {
  label: string;
  /** createSignedData with this key, detached, over the act (a new signing time each call). */
  sign: Operation;
  /** verifySignature: the whole ESIGN.md checklist, CRLs given (parsed and proven once, then remembered). */
  verify: () => Promise<VerificationResult>;
  /** The bare primitive over bytes the size of the signed attributes, key imported once. */
  rawSign: Operation;
  rawVerify: Operation;
  /** What the raw figures are, in words for the printout. */
  rawWhat: string;
};

const FIXTURES = new URL('../../packages/esign/test-fixtures/nca-test/', import.meta.url);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const DAY = 86_400_000;

/** The signed attributes of one CMS made with the key: the very bytes a raw signature is measured over. */
function signedAttributesOf(cms: Uint8Array): Uint8Array {
  const attributes = parseSignedData(cms).signers[0]?.signedAttributes;
  if (!attributes) throw new Error('the CMS has no signed attributes');
  return attributes;
}

function subject(options: {
  label: string; act: Uint8Array; sample: Uint8Array; signWith: Parameters<typeof createSignedData>[0]; verifyOptions: VerifyOptions; rawWhat: string;
  rawSign: Operation; rawVerify: Operation;
}): EsignSubject {
  let tick = 0;
  const signingTime = options.signWith.signingTime.getTime();
  return {
    label: options.label,
    // A different signing time each call: nothing in the signed attributes may be reused by accident.
    sign: () => createSignedData({ ...options.signWith, signingTime: new Date(signingTime + (tick += 1000)) }),
    verify: () => verifySignature({ cms: options.sample, content: options.act }, options.verifyOptions),
    rawSign: options.rawSign,
    rawVerify: options.rawVerify,
    rawWhat: options.rawWhat,
  };
}

export async function rsaSubject(act: Uint8Array): Promise<EsignSubject> {
  const now = new Date('2026-03-02T06:00:00Z');
  const pki = await devCa.createDevPki({ now: new Date(now.getTime() - 30 * DAY), algorithm: 'RSA-SHA256' });
  const user = await devCa.issueCertificate(pki, { now, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm: 'RSA-SHA256' });
  const crlOptions = { thisUpdate: new Date(now.getTime() - DAY), nextUpdate: new Date(now.getTime() + 7 * DAY), crlNumber: 1 };
  const crls = [await devCa.createCrl(pki.issuing, [], crlOptions), await devCa.createCrl(pki.root, [], crlOptions)];
  if (user.privateKey.algorithm !== 'RSA-SHA256') throw new Error('not an RSA key');
  const signWith = { content: act, detached: true, privateKey: user.privateKey, certificate: user.certificate, chain: user.chain, signingTime: now };
  const cms = await createSignedData(signWith);
  const data = signedAttributesOf(cms);
  const privateKey = createPrivateKey({ key: Buffer.from(user.privateKey.pkcs8), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey({ key: Buffer.from(spkiOfCertificate(user.certificate)), format: 'der', type: 'spki' });
  const signature = nodeSign('sha256', data, privateKey);
  return subject({
    label: 'RSA-2048 (dev PKI)', act, sample: cms, signWith,
    verifyOptions: {
      anchors: [testAnchor(pki.root.certificate)], crls, receivedAt: new Date(now.getTime() + 300_000), purpose: 'sign',
      allowTestPki: true, expect: { iin: '880315300123' },
    },
    rawWhat: 'node:crypto RSASSA-PKCS1-v1_5/SHA-256 over the signed attributes, KeyObject imported once',
    rawSign: () => nodeSign('sha256', data, privateKey),
    rawVerify: () => nodeVerify('sha256', data, publicKey, signature),
  });
}

export async function gostSubject(act: Uint8Array): Promise<EsignSubject> {
  const opened = await openPkcs12(fixture('keys/individual_gost2015_2022.p12'), 'Aa123456');
  if (opened.privateKey.algorithm !== 'GOST3410-2015-512') throw new Error('not a GOST 2015 key');
  const at = new Date('2022-09-01T09:00:00Z');
  const signWith = {
    content: act, detached: true, privateKey: opened.privateKey, certificate: opened.certificate, chain: opened.chain, signingTime: at,
  };
  const cms = await createSignedData(signWith);
  const digest = streebog512(signedAttributesOf(cms));
  const d = gostScalarFromBytes(opened.privateKey.scalar);
  const point = gostPointFromSpki(spkiOfCertificate(opened.certificate));
  const signature = gostSignDigest(d, digest);
  return subject({
    label: 'GOST 34.10-2015 512 (NCA test key)', act, sample: cms, signWith,
    verifyOptions: {
      anchors: [testAnchor(derOrPem(fixture('ca/nca_gost2015_test.cer'), 'CERTIFICATE')[0]!)], crls: [fixture('crl/nca_gost2022_test.crl')],
      receivedAt: at, purpose: 'sign', allowTestPki: true, expect: { iin: '123456789012' },
    },
    rawWhat: "the project's pure GOST 34.10-2015 curve operation over a Streebog-512 digest computed once (no hashing, no CMS)",
    rawSign: () => gostSignDigest(d, digest),
    rawVerify: () => gostVerifyDigest(point, digest, signature),
  });
}
