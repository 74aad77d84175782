import { sha1 } from '@noble/hashes/legacy.js';
import * as asn1js from 'asn1js';
import { algorithmByName, parseSpki, spkiOfCertificate } from '../algorithms';
import type { PrivateKey } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { bytesEqual, toArrayBuffer } from '../bytes';
import { parseCertificate } from '../certificates/parse-certificate';
import { digestByOid } from '../cms/digests';
import type { RevocationReason } from '../crl/parse-crl';
import { REVOCATION_REASONS } from '../crl/parse-crl';
import { EsignError } from '../errors';
import { certIdSchema, type CertId } from '../ocsp/cert-id';
import { OCSP_OID, OCSP_RESPONSE_STATUS, type OcspResponseStatus } from '../ocsp/oids';
import { parseOcspRequest } from '../ocsp/request';
import { signatureAlgorithmId } from './x509-parts';

// The dev PKI's OCSP responder (RFC 6960): answers for the issuing CA's
// certificates, signed by the CA itself or by a delegated responder
// certificate. Tests also use it to make the answers a real responder
// could give (revoked, on hold, unknown, stale, with an archive cutoff).

export type OcspResponderKey = { certificate: Uint8Array; privateKey: PrivateKey };

export type OcspAnswerStatus = 'good' | 'unknown' | { revokedAt: Date; reason?: RevocationReason };

export type OcspAnswer = {
  certId: CertId;
  status: OcspAnswerStatus;
  thisUpdate: Date;
  nextUpdate?: Date | null;
  archiveCutoff?: Date;
};

export type SignOcspResponseOptions = {
  responder: OcspResponderKey;
  answers: OcspAnswer[];
  producedAt: Date;
  nonce?: Uint8Array | null;
  /** How the responder names itself (default byKey). */
  responderId?: 'name' | 'key';
  /** Send the responder's certificate along (default: when it is not the CA itself). */
  includeCertificates?: Uint8Array[];
};

const ctx = (tag: number, value: asn1js.AsnType[]) => new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: tag }, value });
const generalized = (date: Date) => new asn1js.GeneralizedTime({ valueDate: new Date(Math.floor(date.getTime() / 1000) * 1000) });
const octetString = (bytes: Uint8Array) => new asn1js.OctetString({ valueHex: toArrayBuffer(bytes) });
const extension = (oid: string, value: Uint8Array) => new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), octetString(value)] });

function statusSchema(status: OcspAnswerStatus): asn1js.AsnType {
  if (status === 'good') return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  if (status === 'unknown') return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
  return ctx(1, [
    generalized(status.revokedAt),
    ...(status.reason ? [ctx(0, [new asn1js.Enumerated({ value: REVOCATION_REASONS.indexOf(status.reason) })])] : []),
  ]);
}

function singleSchema(answer: OcspAnswer): asn1js.Sequence {
  return new asn1js.Sequence({ value: [
    certIdSchema(answer.certId), statusSchema(answer.status), generalized(answer.thisUpdate),
    ...(answer.nextUpdate ? [ctx(0, [generalized(answer.nextUpdate)])] : []),
    ...(answer.archiveCutoff ? [ctx(1, [new asn1js.Sequence({ value: [extension(OCSP_OID.archiveCutoff, encodeDer(generalized(answer.archiveCutoff)))] })])] : []),
  ] });
}

/** A signed basic OCSPResponse with the given answers. */
export async function signOcspResponse(options: SignOcspResponseOptions): Promise<Uint8Array> {
  const responder = parseCertificate(options.responder.certificate);
  const responderId = options.responderId === 'name'
    ? ctx(1, [decodeDer(responder.subject.der, 'Name')])
    : ctx(2, [octetString(sha1(parseSpki(responder.spki).publicKey))]);
  const tbs = new asn1js.Sequence({ value: [
    responderId, generalized(options.producedAt), new asn1js.Sequence({ value: options.answers.map(singleSchema) }),
    ...(options.nonce ? [ctx(1, [new asn1js.Sequence({ value: [extension(OCSP_OID.nonce, encodeDer(octetString(options.nonce)))] })])] : []),
  ] });
  const tbsDer = encodeDer(tbs);
  const algorithm = algorithmByName(options.responder.privateKey.algorithm);
  const signature = await algorithm.sign(options.responder.privateKey, tbsDer);
  const certs = options.includeCertificates ?? [];
  const basic = new asn1js.Sequence({ value: [
    decodeDer(tbsDer, 'ResponseData'), signatureAlgorithmId(options.responder.privateKey.algorithm).toSchema(),
    new asn1js.BitString({ valueHex: toArrayBuffer(signature) }),
    ...(certs.length ? [ctx(0, [new asn1js.Sequence({ value: certs.map((c) => decodeDer(c, 'certificate')) })])] : []),
  ] });
  return encodeDer(new asn1js.Sequence({ value: [
    new asn1js.Enumerated({ value: 0 }),
    ctx(0, [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: OCSP_OID.basic }), octetString(encodeDer(basic))] })]),
  ] }));
}

/** An unsigned error answer (malformedRequest, unauthorized, tryLater, …). */
export function ocspErrorResponse(status: Exclude<OcspResponseStatus, 'successful' | 'unused'>): Uint8Array {
  return encodeDer(new asn1js.Sequence({ value: [new asn1js.Enumerated({ value: OCSP_RESPONSE_STATUS.indexOf(status) })] }));
}

export type AnswerRequestOptions = {
  /** The CA whose certificates are answered for. */
  issuerCertificate: Uint8Array;
  /** The CA's key, or a delegated responder's (its certificate is then sent along). */
  responder: OcspResponderKey;
  /** The status of a serial this CA issued; null = never issued ("unknown"). */
  statusOf: (serialNumber: string) => OcspAnswerStatus | null;
  now: Date;
  /** nextUpdate = now + this; default none (a real-time responder, like the NCA's). */
  lifetimeMs?: number;
};

/** Answers a DER OCSPRequest as the dev CA's responder; a request it cannot read gets "malformedRequest". */
export async function answerOcspRequest(request: Uint8Array, options: AnswerRequestOptions): Promise<Uint8Array> {
  let parsed: ReturnType<typeof parseOcspRequest>;
  try {
    parsed = parseOcspRequest(request);
  } catch (error) {
    if (error instanceof EsignError) return ocspErrorResponse('malformedRequest');
    throw error;
  }
  const issuer = parseCertificate(options.issuerCertificate);
  const issuerKey = parseSpki(spkiOfCertificate(options.issuerCertificate)).publicKey;
  const answers: OcspAnswer[] = [];
  for (const certId of parsed.certIds) {
    const nameHash = await digestByOid(certId.hashOid, issuer.subject.der);
    const keyHash = await digestByOid(certId.hashOid, issuerKey);
    // Not this CA's (or an unknown hash): the responder cannot answer for it.
    if (!nameHash || !keyHash || !bytesEqual(nameHash, certId.issuerNameHash) || !bytesEqual(keyHash, certId.issuerKeyHash)) {
      return ocspErrorResponse('unauthorized');
    }
    answers.push({
      certId, status: options.statusOf(certId.serialNumber) ?? 'unknown', thisUpdate: options.now,
      nextUpdate: options.lifetimeMs ? new Date(options.now.getTime() + options.lifetimeMs) : null,
    });
  }
  const delegated = !bytesEqual(options.responder.certificate, options.issuerCertificate);
  return signOcspResponse({
    responder: options.responder, answers, producedAt: options.now, nonce: parsed.nonce,
    ...(delegated ? { includeCertificates: [options.responder.certificate] } : {}),
  });
}
