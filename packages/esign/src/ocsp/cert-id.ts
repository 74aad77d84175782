import * as asn1js from 'asn1js';
import { parseSpki } from '../algorithms/spki';
import { bytesEqual, fromHex, toArrayBuffer } from '../bytes';
import type { NcaCertificate } from '../certificates/parse-certificate';
import { digestByOid } from '../cms/digests';

/** CertID (RFC 6960 §4.1.1): which certificate of which issuer a request or an answer is about. */
export type CertId = {
  hashOid: string;
  issuerNameHash: Uint8Array;
  issuerKeyHash: Uint8Array;
  /** Upper-case hex, no sign byte, as NcaCertificate.serialNumber. */
  serialNumber: string;
};

/** The CertID of `cert` under `issuer` with the given hash (SHA-1, SHA-256, or Streebog-512). */
export async function certIdFor(cert: NcaCertificate, issuer: NcaCertificate, hashOid: string): Promise<CertId | null> {
  const nameHash = await digestByOid(hashOid, issuer.subject.der);
  const keyHash = await digestByOid(hashOid, parseSpki(issuer.spki).publicKey);
  if (!nameHash || !keyHash) return null;
  return { hashOid, issuerNameHash: nameHash, issuerKeyHash: keyHash, serialNumber: cert.serialNumber };
}

/** Does `id` (from a response) name `cert` of `issuer`? Recomputed with the hash the responder chose. */
export async function certIdMatches(id: CertId, cert: NcaCertificate, issuer: NcaCertificate): Promise<boolean> {
  if (id.serialNumber !== cert.serialNumber) return false;
  const expected = await certIdFor(cert, issuer, id.hashOid);
  return expected !== null && bytesEqual(expected.issuerNameHash, id.issuerNameHash) && bytesEqual(expected.issuerKeyHash, id.issuerKeyHash);
}

/** CertID ::= SEQUENCE { hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber } */
export function certIdSchema(id: CertId): asn1js.Sequence {
  const serial = fromHex(id.serialNumber.length % 2 ? `0${id.serialNumber}` : id.serialNumber);
  // DER INTEGER: a leading zero when the high bit is set, so the serial stays positive.
  const positive = (serial[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...serial) : serial;
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: id.hashOid }), new asn1js.Null()] }),
      new asn1js.OctetString({ valueHex: toArrayBuffer(id.issuerNameHash) }),
      new asn1js.OctetString({ valueHex: toArrayBuffer(id.issuerKeyHash) }),
      new asn1js.Integer({ valueHex: toArrayBuffer(positive) }),
    ],
  });
}
