import { namesEqual } from '../certificates/names';
import type { NcaCertificate } from '../certificates/parse-certificate';
import { verifySignedByIssuer } from '../certificates/verify-issued-by';
import type { CrlEntry, ParsedCrl } from './parse-crl';

export type CrlTiming = 'current' | 'later' | 'stale' | 'after-expiry';

/**
 * Whether a CRL can speak for `cert` at `at`: either it was the current
 * list then (thisUpdate ≤ at < nextUpdate), or it was issued after `at`
 * while the certificate was still unexpired (or the list keeps expired
 * certificates, ExpiredCertsOnCRL) and therefore still listed when revoked
 * — the stronger proof used to re-check old signatures.
 */
export function crlTiming(crl: ParsedCrl, cert: NcaCertificate, at: Date): CrlTiming {
  const t = at.getTime();
  if (crl.thisUpdate.getTime() <= t) {
    return crl.nextUpdate !== null && t < crl.nextUpdate.getTime() ? 'current' : 'stale';
  }
  // Issued after the certificate expired: the CA may already have dropped it from the list —
  // unless the list says it keeps certificates that expired on or after a date (ExpiredCertsOnCRL) covering this one.
  if (crl.thisUpdate.getTime() <= cert.notAfter.getTime()) return 'later';
  return crl.expiredCertsOnCrl && crl.expiredCertsOnCrl.getTime() <= cert.notAfter.getTime() ? 'later' : 'after-expiry';
}

/** Freshness alone: was this the current list at `at` (thisUpdate ≤ at < nextUpdate)? */
export function crlIsCurrent(crl: ParsedCrl, at: Date): boolean {
  const t = at.getTime();
  return crl.thisUpdate.getTime() <= t && crl.nextUpdate !== null && t < crl.nextUpdate.getTime();
}

/** A serial's entry at `at`: revoked only if the revocation date is not after `at`. */
export function revokedAt(crl: ParsedCrl, serialNumber: string, at: Date): CrlEntry | null {
  const entry = crl.entries.get(serialNumber.toUpperCase()) ?? null;
  return entry && entry.revokedAt.getTime() <= at.getTime() ? entry : null;
}

/** Is `crl` really the issuer's list: same name, key id if given, signature under the issuer's key? */
export async function crlIssuedBy(crl: ParsedCrl, issuer: NcaCertificate): Promise<{ ok: boolean; detail: string }> {
  if (!namesEqual(crl.issuer.der, issuer.subject.der)) return { ok: false, detail: 'issued by another CA' };
  if (crl.authorityKeyId && issuer.subjectKeyId && crl.authorityKeyId !== issuer.subjectKeyId) return { ok: false, detail: 'key identifier differs' };
  if (issuer.keyUsage && !issuer.keyUsage.includes('cRLSign')) return { ok: false, detail: 'issuer may not sign CRLs' };
  if (crl.unknownCriticalExtensions.length > 0) return { ok: false, detail: `unknown critical extension ${crl.unknownCriticalExtensions.join(', ')}` };
  const signed = await verifySignedByIssuer(crl, crl.signatureOid, issuer);
  return signed.ok ? { ok: true, detail: 'signature valid' } : { ok: false, detail: signed.detail };
}

export type RevocationStatus =
  | { status: 'good'; crls: ParsedCrl[]; detail: string }
  | { status: 'revoked'; crls: ParsedCrl[]; revokedAt: Date; reason: CrlEntry['reason']; detail: string }
  | { status: 'unknown'; crls: ParsedCrl[]; detail: string };

const iso = (d: Date) => d.toISOString();

/**
 * A hold (reason certificateHold) in effect at `at`: listed with a date not
 * after `at` by a usable CRL, and not lifted by a list issued after that one
 * and no later than `at` (a full CRL without the entry, or a delta saying
 * removeFromCRL). A lift seen only in a list issued after `at` may have come
 * after `at`, so the certificate is not taken as good then.
 */
