import * as asn1js from 'asn1js';
import { toArrayBuffer, toHex } from '../bytes';
import { childrenOf, contentsOf, encodingOf, oidText, readTlv, type Tlv } from '../der-read';
import { BytesMemo } from '../remembered';
import { CMS_OID } from './oids';
import type { ParsedSignedData, ParsedSigner, SignerId } from './parse-signed-data';
import { readSigningCertificate, type SigningCertificateRef } from './signed-attributes';

// The common case of parseSignedData without pkijs: a CMS in plain DER
// with the usual shape (what Oryndau, NCALayer and OpenSSL write). Reading
// it through pkijs's schema objects was most of a verification's cost. Any
// deviation — BER, an unexpected element, a constructed string — gives
// null, and the caller reads the input with pkijs as before; a test checks
// that both readers return the same for the same input.

const T = { integer: 0x02, octets: 0x04, oid: 0x06, utc: 0x17, generalized: 0x18, seq: 0x30, set: 0x31, c0: 0xa0, c1: 0xa1, p0: 0x80 } as const;

/** Upper-case hex without sign bytes, as serialHex writes it. */
function serialOf(contents: Uint8Array): string | null {
  if (contents.length === 0) return null;
  let start = 0;
  while (start < contents.length - 1 && contents[start] === 0) start += 1;
  return toHex(contents.subarray(start)).toUpperCase();
}

/** AlgorithmIdentifier: SEQUENCE { OID, parameters OPTIONAL } → the OID. */
function algorithmOid(der: Uint8Array, tlv: Tlv | undefined): string | null {
  if (!tlv || tlv.tag !== T.seq) return null;
  const parts = childrenOf(der, tlv);
  if (!parts || parts.length < 1 || parts.length > 2 || parts[0]!.tag !== T.oid) return null;
  return oidText(contentsOf(der, parts[0]!));
}

type Attribute = { type: string; values: Tlv[] };

function attributesOf(der: Uint8Array, block: Tlv): Attribute[] | null {
  const out: Attribute[] = [];
  for (const item of childrenOf(der, block) ?? [null]) {
    if (!item || item.tag !== T.seq) return null;
    const [type, set, ...extra] = childrenOf(der, item) ?? [];
    if (!type || type.tag !== T.oid || !set || set.tag !== T.set || extra.length > 0) return null;
    const oid = oidText(contentsOf(der, type));
    const values = childrenOf(der, set);
    if (oid === null || !values) return null;
    out.push({ type: oid, values });
  }
  return out;
}

const signingCertificates = new BytesMemo<SigningCertificateRef | null>(256);

/** The ESS attribute is the same bytes in every signature of a signer: read (through asn1js) once. */
function signingCertificateOf(value: Uint8Array, version: 1 | 2): SigningCertificateRef | null {
  const key = [Uint8Array.of(version), value];
  let ref = signingCertificates.get(key);
  if (ref === undefined) {
    const decoded = asn1js.fromBER(toArrayBuffer(value));
    ref = signingCertificates.set(key, decoded.offset === -1 ? null : readSigningCertificate(decoded.result, version));
  }
  return ref && { ...ref, certHash: ref.certHash.slice() };
}

const UTC_TIME = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/;

function timeOf(der: Uint8Array, tlv: Tlv): Date | null {
  if (tlv.tag !== T.utc && tlv.tag !== T.generalized) return null;
  // The DER form of UTCTime (YYMMDDHHMMSSZ, RFC 5280 §4.1.2.5.1: 50–99 → 19xx) read directly; anything else by asn1js.
  const utc = tlv.tag === T.utc ? UTC_TIME.exec(String.fromCharCode(...contentsOf(der, tlv))) : null;
  if (utc) {
    const [yy, mo, dd, hh, mi, ss] = utc.slice(1).map(Number) as [number, number, number, number, number, number];
    const date = new Date(Date.UTC(yy >= 50 ? 1900 + yy : 2000 + yy, mo - 1, dd, hh, mi, ss));
    // Only a real calendar time (no 31 February rolled over into March): else asn1js decides.
    if (date.getUTCMonth() === mo - 1 && date.getUTCDate() === dd && date.getUTCHours() === hh && date.getUTCMinutes() === mi && date.getUTCSeconds() === ss) return date;
  }
  const decoded = asn1js.fromBER(toArrayBuffer(encodingOf(der, tlv)));
  const value = decoded.result;
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : null;
}

