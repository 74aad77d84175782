import * as asn1js from 'asn1js';
import { spkiOfCertificate } from '../algorithms';
import type { AlgorithmName, PrivateKey } from '../algorithms/types';
import { serialHex } from '../asn1';
import { EKU_OID, NAME_OID, POLICY_OID, ROLE_OID, type Role } from '../certificates/oids';
import type { KeyUsageName } from '../certificates/parse-certificate';
import { EsignError, EsignErrorCode } from '../errors';
import { buildCertificate } from './build-certificate';
import type { DevPki } from './create-dev-pki';
import { generateKeyPair } from './key-pairs';
import {
  authorityKeyIdExtension, buildName, crlDistributionPointExtension, extKeyUsageExtension, keyUsageExtension, policiesExtension,
  randomSerial, rawExtension, serialInteger, subjectKeyIdExtension, subjectOf, type NameAttribute,
} from './x509-parts';

export type OrganizationRole = Extract<Role, 'first-head' | 'sign-right' | 'finance' | 'hr' | 'employee'>;

export type IssueRequest = {
  now: Date;
  /** 'sign' for acts (nonRepudiation, emailProtection), 'auth' for sign-in (keyEncipherment, clientAuth). */
  purpose: 'sign' | 'auth';
  /**
   * 'person' (default): an individual, or an organisation's employee when
   * `bin` is given. 'organization': the organisation's own key (e.g. the
   * system's key for simplified proceedings) — no IIN in it.
   */
  kind?: 'person' | 'organization';
  /** "SURNAME NAME" for a person (surname = first word), the organisation's name otherwise. */
  name: string;
  iin?: string;
  patronymic?: string;
  bin?: string;
  organization?: string;
  role?: OrganizationRole;
  algorithm?: AlgorithmName;
  /** Validity; by default one year from a day before `now`, like NCA user keys. */
  notBefore?: Date;
  notAfter?: Date;
  crlUrl?: string;
};

export type IssuedCertificate = {
  certificate: Uint8Array;
  privateKey: PrivateKey;
  /** Issuing CA, then root: what goes into the key file after the user certificate. */
  chain: Uint8Array[];
  serialNumber: string;
};

const TWELVE_DIGITS = /^\d{12}$/;

function subjectFor(request: IssueRequest): NameAttribute[] {
  const org = request.bin ? [
    { type: NAME_OID.organization, value: request.organization ?? `BIN${request.bin}` },
    { type: NAME_OID.organizationalUnit, value: `BIN${request.bin}` },
  ] : [];
  if (request.kind === 'organization') {
    return [{ type: NAME_OID.commonName, value: request.name }, { type: NAME_OID.country, value: 'KZ' }, ...org];
  }
  const surname = request.name.trim().split(/\s+/)[0] ?? request.name;
  return [
    { type: NAME_OID.commonName, value: request.name.trim() },
    { type: NAME_OID.surname, value: surname },
    { type: NAME_OID.serialNumber, value: `IIN${request.iin}` },
    { type: NAME_OID.country, value: 'KZ' },
    ...org,
    ...(request.patronymic ? [{ type: NAME_OID.givenName, value: request.patronymic }] : []),
  ];
}

/** The NCA profile of spec/ESIGN.md: key usage, EKU with the role OIDs, policy. */
function profileFor(request: IssueRequest): { keyUsage: KeyUsageName[]; eku: string[]; policy: string } {
  const legal = request.bin !== undefined;
  const roles = legal ? [ROLE_OID['legal-entity'], ...(request.role ? [ROLE_OID[request.role]] : [])] : [ROLE_OID.individual];
  return request.purpose === 'sign'
    ? { keyUsage: ['digitalSignature', 'nonRepudiation'], eku: [EKU_OID.emailProtection, ...roles], policy: legal ? POLICY_OID.legalEntitySign : POLICY_OID.individualSign }
    : { keyUsage: ['digitalSignature', 'keyEncipherment'], eku: [EKU_OID.clientAuth, ...roles], policy: legal ? POLICY_OID.legalEntityAuth : POLICY_OID.individualAuth };
}

function validate(request: IssueRequest): void {
  const bad = (message: string) => new EsignError(EsignErrorCode.invalidArgument, message);
  if (!request.name.trim()) throw bad('a name is required');
  if (request.kind !== 'organization' && !TWELVE_DIGITS.test(request.iin ?? '')) throw bad('IIN must be 12 digits');
  if (request.bin !== undefined && !TWELVE_DIGITS.test(request.bin)) throw bad('BIN must be 12 digits');
  if (request.kind === 'organization' && request.bin === undefined) throw bad("an organisation's key needs its BIN");
  if (request.role !== undefined && request.bin === undefined) throw bad('a role needs the BIN of the organisation');
}

