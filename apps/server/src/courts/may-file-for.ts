import type { FilingRecord, PowerOfAttorneyRecord, Sql } from '@oryndau/db';
import { findActivePowersOfAttorney, findPowerOfAttorney, listPowersOfAttorneyForTrustee } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import type { IsoDate } from '@oryndau/kz';
import type { VerificationOutcome, VerificationReason } from '../signing/verifier';

/**
 * FILE-10, FILE-9, SIG-8 (§26, §29–33): whether the person whose verified
 * certificate signed a filing may file it, at the instant it arrives:
 * - the certificate's IIN is the applicant's (an individual applicant);
 * - for a legal entity (as the applicant, or as the principal without a
 *   power of attorney) the certificate carries that entity's BIN;
 * - for anyone else's behalf, an active power of attorney of that principal
 *   naming the signer as a trustee, valid on the receipt date in the
 *   court's zone, with the power to file claims (`file_appeals` for an
 *   appeal or a cassation complaint). Revocation counts at once.
 * Returns the reasons it may not (kk/ru), empty when it may, and the power
 * of attorney relied on. `lock` (inside the receipt's transaction) takes
 * that power of attorney's row lock, so a revocation cannot slip between
 * the check and the receipt.
 */
export type FilingAuthority = { reasons: VerificationReason[]; powerOfAttorneyId: string | null };

type Signer = NonNullable<VerificationOutcome['signer']>;

export const AUTHORITY_REASONS = {
  iin_not_applicant: { code: 'iin_not_applicant', kk: 'қолтаңба өтініш берушінің ЖСН-іне берілген тіркеу куәлігімен қойылмаған',
    ru: 'подпись поставлена не сертификатом, выданным на ИИН заявителя' },
  bin_mismatch: { code: 'bin_mismatch', kk: 'тіркеу куәлігіндегі БСН өтініштегі заңды тұлғаның БСН-іне сәйкес келмейді',
    ru: 'БИН в сертификате не совпадает с БИН юридического лица, от имени которого подано обращение' },
  no_power_of_attorney: { code: 'no_power_of_attorney', kk: 'сенім білдірушінің сізге берген, бүгін қолданыстағы сенімхаты жоқ',
    ru: 'нет действующей на сегодня доверенности доверителя на ваше имя' },
} as const satisfies Record<string, VerificationReason>;

const poaReason = (reason: courts.PoaRefusalReason): VerificationReason => ({ code: `poa_${reason}`, ...courts.POA_REFUSAL_TEXTS[reason] });

const asDomainPoa = (poa: PowerOfAttorneyRecord): courts.PowerOfAttorney => ({
  id: poa.id, status: poa.status, principalKind: poa.principalKind, principalIinBin: poa.principalIinBin,
  trustees: poa.trustees.map((t) => ({ iin: t.iin })), powers: poa.powers, validFrom: poa.validFrom, validUntil: poa.validUntil,
});

/** The power a filing of this service needs. */
export const powerFor = (service: FilingRecord['service']): courts.PoaPower =>
  (service === 'appeal' || service === 'cassation' ? 'file_appeals' : 'file_claims');

export async function mayFileFor(sql: Sql, input: { filing: FilingRecord; signer: Signer | null; on: IsoDate; lock?: boolean })
  : Promise<FilingAuthority> {
  const { filing, signer, on } = input;
  const none = (reasons: VerificationReason[]): FilingAuthority => ({ reasons, powerOfAttorneyId: null });
  if (!signer?.iin) return none([AUTHORITY_REASONS.iin_not_applicant]);
  if (filing.applicantKind === 'individual' && signer.iin !== filing.applicantIinBin) return none([AUTHORITY_REASONS.iin_not_applicant]);
  if (filing.applicantKind === 'legal_entity' && signer.bin !== filing.applicantIinBin) return none([AUTHORITY_REASONS.bin_mismatch]);
  if (filing.principalIinBin === null) return none([]);
  // A legal entity's own representative (its BIN on the certificate) needs no power of attorney.
  if (filing.principalKind === 'legal_entity' && filing.powerOfAttorneyId === null && signer.bin === filing.principalIinBin) return none([]);
  const use = { trusteeIin: signer.iin, principalIinBin: filing.principalIinBin, power: powerFor(filing.service), on };
  const principal = filing.principalIinBin;
  let candidates = filing.powerOfAttorneyId !== null
    ? [await findPowerOfAttorney(sql, filing.powerOfAttorneyId)].filter((p): p is PowerOfAttorneyRecord => p !== null)
    : await findActivePowersOfAttorney(sql, principal, signer.iin, on);
  // None in force: the principal's signed ones naming this trustee say why (revoked, expired …).
  if (candidates.length === 0) candidates = (await listPowersOfAttorneyForTrustee(sql, signer.iin)).filter((p) => p.principalIinBin === principal);
  if (candidates.length === 0) return none([AUTHORITY_REASONS.no_power_of_attorney]);
  let first: courts.PoaRefusalReason | null = null;
  for (const candidate of candidates) {
    // Lock, then read again: the row as it is now, not as it was before the lock.
    const poa = input.lock ? await findPowerOfAttorney(sql, candidate.id, { lock: true }) : candidate;
    if (!poa) continue;
    const check = courts.checkPowerOfAttorney(asDomainPoa(poa), use);
    if (check.ok) return { reasons: [], powerOfAttorneyId: poa.id };
    first ??= check.reason;
  }
  return none(first ? [poaReason(first)] : [AUTHORITY_REASONS.no_power_of_attorney]);
}
