/**
 * ENF-12 automatic distribution: a pure function from the document, the
 * candidates (with loads the caller counted), the rule set and `now` to a
 * decision record that explains itself in kk and ru. The record is what the
 * card shows and what is stored, so it carries its inputs and every
 * candidate with the reason it was or was not eligible.
 */
import { regionById, type LocalizedText } from '@oryndau/kz';
import { compareIds, exclusionOf, viewOf, type BailiffId, type Candidate, type CandidateView, type DistributionDocument } from './eligibility';
import { KIND_TEXTS, ReasonCode, nextLoadText, renderReason, type Reason } from './reasons';
import { ruleFor, type BailiffKind, type DistributionRule, type DistributionRuleSet } from './rules';

export type DecisionKind = 'automatic' | 'manual';

export type DistributionDecision = {
  kind: DecisionKind;
  documentId: string;
  decidedAt: string;
  chosen: BailiffId | null;
  reason: Reason;
  inputs: { document: DistributionDocument; rulesVersion: string; now: string };
  candidates: CandidateView[];
  ruleApplied: DistributionRule | null;
  /** Set by reassign(): the decision this one replaces. */
  previous?: DistributionDecision;
  /** Set by reassign(): who reassigned (senior bailiff's id). */
  decidedBy?: string;
};

export function regionText(kato: string): LocalizedText {
  const r = regionById(kato);
  return r ? { kk: r.name.kk, ru: r.name.ru } : { kk: kato, ru: kato };
}

/** Least load, then fewest recent assignments, then smallest id. */
export function byLoadThenRecentThenId(a: Candidate, b: Candidate): number {
  return a.load - b.load || a.recentAssignments - b.recentAssignments || compareIds(a.id, b.id);
}

function tieBreakReason(sorted: readonly Candidate[]): ReasonCode {
  const [first, second] = sorted;
  if (!first || !second || second.load > first.load) return ReasonCode.leastLoaded;
  if (second.recentAssignments > first.recentAssignments) return ReasonCode.tieFewestRecent;
  return ReasonCode.tieById;
}

export function distribute(
  document: DistributionDocument,
  candidates: readonly Candidate[],
  rules: DistributionRuleSet,
  now: Date,
): DistributionDecision {
  const base = {
    kind: 'automatic' as const,
    documentId: document.id,
    decidedAt: now.toISOString(),
    inputs: { document: { ...document }, rulesVersion: rules.version, now: now.toISOString() },
  };
  // Candidates are sorted by id in the record so the same input set in any
  // order yields the same stored decision.
  const ordered = [...candidates].sort((a, b) => compareIds(a.id, b.id));
  const rule = ruleFor(rules, document.category);
  if (!rule) {
    return {
      ...base,
      chosen: null,
      reason: renderReason(ReasonCode.noRule, { rule: document.category }),
      candidates: ordered.map((c) => viewOf(c, now, undefined)).map((v) => ({ ...v, eligible: false })),
      ruleApplied: null,
    };
  }
  const excluded = new Map(ordered.map((c) => [c.id, exclusionOf(document, c, rule, now)]));
  const views = ordered.map((c) => viewOf(c, now, excluded.get(c.id)));
  const eligible = ordered.filter((c) => excluded.get(c.id) === undefined);
  const common = { rule: rule.categoryName, region: regionText(document.debtorRegion) };

  // Kinds are tried in the rule's preference order; a later kind only when
  // no bailiff of an earlier kind is eligible.
  let pool: Candidate[] = [];
  let kindUsed: BailiffKind | undefined;
  for (const kind of rule.kinds) {
    pool = eligible.filter((c) => c.kind === kind);
    if (pool.length > 0) {
      kindUsed = kind;
      break;
    }
  }
  const sorted = pool.sort(byLoadThenRecentThenId);
  const winner = sorted[0];
  if (!winner || !kindUsed) {
    return {
      ...base,
      chosen: null,
      reason: renderReason(ReasonCode.noEligible, { ...common, count: ordered.length }),
      candidates: views,
      ruleApplied: rule,
    };
  }
  const runnerUp = sorted[1];
  return {
    ...base,
    chosen: winner.id,
    reason: renderReason(tieBreakReason(sorted), {
      ...common,
      bailiff: winner.id,
      kind: KIND_TEXTS[kindUsed],
      load: winner.load,
      next: nextLoadText(runnerUp ? runnerUp.load : null),
      recent: winner.recentAssignments,
      count: eligible.length,
    }),
    candidates: views,
    ruleApplied: rule,
  };
}
