import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { decodeDer, serialHex } from '../asn1';
import { toBytes, toHex } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import { rememberedByBytes } from '../remembered';
import { readName, type CertificateName } from '../certificates/names';

export const CRL_EXTENSION_OID = {
  crlNumber: '2.5.29.20',
  reasonCode: '2.5.29.21',
  invalidityDate: '2.5.29.24',
  deltaCrlIndicator: '2.5.29.27',
  issuingDistributionPoint: '2.5.29.28',
  authorityKeyIdentifier: '2.5.29.35',
  /** ExpiredCertsOnCRL (X.509 2016): certificates that expired on or after this date are still listed. */
  expiredCertsOnCrl: '2.5.29.60',
} as const;

export const REVOCATION_REASONS = [
  'unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded',
  'cessationOfOperation', 'certificateHold', 'unused', 'removeFromCRL', 'privilegeWithdrawn', 'aACompromise',
] as const;

export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export type CrlEntry = { revokedAt: Date; reason: RevocationReason | null };

export type ParsedCrl = {
  der: Uint8Array;
  tbs: Uint8Array;
  signatureOid: string;
  signatureValue: Uint8Array;
  issuer: CertificateName;
  thisUpdate: Date;
  nextUpdate: Date | null;
  crlNumber: bigint | null;
  /** Set on a delta CRL: the number of the full CRL it extends. */
  deltaBase: bigint | null;
  authorityKeyId: string | null;
  /** ExpiredCertsOnCRL: the list keeps certificates that expired on or after this date. */
  expiredCertsOnCrl: Date | null;
  /** Revoked serials (upper-case hex) → when and why. */
  entries: Map<string, CrlEntry>;
  /** Critical extensions not understood (e.g. an indirect-CRL issuing point): such a CRL is not used. */
  unknownCriticalExtensions: string[];
};

const UNDERSTOOD_CRL = new Set<string>([
  CRL_EXTENSION_OID.crlNumber, CRL_EXTENSION_OID.deltaCrlIndicator, CRL_EXTENSION_OID.authorityKeyIdentifier, CRL_EXTENSION_OID.expiredCertsOnCrl,
]);
const UNDERSTOOD_ENTRY = new Set<string>([CRL_EXTENSION_OID.reasonCode, CRL_EXTENSION_OID.invalidityDate]);

function expiredCertsOnCrl(extension: pkijs.Extension | undefined): Date | null {
  if (!extension) return null;
  const value = asn1js.fromBER(toBytes(extension.extnValue.valueBlock.valueHexView).slice().buffer).result;
  if (!(value instanceof asn1js.GeneralizedTime)) throw new EsignError(EsignErrorCode.malformed, 'CRL: ExpiredCertsOnCRL is not a GeneralizedTime');
  return value.toDate();
}

function integer(value: unknown): bigint | null {
  return value instanceof asn1js.Integer ? BigInt(`0x${toHex(toBytes(value.valueBlock.valueHexView)) || '0'}`) : null;
}

/**
 * Reads a DER CRL whole. Fine for the dev CA and the NCA delta CRLs; the
 * full NCA GOST CRL (~20 MB) would want a streaming reader (not done yet).
 * The same CRLs come with every verification until the CA publishes the
 * next ones, so lists up to 1 MB are remembered by their exact bytes.
 */
export const parseCrl: (der: Uint8Array) => ParsedCrl = rememberedByBytes(32, 1024 * 1024, parseCrlUncached);

function parseCrlUncached(der: Uint8Array): ParsedCrl {
  let crl: pkijs.CertificateRevocationList;
  try {
    crl = new pkijs.CertificateRevocationList({ schema: decodeDer(der, 'CRL') });
  } catch (error) {
    if (error instanceof EsignError) throw error;
    throw new EsignError(EsignErrorCode.malformed, `CRL: ${(error as Error).message}`);
  }
  if (crl.signature.algorithmId !== crl.signatureAlgorithm.algorithmId) {
    throw new EsignError(EsignErrorCode.malformed, 'CRL: signature algorithm differs from the one in tbsCertList');
  }
  const extensions = crl.crlExtensions?.extensions ?? [];
  const ext = (oid: string) => extensions.find((e) => e.extnID === oid);
  const unknownCritical = extensions.filter((e) => e.critical && !UNDERSTOOD_CRL.has(e.extnID)).map((e) => e.extnID);
  const entries = new Map<string, CrlEntry>();
  for (const revoked of crl.revokedCertificates ?? []) {
    const entryExtensions = revoked.crlEntryExtensions?.extensions ?? [];
    const code = entryExtensions.find((e) => e.extnID === CRL_EXTENSION_OID.reasonCode)?.parsedValue;
    unknownCritical.push(...entryExtensions.filter((e) => e.critical && !UNDERSTOOD_ENTRY.has(e.extnID)).map((e) => e.extnID));
    entries.set(serialHex(revoked.userCertificate), {
      revokedAt: revoked.revocationDate.value,
      reason: code instanceof asn1js.Enumerated ? (REVOCATION_REASONS[code.valueBlock.valueDec] ?? 'unspecified') : null,
    });
  }
  const aki = ext(CRL_EXTENSION_OID.authorityKeyIdentifier)?.parsedValue as pkijs.AuthorityKeyIdentifier | undefined;
  return {
    der,
    tbs: toBytes(crl.tbsView),
    signatureOid: crl.signatureAlgorithm.algorithmId,
    signatureValue: toBytes(crl.signatureValue.valueBlock.valueHexView),
    issuer: readName(crl.issuer),
    thisUpdate: crl.thisUpdate.value,
    nextUpdate: crl.nextUpdate?.value ?? null,
    crlNumber: integer(ext(CRL_EXTENSION_OID.crlNumber)?.parsedValue),
    deltaBase: integer(ext(CRL_EXTENSION_OID.deltaCrlIndicator)?.parsedValue),
    expiredCertsOnCrl: expiredCertsOnCrl(ext(CRL_EXTENSION_OID.expiredCertsOnCrl)),
    authorityKeyId: aki?.keyIdentifier ? toHex(toBytes(aki.keyIdentifier.valueBlock.valueHexView)) : null,
    entries,
    unknownCriticalExtensions: [...new Set(unknownCritical)],
  };
}
