/**
 * SIG-6, FILE-15 (seed 003 §49, §51): the legal-force mark is a second
 * signature, but over a small document of its own — never over the act's
 * bytes again, which stay as the panel signed them. The mark names the act,
 * the SHA-256 of its signed PDF, the date of legal force and who marks it
 * (the judge, or the court's chairman with the reason the judge is absent).
 * The signed bytes are the UTF-8 of the canonical JSON.
 */
import { canonicalJson } from '../canonical-json';
import type { CourtActKind } from './court-acts';

export const LEGAL_FORCE_MARK_KIND = 'oryndau.court-act.legal-force-mark' as const;

export type LegalForceMark = {
  readonly kind: typeof LEGAL_FORCE_MARK_KIND;
  readonly version: 1;
  readonly act: { readonly id: string; readonly kind: CourtActKind; readonly documentId: string; readonly sha256: string };
  readonly case: { readonly id: string; readonly number: string };
  readonly court: { readonly id: string };
  /** 'YYYY-MM-DD' in the court's zone. */
  readonly legalForceDate: string;
  readonly markedBy: { readonly userId: string; readonly iin: string; readonly name: string; readonly capacity: 'judge' | 'chairman' };
  /** Why the chairman marks it instead of the judge (§51); absent when the judge marks it. */
  readonly judgeAbsenceReason?: string;
};

export function legalForceMark(input: Omit<LegalForceMark, 'kind' | 'version'>): LegalForceMark {
  const base = { kind: LEGAL_FORCE_MARK_KIND, version: 1 as const, act: input.act, case: input.case, court: input.court,
    legalForceDate: input.legalForceDate, markedBy: input.markedBy };
  return input.judgeAbsenceReason === undefined ? base : { ...base, judgeAbsenceReason: input.judgeAbsenceReason };
}

export const legalForceMarkBytes = (mark: LegalForceMark): Uint8Array => new TextEncoder().encode(canonicalJson(mark));
