// ENF-12 automatic distribution: public API of the pure rule engine.
export {
  BAILIFF_KINDS,
  DEFAULT_RULES,
  kindsFor,
  ruleFor,
  type BailiffKind,
  type DistributionRule,
  type DistributionRuleSet,
  type KindPolicy,
  type TerritoryMatch,
} from './rules';
export {
  EXCLUSION_CODES,
  EXCLUSION_TEXTS,
  ExclusionCode,
  KIND_TEXTS,
  REASON_CODES,
  REASON_TEXTS,
  ReasonCode,
  renderReason,
  type Reason,
  type ReasonParam,
} from './reasons';
export {
  licenceValid,
  localDate,
  type BailiffId,
  type Candidate,
  type CandidateView,
  type DistributionDocument,
  type Licence,
} from './eligibility';
export { byLoadThenRecentThenId, distribute, type DecisionKind, type DistributionDecision } from './distribute';
export { ReassignErrorCode, reassign, type ReassignCommand } from './reassign';
export {
  LOAD_STATUSES,
  RECENT_WINDOW_DAYS,
  assignmentDay,
  countsAsLoad,
  loadDeltas,
  recentWindowFirstDay,
  type LoadDelta,
  type LoadPosition,
} from './load';
