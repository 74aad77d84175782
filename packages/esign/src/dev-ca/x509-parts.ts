import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sha1 } from '@noble/hashes/legacy.js';
import { OID, type AlgorithmName } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { randomBytes, toArrayBuffer, toBytes } from '../bytes';
import { NAME_OID } from '../certificates/oids';
import type { KeyUsageName } from '../certificates/parse-certificate';

// Small builders for the X.509 pieces the dev CA writes.

export type NameAttribute = { type: string; value: string };

/**
 * One attribute per RDN, in the given order, as the NCA writes names (pkijs
 * alone would put them all into one multi-valued RDN); C and SERIALNUMBER
 * are PrintableString, the rest UTF8String.
 */
export function buildName(attributes: NameAttribute[]): pkijs.RelativeDistinguishedNames {
  const printable = new Set<string>([NAME_OID.country, NAME_OID.serialNumber]);
  const sequence = new asn1js.Sequence({
    value: attributes.map((a) => new asn1js.Set({
      value: [new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: a.type }),
          printable.has(a.type) ? new asn1js.PrintableString({ value: a.value }) : new asn1js.Utf8String({ value: a.value }),
        ],
      })],
    })),
  });
  return new pkijs.RelativeDistinguishedNames({ schema: decodeDer(encodeDer(sequence), 'name') });
}

/** A name exactly as encoded in a certificate (its subject), so issuer fields match byte for byte. */
export function subjectOf(certificate: Uint8Array): pkijs.RelativeDistinguishedNames {
  return new pkijs.Certificate({ schema: decodeDer(certificate, 'certificate') }).subject;
}

/** 16 random bytes, positive and without a leading zero byte. */
export function randomSerial(): Uint8Array {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 1) & 0x7f) | 0x10;
  return bytes;
}

export function serialInteger(serial: Uint8Array): asn1js.Integer {
  const bytes = (serial[0] ?? 0) & 0x80 ? new Uint8Array([0, ...serial]) : serial;
  return new asn1js.Integer({ valueHex: toArrayBuffer(bytes) });
}

/** pkijs Time: UTCTime until 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
export function x509Time(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

export function signatureAlgorithmId(name: AlgorithmName): pkijs.AlgorithmIdentifier {
  switch (name) {
    case 'RSA-SHA256':
      return new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRSAEncryption, algorithmParams: new asn1js.Null() });
    case 'ECDSA-P256-SHA256':
      return new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSHA256 });
    case 'GOST3410-2015-512':
      return new pkijs.AlgorithmIdentifier({ algorithmId: OID.gost2015Signature512 });
  }
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
export function keyIdentifier(spki: Uint8Array): Uint8Array {
  const info = new pkijs.PublicKeyInfo({ schema: decodeDer(spki, 'SubjectPublicKeyInfo') });
  return sha1(toBytes(info.subjectPublicKey.valueBlock.valueHexView));
}

function extension(extnID: string, critical: boolean, value: { toBER(sizeOnly?: boolean): ArrayBuffer }): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: toArrayBuffer(encodeDer(value)) });
}

const KU_ORDER: KeyUsageName[] = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
];

export function keyUsageExtension(usages: KeyUsageName[]): pkijs.Extension {
  const bits = usages.map((u) => KU_ORDER.indexOf(u));
  const last = Math.max(...bits);
  const bytes = new Uint8Array((last >> 3) + 1);
  for (const bit of bits) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  // DER named bit list: trailing zero bits are not encoded.
  const unusedBits = 7 - (last & 7);
  return extension('2.5.29.15', true, new asn1js.BitString({ valueHex: toArrayBuffer(bytes), unusedBits }));
}

export function basicConstraintsExtension(ca: boolean, pathLength?: number): pkijs.Extension {
  const params = ca && pathLength !== undefined ? { cA: true, pathLenConstraint: pathLength } : { cA: ca };
  return extension('2.5.29.19', true, new pkijs.BasicConstraints(params).toSchema());
}

export function extKeyUsageExtension(purposes: string[], critical = false): pkijs.Extension {
  return extension('2.5.29.37', critical, new pkijs.ExtKeyUsage({ keyPurposes: purposes }).toSchema());
}

export function policiesExtension(policies: string[]): pkijs.Extension {
  return extension('2.5.29.32', false, new pkijs.CertificatePolicies({
    certificatePolicies: policies.map((policyIdentifier) => new pkijs.PolicyInformation({ policyIdentifier })),
  }).toSchema());
}

export function subjectKeyIdExtension(spki: Uint8Array): pkijs.Extension {
  return extension('2.5.29.14', false, new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifier(spki)) }));
}

export function authorityKeyIdExtension(issuerSpki: Uint8Array): pkijs.Extension {
  return extension('2.5.29.35', false, new pkijs.AuthorityKeyIdentifier({
    keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifier(issuerSpki)) }),
  }).toSchema());
}

export function crlDistributionPointExtension(url: string): pkijs.Extension {
  return extension('2.5.29.31', false, new pkijs.CRLDistributionPoints({
    distributionPoints: [new pkijs.DistributionPoint({ distributionPoint: [new pkijs.GeneralName({ type: 6, value: url })] })],
  }).toSchema());
}

export function rawExtension(extnID: string, critical: boolean, value: { toBER(sizeOnly?: boolean): ArrayBuffer }): pkijs.Extension {
  return extension(extnID, critical, value);
}
