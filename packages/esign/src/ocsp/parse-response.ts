import * as asn1js from 'asn1js';
import { decodeDer } from '../asn1';
import { toBytes } from '../bytes';
import { REVOCATION_REASONS, type RevocationReason } from '../crl/parse-crl';
import type { CertId } from './cert-id';
import {
  encoded, explicit, generalizedTime, isContext, malformed, octets, oid, readCertId, readExtensions, sequence, type Node,
} from './asn1-walk';
import { OCSP_OID, OCSP_RESPONSE_STATUS, type OcspResponseStatus } from './oids';
import { readNonce } from './request';

export type OcspCertStatus =
  | { kind: 'good' }
  | { kind: 'revoked'; revokedAt: Date; reason: RevocationReason | null }
  | { kind: 'unknown' };

export type OcspSingleResponse = {
  certId: CertId;
  status: OcspCertStatus;
  thisUpdate: Date;
  nextUpdate: Date | null;
  /** RFC 6960 §4.4.4: the responder keeps the status of certificates that expired on or after this date. */
  archiveCutoff: Date | null;
  unknownCriticalExtensions: string[];
};

export type OcspResponderId = { byName: Uint8Array } | { byKey: Uint8Array };

export type ParsedBasicResponse = {
  /** The exact ResponseData bytes the signature covers. */
  tbs: Uint8Array;
  signatureOid: string;
  signatureValue: Uint8Array;
  responderId: OcspResponderId;
  producedAt: Date;
  responses: OcspSingleResponse[];
  nonce: Uint8Array | null;
  /** Certificates sent along (DER): candidates for a delegated responder, never trusted by themselves. */
  certificates: Uint8Array[];
  unknownCriticalExtensions: string[];
};

export type ParsedOcspResponse = {
  der: Uint8Array;
  responseStatus: OcspResponseStatus;
  /** Present exactly when responseStatus is "successful". */
  basic: ParsedBasicResponse | null;
};

const WHAT = 'OCSP response';
const UNDERSTOOD_RESPONSE = new Set<string>([OCSP_OID.nonce, OCSP_OID.extendedRevoke, OCSP_OID.crlReference]);
const UNDERSTOOD_SINGLE = new Set<string>([OCSP_OID.archiveCutoff, OCSP_OID.crlReference]);

function readStatus(node: Node | undefined): OcspCertStatus {
  if (isContext(node, 0)) {
    if (node!.idBlock.isConstructed || node!.lenBlock.length !== 0) throw malformed(WHAT, 'good is not NULL');
    return { kind: 'good' };
  }
  if (isContext(node, 2)) {
    if (node!.idBlock.isConstructed || node!.lenBlock.length !== 0) throw malformed(WHAT, 'unknown is not NULL');
    return { kind: 'unknown' };
  }
  if (isContext(node, 1) && node!.idBlock.isConstructed) {
    const parts = (node as asn1js.Constructed).valueBlock.value;
    if (parts.length < 1 || parts.length > 2) throw malformed(WHAT, 'RevokedInfo has the wrong number of elements');
    const revokedAt = generalizedTime(parts[0], 'revocationTime');
    let reason: RevocationReason | null = null;
    if (parts[1] !== undefined) {
      if (!isContext(parts[1], 0)) throw malformed(WHAT, 'unexpected element in RevokedInfo');
      const code = explicit(parts[1], 'revocationReason');
      if (!(code instanceof asn1js.Enumerated)) throw malformed(WHAT, 'revocationReason is not ENUMERATED');
      const known = REVOCATION_REASONS[code.valueBlock.valueDec];
      if (!known || known === 'unused') throw malformed(WHAT, `revocation reason ${code.valueBlock.valueDec} is not defined`);
      reason = known;
    }
    return { kind: 'revoked', revokedAt, reason };
  }
  throw malformed(WHAT, 'certStatus is not good, revoked or unknown');
}

function readSingle(node: Node): OcspSingleResponse {
  const parts = sequence(node, 'SingleResponse', 3, 5);
  const certId = readCertId(parts[0]);
  const status = readStatus(parts[1]);
  const thisUpdate = generalizedTime(parts[2], 'thisUpdate');
  let i = 3;
  let nextUpdate: Date | null = null;
  if (isContext(parts[i], 0)) {
    nextUpdate = generalizedTime(explicit(parts[i], 'nextUpdate'), 'nextUpdate');
    if (nextUpdate.getTime() < thisUpdate.getTime()) throw malformed(WHAT, 'nextUpdate is before thisUpdate');
    i += 1;
  }
  let archiveCutoff: Date | null = null;
  const unknownCritical: string[] = [];
  if (isContext(parts[i], 1)) {
    for (const ext of readExtensions(explicit(parts[i], 'singleExtensions'), 'singleExtensions')) {
      if (ext.oid === OCSP_OID.archiveCutoff) archiveCutoff = generalizedTime(decodeDer(ext.value, 'archiveCutoff'), 'archiveCutoff');
      else if (ext.critical && !UNDERSTOOD_SINGLE.has(ext.oid)) unknownCritical.push(ext.oid);
    }
    i += 1;
  }
  if (parts[i] !== undefined) throw malformed(WHAT, 'unexpected element in SingleResponse');
  return { certId, status, thisUpdate, nextUpdate, archiveCutoff, unknownCriticalExtensions: unknownCritical };
}

