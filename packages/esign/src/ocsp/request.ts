import * as asn1js from 'asn1js';
import { decodeDer, encodeDer } from '../asn1';
import { toArrayBuffer } from '../bytes';
import type { NcaCertificate } from '../certificates/parse-certificate';
import { randomBytes } from '../algorithms/webcrypto';
import { EsignError, EsignErrorCode } from '../errors';
import { certIdFor, certIdSchema, type CertId } from './cert-id';
import { explicit, isContext, malformed, readCertId, readExtensions, sequence, type Node } from './asn1-walk';
import { OCSP_HASH_OID, OCSP_OID, type OcspHash } from './oids';

export type OcspRequestOptions = {
  /** The CertID hash the responder expects (default SHA-1, which every responder answers; the NCA answers SHA-256 too). */
  hash?: OcspHash;
  /** Adds a nonce extension (RFC 8954) of this many random bytes (default 16); 0 = no nonce. */
  nonceLength?: number;
};

export type BuiltOcspRequest = { der: Uint8Array; certId: CertId; nonce: Uint8Array | null };

/** OCSPRequest (RFC 6960 §4.1.1) for one certificate, unsigned, optionally with a nonce. */
export async function buildOcspRequest(cert: NcaCertificate, issuer: NcaCertificate, options: OcspRequestOptions = {}): Promise<BuiltOcspRequest> {
  const certId = await certIdFor(cert, issuer, OCSP_HASH_OID[options.hash ?? 'SHA-1']);
  if (!certId) throw new EsignError(EsignErrorCode.invalidArgument, `OCSP: hash ${options.hash} is not available`);
  const nonceLength = options.nonceLength ?? 16;
  if (nonceLength < 0 || nonceLength > 32) throw new EsignError(EsignErrorCode.invalidArgument, 'OCSP: a nonce has 1…32 bytes (RFC 8954)');
  const nonce = nonceLength > 0 ? randomBytes(nonceLength) : null;
  const tbs: asn1js.AsnType[] = [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [certIdSchema(certId)] })] })];
  if (nonce) {
    const value = encodeDer(new asn1js.OctetString({ valueHex: toArrayBuffer(nonce) }));
    tbs.push(new asn1js.Constructed({
      idBlock: { tagClass: 3, tagNumber: 2 },
      value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [
        new asn1js.ObjectIdentifier({ value: OCSP_OID.nonce }), new asn1js.OctetString({ valueHex: toArrayBuffer(value) }),
      ] })] })],
    }));
  }
  const der = encodeDer(new asn1js.Sequence({ value: [new asn1js.Sequence({ value: tbs })] }));
  return { der, certId, nonce };
}

export type ParsedOcspRequest = { certIds: CertId[]; nonce: Uint8Array | null };

/** Reads an OCSPRequest (what a responder receives). Signed requests are read, their signature ignored. */
export function parseOcspRequest(der: Uint8Array): ParsedOcspRequest {
  const what = 'OCSP request';
  const [tbsNode] = sequence(decodeDer(der, what), what, 1, 2);
  const tbs = sequence(tbsNode, what, 1, 4);
  let i = 0;
  if (isContext(tbs[i], 0)) i += 1; // version
  if (isContext(tbs[i], 1)) i += 1; // requestorName
  const list = sequence(tbs[i], `${what} requestList`, 1, 100);
  i += 1;
  const certIds = list.map((request: Node) => readCertId(sequence(request, `${what} Request`, 1, 2)[0]));
  let nonce: Uint8Array | null = null;
  if (tbs[i] !== undefined) {
    if (!isContext(tbs[i], 2)) throw malformed(what, 'unexpected element after requestList');
    const ext = readExtensions(explicit(tbs[i], what), `${what} extensions`).find((e) => e.oid === OCSP_OID.nonce);
    if (ext) nonce = readNonce(ext.value);
  }
  return { certIds, nonce };
}

/** The nonce value: an OCTET STRING inside extnValue (RFC 8954); an older raw form is taken as is. */
export function readNonce(value: Uint8Array): Uint8Array {
  try {
    const inner = decodeDer(value, 'nonce');
    if (inner instanceof asn1js.OctetString && !inner.idBlock.isConstructed) return new Uint8Array(inner.valueBlock.valueHexView);
  } catch {
    // not DER: some responders put the bytes directly
  }
  return value;
}
