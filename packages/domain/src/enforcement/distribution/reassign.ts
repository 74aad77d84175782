/**
 * ENF-12 manual reassignment by a senior bailiff. The written reason is
 * mandatory (it is journaled and shown on the card); the target must pass
 * the same eligibility as automatic distribution unless the senior sets an
 * explicit override, which itself needs a written reason.
 */
import { DomainError, ErrorCode } from '../../errors';
import type { DistributionDecision } from './distribute';
import { exclusionOf, viewOf, type BailiffId, type Candidate } from './eligibility';
import { KIND_TEXTS, ReasonCode, renderReason } from './reasons';

/** Codes in `details.code` of the validation errors reassign() throws. */
export const ReassignErrorCode = {
  reasonRequired: 'distribution.reason_required',
  targetUnknown: 'distribution.target_unknown',
  targetIneligible: 'distribution.target_ineligible',
  sameBailiff: 'distribution.same_bailiff',
  overrideReasonRequired: 'distribution.override_reason_required',
} as const;
export type ReassignErrorCode = (typeof ReassignErrorCode)[keyof typeof ReassignErrorCode];

export type ReassignCommand = {
  target: BailiffId;
  /** The senior's written reason. */
  reason: string;
  /** Senior bailiff's id, stored as decidedBy. */
  by: string;
  /** Assign even though the target is not eligible; needs its own reason. */
  override?: { reason: string };
};

function fail(code: ReassignErrorCode, details: Record<string, unknown> = {}): never {
  throw new DomainError(ErrorCode.validation, { code, ...details });
}

export function reassign(
  previous: DistributionDecision,
  command: ReassignCommand,
  candidates: readonly Candidate[],
  now: Date,
): DistributionDecision {
  const text = command.reason.trim();
  if (text === '') fail(ReassignErrorCode.reasonRequired, { field: 'reason' });
  if (command.target === previous.chosen) fail(ReassignErrorCode.sameBailiff, { target: command.target });
  const target = candidates.find((c) => c.id === command.target);
  if (!target) fail(ReassignErrorCode.targetUnknown, { target: command.target });

  const document = previous.inputs.document;
  const rule = previous.ruleApplied;
  const excludedBecause = rule ? exclusionOf(document, target, rule, now) : undefined;
  // Without a rule (category unknown) there is nothing to check against:
  // the senior's choice is the manual assignment the no_rule reason asked for.
  let overridden = false;
  if (excludedBecause !== undefined) {
    if (!command.override) fail(ReassignErrorCode.targetIneligible, { target: command.target, excludedBecause });
    if (command.override.reason.trim() === '') fail(ReassignErrorCode.overrideReasonRequired, { field: 'override.reason' });
    overridden = true;
  }
  const written = overridden && command.override ? `${text} (${command.override.reason.trim()})` : text;
  return {
    kind: 'manual',
    documentId: previous.documentId,
    decidedAt: now.toISOString(),
    chosen: target.id,
    reason: renderReason(overridden ? ReasonCode.reassignedOverride : ReasonCode.reassigned, {
      bailiff: target.id,
      kind: KIND_TEXTS[target.kind],
      load: target.load,
      text: written,
    }),
    inputs: { document, rulesVersion: previous.inputs.rulesVersion, now: now.toISOString() },
    candidates: [viewOf(target, now, excludedBecause)],
    ruleApplied: rule,
    previous,
    decidedBy: command.by,
  };
}
