import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { decodeDer, serialHex } from '../asn1';
import { toBytes, toHex } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import { algorithmForSpki, describeUnsupported } from '../algorithms';
import type { AlgorithmName } from '../algorithms/types';
import { rememberedByBytes } from '../remembered';
import { readName, type CertificateName } from './names';
import { EKU_OID, EXTENSION_OID, POLICY_OID, ROLE_OID, type Role } from './oids';

export type KeyUsageName =
  | 'digitalSignature' | 'nonRepudiation' | 'keyEncipherment' | 'dataEncipherment' | 'keyAgreement'
  | 'keyCertSign' | 'cRLSign' | 'encipherOnly' | 'decipherOnly';

const KEY_USAGE_BITS: KeyUsageName[] = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
  'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
];

/** What a key may be used for in Oryndau: signing acts, or signing in. */
export type KeyPurpose = 'sign' | 'auth';

export type CertificateAlgorithm = {
  /** The key in the certificate. */
  publicKeyOid: string;
  /** How the issuer signed this certificate. */
  signatureOid: string;
  /** The supported algorithm of the key, or null (e.g. legacy GOST 34.310-2004). */
  name: AlgorithmName | null;
  supported: boolean;
  description: string;
};

export type NcaCertificate = {
  der: Uint8Array;
  /** The exact to-be-signed bytes, as received: signatures are checked over these. */
  tbs: Uint8Array;
  signatureValue: Uint8Array;
  serialNumber: string;
  subject: CertificateName;
  issuer: CertificateName;
  notBefore: Date;
  notAfter: Date;
  /** null when the certificate has no keyUsage extension. */
  keyUsage: KeyUsageName[] | null;
  extendedKeyUsage: string[];
  roles: Role[];
  policies: string[];
  purposes: KeyPurpose[];
  isCa: boolean;
  pathLength: number | null;
  spki: Uint8Array;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  algorithm: CertificateAlgorithm;
  /** OCSP responder URLs from the Authority Information Access extension. */
  ocspUrls: string[];
  /** Critical extensions this parser does not understand; a chain with one is refused (RFC 5280 §4.2). */
  unknownCriticalExtensions: string[];
};

const UNDERSTOOD = new Set<string>(Object.values(EXTENSION_OID));