function readSigner(der: Uint8Array, info: Tlv): ParsedSigner | null {
  const parts = info.tag === T.seq ? childrenOf(der, info) : null;
  if (!parts) return null;
  const [version, sidTlv, digestTlv, ...rest] = parts;
  if (!version || version.tag !== T.integer || !sidTlv) return null;
  let sid: SignerId;
  if (sidTlv.tag === T.seq) {
    const [issuer, serial, ...extra] = childrenOf(der, sidTlv) ?? [];
    const serialNumber = serial && serial.tag === T.integer ? serialOf(contentsOf(der, serial)) : null;
    if (!issuer || issuer.tag !== T.seq || serialNumber === null || extra.length > 0) return null;
    sid = { kind: 'issuerAndSerial', issuer: encodingOf(der, issuer).slice(), serialNumber };
  } else if (sidTlv.tag === T.p0) {
    sid = { kind: 'subjectKeyId', keyId: toHex(contentsOf(der, sidTlv)) };
  } else {
    return null;
  }
  const signedBlock = rest[0]?.tag === T.c0 ? rest.shift()! : null;
  const [signatureAlgorithm, signatureValue, unsignedBlock, ...extra] = rest;
  if (!signatureValue || signatureValue.tag !== T.octets || extra.length > 0) return null;
  if (unsignedBlock && unsignedBlock.tag !== T.c1) return null;
  const digestOid = algorithmOid(der, digestTlv);
  const signatureOid = algorithmOid(der, signatureAlgorithm);
  const signed = signedBlock ? attributesOf(der, signedBlock) : [];
  const unsigned = unsignedBlock ? attributesOf(der, unsignedBlock) : [];
  if (digestOid === null || signatureOid === null || !signed || !unsigned) return null;

  const problems: string[] = [];
  const single = (oid: string): Tlv | null => {
    const found = signed.filter((a) => a.type === oid);
    if (found.length > 1) problems.push(`attribute ${oid} appears ${found.length} times`);
    if (found[0] && found[0].values.length !== 1) problems.push(`attribute ${oid} has ${found[0].values.length} values`);
    return found[0]?.values[0] ?? null;
  };
  const contentType = single(CMS_OID.contentType);
  const digest = single(CMS_OID.messageDigest);
  const time = single(CMS_OID.signingTime);
  const v2 = single(CMS_OID.signingCertificateV2);
  const v1 = single(CMS_OID.signingCertificate);
  // A constructed (BER) OCTET STRING digest, or a time asn1js cannot read: left to the general reader.
  if (digest && digest.tag === 0x24) return null;
  const signingTime = time && (time.tag === T.utc || time.tag === T.generalized) ? timeOf(der, time) : null;
  if (time && (time.tag === T.utc || time.tag === T.generalized) && signingTime === null) return null;
  let signedAttributes: Uint8Array | null = null;
  if (signedBlock) {
    signedAttributes = encodingOf(der, signedBlock).slice();
    signedAttributes[0] = T.set;
  }
  return {
    sid,
    digestOid,
    signatureOid,
    signedAttributes,
    signature: contentsOf(der, signatureValue).slice(),
    contentType: contentType?.tag === T.oid ? oidText(contentsOf(der, contentType)) : null,
    messageDigest: digest?.tag === T.octets ? contentsOf(der, digest).slice() : null,
    signingTime,
    signingCertificate: v2 ? signingCertificateOf(encodingOf(der, v2), 2) : v1 ? signingCertificateOf(encodingOf(der, v1), 1) : null,
    timestampTokens: unsigned
      .filter((a) => a.type === CMS_OID.signatureTimeStampToken)
      .flatMap((a) => a.values.map((v) => encodingOf(der, v).slice())),
    problems,
  };
}

/** A DER SignedData of the usual shape, read straight from the bytes; null = let pkijs read it. */
export function readSignedDataDer(der: Uint8Array): ParsedSignedData | null {
  const top = readTlv(der, 0, der.length);
  if (!top || top.tag !== T.seq || top.end !== der.length) return null;
  const [typeTlv, wrapped, ...extraTop] = childrenOf(der, top) ?? [];
  if (!typeTlv || typeTlv.tag !== T.oid || !wrapped || wrapped.tag !== T.c0 || extraTop.length > 0) return null;
  if (oidText(contentsOf(der, typeTlv)) !== CMS_OID.signedData) return null;
  const [signedData, ...extraWrapped] = childrenOf(der, wrapped) ?? [];
  if (!signedData || signedData.tag !== T.seq || extraWrapped.length > 0) return null;
  const fields = childrenOf(der, signedData);
  if (!fields) return null;
  const [version, digestSet, encap, ...rest] = fields;
  if (!version || version.tag !== T.integer || !digestSet || digestSet.tag !== T.set || !encap || encap.tag !== T.seq) return null;
  const certificateSet = rest[0]?.tag === T.c0 ? rest.shift()! : null;
  const crlSet = rest[0]?.tag === T.c1 ? rest.shift()! : null;
  const [signerSet, ...extra] = rest;
  if (!signerSet || signerSet.tag !== T.set || extra.length > 0) return null;

  const digestAlgorithms: string[] = [];
  for (const item of childrenOf(der, digestSet) ?? [null]) {
    const oid = item ? algorithmOid(der, item) : null;
    if (oid === null) return null;
    digestAlgorithms.push(oid);
  }
  const [eType, eWrapped, ...eExtra] = childrenOf(der, encap) ?? [];
  if (!eType || eType.tag !== T.oid || eExtra.length > 0) return null;
  const contentType = oidText(contentsOf(der, eType));
  let content: Uint8Array | null = null;
  if (eWrapped) {
    const [octets, ...more] = eWrapped.tag === T.c0 ? childrenOf(der, eWrapped) ?? [] : [];
    if (!octets || octets.tag !== T.octets || more.length > 0) return null;
    content = contentsOf(der, octets).slice();
  }
  const items = (set: Tlv | null) => (set ? childrenOf(der, set) : []);
  const certificates = items(certificateSet);
  const crls = items(crlSet);
  const signerInfos = childrenOf(der, signerSet);
  if (contentType === null || !certificates || !crls || !signerInfos) return null;
  const signers: ParsedSigner[] = [];
  for (const info of signerInfos) {
    const signer = readSigner(der, info);
    if (!signer) return null;
    signers.push(signer);
  }
  // Like the general reader: only the SEQUENCE items of the sets (certificates, CRLs), as raw bytes.
  const raw = (list: Tlv[]) => list.filter((t) => t.tag === T.seq).map((t) => encodingOf(der, t).slice());
  return { der, contentType, content, digestAlgorithms, certificates: raw(certificates), crls: raw(crls), signers };
}