function onHoldAt(usable: ParsedCrl[], serial: string, at: Date): { crl: ParsedCrl; entry: CrlEntry } | null {
  const t = at.getTime();
  for (const crl of usable) {
    const entry = crl.entries.get(serial);
    if (!entry || entry.reason !== 'certificateHold' || entry.revokedAt.getTime() > t) continue;
    const lifted = usable.some((m) => m.thisUpdate.getTime() > crl.thisUpdate.getTime() && m.thisUpdate.getTime() <= t
      && (m.deltaBase === null ? !m.entries.has(serial) : m.entries.get(serial)?.reason === 'removeFromCRL'));
    if (!lifted) return { crl, entry };
  }
  return null;
}

/**
 * The status of `cert` at `at` from the CRLs at hand (full + delta). Fails
 * closed: without a usable, correctly signed CRL of the issuer the answer
 * is 'unknown', never 'good'.
 */
export async function revocationStatus(cert: NcaCertificate, issuer: NcaCertificate, crls: ParsedCrl[], at: Date): Promise<RevocationStatus> {
  const usable: ParsedCrl[] = [];
  const rejected: string[] = [];
  for (const crl of crls) {
    if (!namesEqual(crl.issuer.der, issuer.subject.der)) continue;
    const timing = crlTiming(crl, cert, at);
    if (timing === 'stale' || timing === 'after-expiry') {
      rejected.push(`CRL ${iso(crl.thisUpdate)}…${crl.nextUpdate ? iso(crl.nextUpdate) : '?'} does not cover ${iso(at)}`);
      continue;
    }
    const signed = await crlIssuedBy(crl, issuer);
    if (!signed.ok) rejected.push(`CRL ${iso(crl.thisUpdate)}: ${signed.detail}`);
    else usable.push(crl);
  }
  const bases = usable.filter((c) => c.deltaBase === null).sort((a, b) => b.thisUpdate.getTime() - a.thisUpdate.getTime());
  const base = bases[0];
  if (!base) {
    return { status: 'unknown', crls: [], detail: rejected.length ? rejected.join('; ') : `no CRL of "${issuer.subject.commonName ?? issuer.subject.text}"` };
  }
  const deltas = usable.filter((c) => c.deltaBase !== null && base.crlNumber !== null && c.deltaBase <= base.crlNumber
    && c.thisUpdate.getTime() >= base.thisUpdate.getTime());
  const used = [base, ...deltas];
  let entry = base.entries.get(cert.serialNumber) ?? null;
  for (const delta of deltas) {
    const change = delta.entries.get(cert.serialNumber);
    if (change) entry = change.reason === 'removeFromCRL' ? null : change;
  }
  const source = `CRL of ${iso(base.thisUpdate)}${deltas.length ? ` + ${deltas.length} delta` : ''}`;
  const hold = onHoldAt(usable, cert.serialNumber, at);
  if (hold) {
    return {
      status: 'revoked', crls: [hold.crl], revokedAt: hold.entry.revokedAt, reason: 'certificateHold',
      detail: `on hold since ${iso(hold.entry.revokedAt)} at ${iso(at)} (CRL of ${iso(hold.crl.thisUpdate)})`,
    };
  }
  // A hold not in effect at `at` (placed later, or lifted before it) says nothing against the certificate then.
  if (entry?.reason === 'certificateHold') entry = null;
  if (entry && entry.revokedAt.getTime() <= at.getTime()) {
    return { status: 'revoked', crls: used, revokedAt: entry.revokedAt, reason: entry.reason, detail: `revoked ${iso(entry.revokedAt)}${entry.reason ? ` (${entry.reason})` : ''}; ${source}` };
  }
  if (entry) return { status: 'good', crls: used, detail: `not revoked at ${iso(at)} (revoked later, ${iso(entry.revokedAt)}); ${source}` };
  return { status: 'good', crls: used, detail: `not revoked at ${iso(at)}; ${source}` };
}