function keyUsageOf(ext: pkijs.Extension): KeyUsageName[] {
  const bits = toBytes((ext.parsedValue as asn1js.BitString).valueBlock.valueHexView);
  return KEY_USAGE_BITS.filter((_, i) => (((bits[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) === 1);
}

/**
 * Signing vs authentication is decided from keyUsage, EKU and policy —
 * never from a file name (spec/ESIGN.md). Newer NCA keys carry both.
 */
export function purposesOf(keyUsage: KeyUsageName[] | null, eku: string[], policies: string[]): KeyPurpose[] {
  const ku = new Set(keyUsage ?? []);
  if (keyUsage !== null && !ku.has('digitalSignature') && !ku.has('nonRepudiation')) return [];
  const out: KeyPurpose[] = [];
  if (ku.has('nonRepudiation') || eku.includes(EKU_OID.emailProtection)
    || policies.includes(POLICY_OID.legalEntitySign) || policies.includes(POLICY_OID.individualSign)) out.push('sign');
  if (ku.has('keyEncipherment') || eku.includes(EKU_OID.clientAuth)
    || policies.includes(POLICY_OID.legalEntityAuth) || policies.includes(POLICY_OID.individualAuth)) out.push('auth');
  return out;
}

function algorithmOf(spki: Uint8Array, publicKeyOid: string, signatureOid: string): CertificateAlgorithm {
  const algorithm = algorithmForSpki(spki);
  return algorithm
    ? { publicKeyOid, signatureOid, name: algorithm.name, supported: true, description: algorithm.name }
    : { publicKeyOid, signatureOid, name: null, supported: false, description: describeUnsupported(publicKeyOid) };
}

/**
 * Certificates already parsed, by their exact DER bytes. The same CA and
 * signer certificates arrive with every signature, and parsing them (ASN.1
 * through pkijs) was a third of a verification's cost. The parsed value is
 * frozen and shared; a malformed certificate is not remembered.
 */
export const parseCertificate: (der: Uint8Array) => NcaCertificate = rememberedByBytes(512, 64 * 1024, parseCertificateUncached);

function parseCertificateUncached(der: Uint8Array): NcaCertificate {
  let cert: pkijs.Certificate;
  try {
    cert = new pkijs.Certificate({ schema: decodeDer(der, 'certificate') });
  } catch (error) {
    if (error instanceof EsignError) throw error;
    throw new EsignError(EsignErrorCode.malformed, `certificate: ${(error as Error).message}`);
  }
  // The outer and inner signature algorithms must agree (RFC 5280 §4.1.1.2):
  // a mismatch is a known way to make two verifiers disagree.
  if (cert.signature.algorithmId !== cert.signatureAlgorithm.algorithmId) {
    throw new EsignError(EsignErrorCode.malformed, 'certificate: signature algorithm differs from the one in tbsCertificate');
  }
  const extensions = cert.extensions ?? [];
  const ext = (oid: string) => extensions.find((e) => e.extnID === oid);
  const kuExt = ext(EXTENSION_OID.keyUsage);
  const keyUsage = kuExt ? keyUsageOf(kuExt) : null;
  const eku = (ext(EXTENSION_OID.extKeyUsage)?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  const policies = ((ext(EXTENSION_OID.certificatePolicies)?.parsedValue as pkijs.CertificatePolicies | undefined)
    ?.certificatePolicies ?? []).map((p) => p.policyIdentifier);
  const bc = ext(EXTENSION_OID.basicConstraints)?.parsedValue as pkijs.BasicConstraints | undefined;
  const ski = ext(EXTENSION_OID.subjectKeyIdentifier)?.parsedValue as asn1js.OctetString | undefined;
  const aki = ext(EXTENSION_OID.authorityKeyIdentifier)?.parsedValue as pkijs.AuthorityKeyIdentifier | undefined;
  const spki = toBytes(cert.subjectPublicKeyInfo.toSchema().toBER(false));
  const roleOids = Object.entries(ROLE_OID) as [Role, string][];
  const aia = ext(EXTENSION_OID.authorityInfoAccess)?.parsedValue as pkijs.InfoAccess | undefined;
  const ocspUrls = (aia?.accessDescriptions ?? [])
    .filter((d) => d.accessMethod === '1.3.6.1.5.5.7.48.1' && d.accessLocation.type === 6 && typeof d.accessLocation.value === 'string')
    .map((d) => d.accessLocation.value as string);
  return {
    der,
    tbs: toBytes(cert.tbsView),
    signatureValue: toBytes(cert.signatureValue.valueBlock.valueHexView),
    serialNumber: serialHex(cert.serialNumber),
    subject: readName(cert.subject),
    issuer: readName(cert.issuer),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    keyUsage,
    extendedKeyUsage: eku,
    roles: roleOids.filter(([, oid]) => eku.includes(oid)).map(([role]) => role),
    policies,
    purposes: purposesOf(keyUsage, eku, policies),
    isCa: bc?.cA === true,
    pathLength: typeof bc?.pathLenConstraint === 'number' ? bc.pathLenConstraint : null,
    spki,
    subjectKeyId: ski ? toHex(toBytes(ski.valueBlock.valueHexView)) : null,
    authorityKeyId: aki?.keyIdentifier ? toHex(toBytes(aki.keyIdentifier.valueBlock.valueHexView)) : null,
    algorithm: algorithmOf(spki, cert.subjectPublicKeyInfo.algorithm.algorithmId, cert.signatureAlgorithm.algorithmId),
    ocspUrls,
    unknownCriticalExtensions: extensions.filter((e) => e.critical && !UNDERSTOOD.has(e.extnID)).map((e) => e.extnID),
  };
}
