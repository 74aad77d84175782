import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeDer, encodeDer, serialHex } from '../asn1';
import { toArrayBuffer, toBytes } from '../bytes';
import { CMS_OID } from './oids';

/** RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime otherwise. */
export function timeValue(date: Date): asn1js.UTCTime | asn1js.GeneralizedTime {
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050 ? new asn1js.UTCTime({ valueDate: date }) : new asn1js.GeneralizedTime({ valueDate: date });
}

/**
 * SigningCertificateV2 (RFC 5035) with one ESSCertIDv2: the SHA-256 of the
 * signer's certificate (hashAlgorithm left out, it is the DEFAULT) and its
 * issuer + serial. It stops a signature being re-attributed to another
 * certificate with the same key.
 */
export function signingCertificateV2(certificateDer: Uint8Array): asn1js.Sequence {
  const cert = new pkijs.Certificate({ schema: decodeDer(certificateDer, 'certificate') });
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: toArrayBuffer(toBytes(cert.serialNumber.valueBlock.valueHexView)) }),
    ],
  });
  const essCertId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certificateDer)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] });
}

export type SigningCertificateRef = {
  version: 1 | 2;
  /** Digest OID of certHash (SHA-1 for v1, SHA-256 unless stated for v2). */
  hashOid: string;
  certHash: Uint8Array;
  /** Upper-case hex serial from issuerSerial, when present. */
  serialNumber: string | null;
};

/** Reads the first ESSCertID(v2) of a SigningCertificate(V2) attribute value. */
export function readSigningCertificate(value: asn1js.AsnType, version: 1 | 2): SigningCertificateRef | null {
  if (!(value instanceof asn1js.Sequence)) return null;
  const certs = value.valueBlock.value[0];
  if (!(certs instanceof asn1js.Sequence)) return null;
  const first = certs.valueBlock.value[0];
  if (!(first instanceof asn1js.Sequence)) return null;
  const parts = [...first.valueBlock.value];
  let hashOid: string = version === 1 ? CMS_OID.sha1 : CMS_OID.sha256;
  if (version === 2 && parts[0] instanceof asn1js.Sequence) {
    const alg = new pkijs.AlgorithmIdentifier({ schema: parts.shift() });
    hashOid = alg.algorithmId;
  }
  const hash = parts.shift();
  if (!(hash instanceof asn1js.OctetString)) return null;
  const issuerSerial = parts.shift();
  let serialNumber: string | null = null;
  if (issuerSerial instanceof asn1js.Sequence) {
    const serial = issuerSerial.valueBlock.value[1];
    if (serial instanceof asn1js.Integer) serialNumber = serialHex(serial);
  }
  return { version, hashOid, certHash: toBytes(hash.valueBlock.valueHexView), serialNumber };
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

/**
 * Builds the signed attributes and the bytes to sign: the DER SET OF
 * (tag 0x31), elements in DER order — the same bytes then travel as [0]
 * IMPLICIT, so what is verified is exactly what was signed.
 */
export function buildSignedAttributes(attributes: pkijs.Attribute[]): { attrs: pkijs.SignedAndUnsignedAttributes; toSign: Uint8Array } {
  const sorted = attributes
    .map((attribute) => ({ attribute, der: encodeDer(attribute.toSchema()) }))
    .sort((a, b) => compareBytes(a.der, b.der))
    .map((a) => a.attribute);
  const attrs = new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sorted });
  const toSign = encodeDer(attrs.toSchema());
  toSign[0] = 0x31;
  attrs.encodedValue = toArrayBuffer(toSign);
  return { attrs, toSign };
}

export function cadesAttributes(options: {
  contentType: string; digest: Uint8Array; signingTime: Date; certificate: Uint8Array;
}): pkijs.Attribute[] {
  return [
    new pkijs.Attribute({ type: CMS_OID.contentType, values: [new asn1js.ObjectIdentifier({ value: options.contentType })] }),
    new pkijs.Attribute({ type: CMS_OID.signingTime, values: [timeValue(options.signingTime)] }),
    new pkijs.Attribute({ type: CMS_OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(options.digest) })] }),
    new pkijs.Attribute({ type: CMS_OID.signingCertificateV2, values: [signingCertificateV2(options.certificate)] }),
  ];
}
