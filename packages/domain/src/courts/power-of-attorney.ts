/**
 * FILE-9, SIG-8 (seed 003 §26): the electronic power of attorney, checked by
 * the server at the moment of filing. Status is stored (`draft` → `active`
 * when signed → `revoked`); "expired" and "not yet valid" are derived from
 * the dates, never stored. Revocation takes effect at once, whatever date.
 *
 * A legal entity's power of attorney is signed by its head: the signer's
 * certificate must carry the entity's BIN and the NCA first-head role
 * (ESIGN.md: EKU 1.2.398.3.3.4.1.2.1; `@oryndau/esign` exposes it as role
 * 'first-head' in `SignerSummary.roles`, the BIN from the subject's OU).
 * The domain does not depend on esign, so it takes those two facts as
 * plain data.
 */
import type { IsoDate } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { POA_REFUSAL_TEXTS, type ApplicantKind, type PoaPower, type PoaRefusalReason } from './reference';

export const POA_STATUSES = ['draft', 'active', 'revoked'] as const;
export type PoaStatus = (typeof POA_STATUSES)[number];

export type PowerOfAttorney = {
  readonly id: string;
  readonly status: PoaStatus;
  readonly principalKind: ApplicantKind;
  readonly principalIinBin: string;
  readonly trustees: readonly { readonly iin: string }[];
  readonly powers: readonly PoaPower[];
  /** Inclusive, in the dates the principal chose. */
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate;
};

export type PoaUse = {
  readonly trusteeIin: string;
  readonly principalIinBin: string;
  readonly power: PoaPower;
  /** The day of the act (the filing's receipt date in the court's zone). */
  readonly on: IsoDate;
};

export type PoaCheck = { readonly ok: true } | { readonly ok: false; readonly reason: PoaRefusalReason; readonly error: DomainError };

function refuse(reason: PoaRefusalReason, poa: PowerOfAttorney): PoaCheck {
  return {
    ok: false, reason,
    // `reasons` fills the message's {reasons} in the caller's language (apps/server http/errors.ts).
    error: new DomainError(ErrorCode.powerOfAttorneyInvalid, { reason, powerOfAttorneyId: poa.id, reasons: [POA_REFUSAL_TEXTS[reason]] }),
  };
}

/**
 * Who, whose, what, whether signed or revoked, then when — the order in
 * which a trustee can do something about it (the wrong document first).
 */
export function checkPowerOfAttorney(poa: PowerOfAttorney, use: PoaUse): PoaCheck {
  if (poa.principalIinBin !== use.principalIinBin) return refuse('other_principal', poa);
  if (!poa.trustees.some((t) => t.iin === use.trusteeIin)) return refuse('not_a_trustee', poa);
  if (poa.status === 'revoked') return refuse('revoked', poa);
  if (poa.status === 'draft') return refuse('not_signed', poa);
  if (use.on < poa.validFrom) return refuse('not_yet_valid', poa);
  if (use.on > poa.validUntil) return refuse('expired', poa);
  if (!poa.powers.includes(use.power)) return refuse('power_missing', poa);
  return { ok: true };
}

/** The NCA role code of a first head, as @oryndau/esign names it (ROLE_OID 'first-head'). */
export const FIRST_HEAD_ROLE = 'first-head';

/** What a verified signature says about its signer (esign's SignerSummary has these fields). */
export type SignerFacts = { readonly iin: string | null; readonly bin: string | null; readonly roles: readonly string[] };

/** §26: a legal entity's power of attorney is signed by its head — the certificate's BIN is the entity's and it has the first-head role. */
export function isFirstHeadOf(signer: SignerFacts, bin: string): boolean {
  return signer.bin !== null && signer.bin === bin && signer.roles.includes(FIRST_HEAD_ROLE);
}

/** Whether this signer may sign this power of attorney: an individual their own (IIN), a legal entity through its first head. */
export function maySignPowerOfAttorney(signer: SignerFacts, poa: Pick<PowerOfAttorney, 'principalKind' | 'principalIinBin'>): boolean {
  if (poa.principalKind === 'legal_entity') return isFirstHeadOf(signer, poa.principalIinBin);
  return signer.iin !== null && signer.iin === poa.principalIinBin;
}