function readResponderId(node: Node | undefined): OcspResponderId {
  if (isContext(node, 1)) {
    const name = explicit(node, 'ResponderID byName');
    if (!(name instanceof asn1js.Sequence)) throw malformed(WHAT, 'ResponderID byName is not a Name');
    return { byName: encoded(name) };
  }
  if (isContext(node, 2)) return { byKey: octets(explicit(node, 'ResponderID byKey'), 'ResponderID byKey') };
  throw malformed(WHAT, 'ResponderID is neither byName nor byKey');
}

function readBasic(bytes: Uint8Array): ParsedBasicResponse {
  const [tbsNode, algorithmNode, signatureNode, certsNode] = sequence(decodeDer(bytes, 'BasicOCSPResponse'), 'BasicOCSPResponse', 3, 4);
  const tbs = sequence(tbsNode, 'ResponseData', 3, 5);
  let i = 0;
  if (isContext(tbs[0], 0)) {
    const version = explicit(tbs[0], 'version');
    if (!(version instanceof asn1js.Integer) || version.valueBlock.valueDec !== 0) throw malformed(WHAT, 'only version 1 is known');
    i = 1;
  }
  const responderId = readResponderId(tbs[i]);
  const producedAt = generalizedTime(tbs[i + 1], 'producedAt');
  const responses = sequence(tbs[i + 2], 'responses', 0, 1000).map(readSingle);
  let nonce: Uint8Array | null = null;
  const unknownCritical: string[] = [];
  const rest = tbs.slice(i + 3);
  if (rest.length > 1 || (rest[0] !== undefined && !isContext(rest[0], 1))) throw malformed(WHAT, 'unexpected element in ResponseData');
  if (rest[0]) {
    for (const ext of readExtensions(explicit(rest[0], 'responseExtensions'), 'responseExtensions')) {
      if (ext.oid === OCSP_OID.nonce) nonce = readNonce(ext.value);
      else if (ext.critical && !UNDERSTOOD_RESPONSE.has(ext.oid)) unknownCritical.push(ext.oid);
    }
  }
  const [algorithmId, ...params] = sequence(algorithmNode, 'signatureAlgorithm', 1, 2);
  if (params[0] !== undefined && !(params[0] instanceof asn1js.Null)) throw malformed(WHAT, 'unexpected signature algorithm parameters');
  if (!(signatureNode instanceof asn1js.BitString) || signatureNode.valueBlock.unusedBits !== 0) throw malformed(WHAT, 'signature is not a BIT STRING');
  const certificates: Uint8Array[] = [];
  if (certsNode !== undefined) {
    if (!isContext(certsNode, 0)) throw malformed(WHAT, 'unexpected element after the signature');
    for (const cert of sequence(explicit(certsNode, 'certs'), 'certs', 0, 20)) certificates.push(encoded(cert));
  }
  return {
    tbs: encoded(tbsNode!),
    signatureOid: oid(algorithmId, 'signatureAlgorithm'),
    signatureValue: toBytes(signatureNode.valueBlock.valueHexView),
    responderId, producedAt, responses, nonce, certificates,
    unknownCriticalExtensions: unknownCritical,
  };
}

/**
 * Reads a DER OCSPResponse strictly (RFC 6960 §4.2.1): one value, no
 * trailing bytes, every field of the expected type, only the basic
 * response type. Nothing here is trusted yet — see checkOcspResponse.
 */
export function parseOcspResponse(der: Uint8Array): ParsedOcspResponse {
  const [statusNode, bytesNode] = sequence(decodeDer(der, WHAT), WHAT, 1, 2);
  if (!(statusNode instanceof asn1js.Enumerated)) throw malformed(WHAT, 'responseStatus is not ENUMERATED');
  const responseStatus = OCSP_RESPONSE_STATUS[statusNode.valueBlock.valueDec];
  if (!responseStatus || responseStatus === 'unused') throw malformed(WHAT, `unknown responseStatus ${statusNode.valueBlock.valueDec}`);
  if (responseStatus !== 'successful') {
    if (bytesNode !== undefined) throw malformed(WHAT, `a "${responseStatus}" response carries no responseBytes`);
    return { der, responseStatus, basic: null };
  }
  if (!isContext(bytesNode, 0)) throw malformed(WHAT, 'a successful response needs responseBytes');
  const [type, response] = sequence(explicit(bytesNode, 'responseBytes'), 'ResponseBytes', 2, 2);
  const responseType = oid(type, 'responseType');
  if (responseType !== OCSP_OID.basic) throw malformed(WHAT, `response type ${responseType} is not id-pkix-ocsp-basic`);
  return { der, responseStatus, basic: readBasic(octets(response, 'response')) };
}
