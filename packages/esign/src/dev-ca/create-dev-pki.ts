import type { AlgorithmName, PrivateKey } from '../algorithms/types';
import { NAME_OID, POLICY_OID } from '../certificates/oids';
import { buildCertificate } from './build-certificate';
import { generateKeyPair } from './key-pairs';
import {
  authorityKeyIdExtension, basicConstraintsExtension, buildName, keyUsageExtension, policiesExtension, randomSerial, subjectKeyIdExtension,
  subjectOf,
} from './x509-parts';
import { spkiOfCertificate } from '../algorithms';

/** A CA's certificate and key. */
export type CaMaterial = { certificate: Uint8Array; privateKey: PrivateKey };

/** The dev PKI, laid out like the NCA's: a root, and an issuing CA that signs every user certificate. */
export type DevPki = { root: CaMaterial; issuing: CaMaterial };

export const DEV_ROOT_NAME = 'ORYNDAU DEV ROOT';
export const DEV_ISSUING_NAME = 'ORYNDAU DEV ISSUING CA';

export type CreateDevPkiOptions = {
  now: Date;
  /** RSA-2048 like the NCA's RSA branch, unless asked otherwise. */
  algorithm?: AlgorithmName;
  rootName?: string;
  issuingName?: string;
};

const years = (from: Date, n: number) => new Date(Date.UTC(from.getUTCFullYear() + n, from.getUTCMonth(), from.getUTCDate()));

/**
 * Creates the root ("НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ" in the NCA) and the
 * issuing CA ("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ"). Backdated a day so clocks
 * slightly behind still accept it.
 */
export async function createDevPki(options: CreateDevPkiOptions): Promise<DevPki> {
  const algorithm = options.algorithm ?? 'RSA-SHA256';
  const notBefore = new Date(options.now.getTime() - 86_400_000);
  const rootKey = await generateKeyPair(algorithm);
  const rootName = buildName([
    { type: NAME_OID.commonName, value: options.rootName ?? DEV_ROOT_NAME }, { type: NAME_OID.country, value: 'KZ' },
  ]);
  const root = await buildCertificate({
    serial: randomSerial(), subject: rootName, issuer: rootName, spki: rootKey.spki, notBefore, notAfter: years(options.now, 20),
    extensions: [
      basicConstraintsExtension(true), keyUsageExtension(['keyCertSign', 'cRLSign']), subjectKeyIdExtension(rootKey.spki),
    ],
  }, rootKey.privateKey);
  const issuingKey = await generateKeyPair(algorithm);
  const issuing = await buildCertificate({
    serial: randomSerial(),
    subject: buildName([{ type: NAME_OID.commonName, value: options.issuingName ?? DEV_ISSUING_NAME }, { type: NAME_OID.country, value: 'KZ' }]),
    issuer: subjectOf(root), spki: issuingKey.spki, notBefore, notAfter: years(options.now, 10),
    extensions: [
      basicConstraintsExtension(true, 0), keyUsageExtension(['keyCertSign', 'cRLSign']), policiesExtension([POLICY_OID.caPolicy]),
      subjectKeyIdExtension(issuingKey.spki), authorityKeyIdExtension(spkiOfCertificate(root)),
    ],
  }, rootKey.privateKey);
  return { root: { certificate: root, privateKey: rootKey.privateKey }, issuing: { certificate: issuing, privateKey: issuingKey.privateKey } };
}
