import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { decodeDer, serialHex } from '../asn1';
import { concatBytes, toBytes, toHex } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import { CMS_OID } from './oids';
import { readSignedDataDer } from './read-signed-data-der';
import { readSigningCertificate, type SigningCertificateRef } from './signed-attributes';

export type SignerId =
  | { kind: 'issuerAndSerial'; issuer: Uint8Array; serialNumber: string }
  | { kind: 'subjectKeyId'; keyId: string };

export type ParsedSigner = {
  sid: SignerId;
  digestOid: string;
  signatureOid: string;
  /** The signed attributes as signed (SET OF, tag 0x31); null when the signer has none. */
  signedAttributes: Uint8Array | null;
  signature: Uint8Array;
  contentType: string | null;
  messageDigest: Uint8Array | null;
  /** The signer's own claim; reported, never trusted. */
  signingTime: Date | null;
  signingCertificate: SigningCertificateRef | null;
  /** RFC 3161 tokens (DER ContentInfo) in the unsigned attributes. */
  timestampTokens: Uint8Array[];
  /** Structural problems in the attributes (duplicates, several values …). */
  problems: string[];
};

export type ParsedSignedData = {
  der: Uint8Array;
  contentType: string;
  /** The encapsulated content; null for a detached signature. */
  content: Uint8Array | null;
  digestAlgorithms: string[];
  /** Certificates carried in the CMS: hints for chain building, never trust. */
  certificates: Uint8Array[];
  crls: Uint8Array[];
  signers: ParsedSigner[];
};

function octets(value: asn1js.AsnType): Uint8Array {
  // A constructed (BER) OCTET STRING is the concatenation of its pieces.
  if (value instanceof asn1js.OctetString && value.idBlock.isConstructed) {
    return concatBytes(...(value.valueBlock.value as asn1js.AsnType[]).map(octets));
  }
  if (value instanceof asn1js.OctetString) return toBytes(value.valueBlock.valueHexView);
  throw new EsignError(EsignErrorCode.malformed, 'CMS: expected an OCTET STRING');
}

/** The raw encodings inside the [n] IMPLICIT SET of a SignedData (certificates, crls). */
function taggedItems(signedData: asn1js.Sequence, tag: number): Uint8Array[] {
  const set = signedData.valueBlock.value.find((v) => v.idBlock.tagClass === 3 && v.idBlock.tagNumber === tag);
  if (!set || !(set instanceof asn1js.Constructed)) return [];
  return set.valueBlock.value
    .filter((item) => item.idBlock.tagClass === 1 && item.idBlock.tagNumber === 16)
    .map((item) => toBytes(item.valueBeforeDecodeView));
}

const isCertificatesOrCrls = (item: asn1js.AsnType) => item.idBlock.tagClass === 3 && (item.idBlock.tagNumber === 0 || item.idBlock.tagNumber === 1);

/**
 * The SignedData without its [0] certificates and [1] crls, for pkijs: they
 * are taken as raw bytes (`taggedItems`) and parsed, remembered, by the
 * verifier; letting pkijs build objects for them too was half the cost of
 * reading a CMS. Everything else, signer infos included, pkijs still reads
 * and checks against its schema.
 */
function withoutCertificatesAndCrls(signedData: asn1js.Sequence): asn1js.Sequence {
  if (!(signedData instanceof asn1js.Sequence) || !signedData.valueBlock.value.some(isCertificatesOrCrls)) return signedData;
  return new asn1js.Sequence({ value: signedData.valueBlock.value.filter((item) => !isCertificatesOrCrls(item)) });
}

function readSigner(info: pkijs.SignerInfo): ParsedSigner {
  const problems: string[] = [];
  const signed = info.signedAttrs?.attributes ?? [];
  const single = (oid: string): asn1js.AsnType | null => {
    const found = signed.filter((a) => a.type === oid);
    if (found.length > 1) problems.push(`attribute ${oid} appears ${found.length} times`);
    if (found[0] && found[0].values.length !== 1) problems.push(`attribute ${oid} has ${found[0].values.length} values`);
    return (found[0]?.values[0] as asn1js.AsnType | undefined) ?? null;
  };
  const contentType = single(CMS_OID.contentType);
  const digest = single(CMS_OID.messageDigest);
  const time = single(CMS_OID.signingTime);
  const v2 = single(CMS_OID.signingCertificateV2);
  const v1 = single(CMS_OID.signingCertificate);
  const sid: SignerId = info.sid instanceof pkijs.IssuerAndSerialNumber
    ? { kind: 'issuerAndSerial', issuer: toBytes(info.sid.issuer.toSchema().toBER(false)), serialNumber: serialHex(info.sid.serialNumber) }
    : { kind: 'subjectKeyId', keyId: toHex(toBytes((info.sid as asn1js.Primitive).valueBlock.valueHexView)) };
  return {
    sid,
    digestOid: info.digestAlgorithm.algorithmId,
    signatureOid: info.signatureAlgorithm.algorithmId,
    signedAttributes: info.signedAttrs ? toBytes(info.signedAttrs.encodedValue) : null,
    signature: toBytes(info.signature.valueBlock.valueHexView),
    contentType: contentType instanceof asn1js.ObjectIdentifier ? contentType.valueBlock.toString() : null,
    messageDigest: digest instanceof asn1js.OctetString ? octets(digest) : null,
    signingTime: time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : null,
    signingCertificate: v2 ? readSigningCertificate(v2, 2) : v1 ? readSigningCertificate(v1, 1) : null,
    timestampTokens: (info.unsignedAttrs?.attributes ?? [])
      .filter((a) => a.type === CMS_OID.signatureTimeStampToken)
      .flatMap((a) => a.values.map((v: asn1js.AsnType) => toBytes(v.valueBeforeDecodeView))),
    problems,
  };
}

/**
 * Reads a CMS ContentInfo holding SignedData. Throws EsignError(malformed)
 * for anything else; judging the signers is the verifier's job.
 */
export function parseSignedData(der: Uint8Array): ParsedSignedData {
  // Plain DER of the usual shape is read straight from the bytes; anything else through pkijs.
  const direct = readSignedDataDer(der);
  if (direct) return direct;
  return parseSignedDataWithPkijs(der);
}

/** The general reader (BER, unusual shapes): pkijs's schema objects. */
export function parseSignedDataWithPkijs(der: Uint8Array): ParsedSignedData {
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: decodeDer(der, 'CMS') });
    if (contentInfo.contentType !== CMS_OID.signedData) {
      throw new EsignError(EsignErrorCode.malformed, `CMS: content type ${contentInfo.contentType} is not SignedData`);
    }
    const raw = contentInfo.content as asn1js.Sequence;
    const signedData = new pkijs.SignedData({ schema: withoutCertificatesAndCrls(raw) });
    const eContent = signedData.encapContentInfo.eContent;
    return {
      der,
      contentType: signedData.encapContentInfo.eContentType,
      content: eContent ? octets(eContent) : null,
      digestAlgorithms: signedData.digestAlgorithms.map((a) => a.algorithmId),
      certificates: taggedItems(raw, 0),
      crls: taggedItems(raw, 1),
      signers: signedData.signerInfos.map(readSigner),
    };
  } catch (error) {
    if (error instanceof EsignError) throw error;
    throw new EsignError(EsignErrorCode.malformed, `CMS: ${(error as Error).message}`);
  }
}