/** Issues a user certificate and its key from the dev PKI's issuing CA. */
export async function issueCertificate(pki: DevPki, request: IssueRequest): Promise<IssuedCertificate> {
  validate(request);
  const key = await generateKeyPair(request.algorithm ?? 'RSA-SHA256');
  const profile = profileFor(request);
  const notBefore = request.notBefore ?? new Date(request.now.getTime() - 86_400_000);
  const notAfter = request.notAfter ?? new Date(notBefore.getTime() + 365 * 86_400_000);
  const serial = randomSerial();
  const certificate = await buildCertificate({
    serial, subject: buildName(subjectFor(request)), issuer: subjectOf(pki.issuing.certificate), spki: key.spki, notBefore, notAfter,
    extensions: [
      keyUsageExtension(profile.keyUsage), extKeyUsageExtension(profile.eku), policiesExtension([profile.policy]),
      subjectKeyIdExtension(key.spki), authorityKeyIdExtension(spkiOfCertificate(pki.issuing.certificate)),
      ...(request.crlUrl ? [crlDistributionPointExtension(request.crlUrl)] : []),
    ],
  }, pki.issuing.privateKey);
  return {
    certificate, privateKey: key.privateKey, chain: [pki.issuing.certificate, pki.root.certificate], serialNumber: serialHex(serialInteger(serial)),
  };
}

/** A time-stamping authority certificate (EKU timeStamping, critical, as RFC 3161 requires). */
export async function issueTsaCertificate(pki: DevPki, options: { now: Date; name?: string }): Promise<IssuedCertificate> {
  const key = await generateKeyPair(pki.issuing.privateKey.algorithm);
  const serial = randomSerial();
  const notBefore = new Date(options.now.getTime() - 86_400_000);
  const certificate = await buildCertificate({
    serial,
    subject: buildName([{ type: NAME_OID.commonName, value: options.name ?? 'ORYNDAU DEV TSA' }, { type: NAME_OID.country, value: 'KZ' }]),
    issuer: subjectOf(pki.issuing.certificate), spki: key.spki, notBefore, notAfter: new Date(notBefore.getTime() + 5 * 365 * 86_400_000),
    extensions: [
      keyUsageExtension(['digitalSignature', 'nonRepudiation']), extKeyUsageExtension([EKU_OID.timeStamping], true),
      subjectKeyIdExtension(key.spki), authorityKeyIdExtension(spkiOfCertificate(pki.issuing.certificate)),
    ],
  }, pki.issuing.privateKey);
  return { certificate, privateKey: key.privateKey, chain: [pki.issuing.certificate, pki.root.certificate], serialNumber: serialHex(serialInteger(serial)) };
}

/** A delegated OCSP responder certificate (RFC 6960 §4.2.2.2): EKU id-kp-OCSPSigning, id-pkix-ocsp-nocheck. */
export async function issueOcspResponderCertificate(
  pki: DevPki, options: { now: Date; name?: string; notBefore?: Date; notAfter?: Date; eku?: string[] },
): Promise<IssuedCertificate> {
  const key = await generateKeyPair(pki.issuing.privateKey.algorithm);
  const serial = randomSerial();
  const notBefore = options.notBefore ?? new Date(options.now.getTime() - 86_400_000);
  const certificate = await buildCertificate({
    serial,
    subject: buildName([{ type: NAME_OID.commonName, value: options.name ?? 'ORYNDAU DEV OCSP' }, { type: NAME_OID.country, value: 'KZ' }]),
    issuer: subjectOf(pki.issuing.certificate), spki: key.spki, notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 365 * 86_400_000),
    extensions: [
      keyUsageExtension(['digitalSignature']), extKeyUsageExtension(options.eku ?? [EKU_OID.ocspSigning]),
      rawExtension('1.3.6.1.5.5.7.48.1.5', false, new asn1js.Null()),
      subjectKeyIdExtension(key.spki), authorityKeyIdExtension(spkiOfCertificate(pki.issuing.certificate)),
    ],
  }, pki.issuing.privateKey);
  return { certificate, privateKey: key.privateKey, chain: [pki.issuing.certificate, pki.root.certificate], serialNumber: serialHex(serialInteger(serial)) };
}
