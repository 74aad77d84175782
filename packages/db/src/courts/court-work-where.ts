// Issue 15 (FILE-14, FILE-15, FILE-16): the conditions of the court staff's
// work queues, written once. The home counters and the «Жұмыс» / «Работа»
// lists select with the same text, so a counter and its list cannot drift.
// Internal to the package (not re-exported by index.ts).

/** Acts `a` of the judge ($1)'s current cases, not complete and not signed by them. */
export const ACTS_TO_SIGN_WHERE = `a.status <> 'signed'
  AND EXISTS (SELECT 1 FROM case_judges j WHERE j.case_id = a.case_id AND j.user_id = $1 AND j.released_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM court_act_signers s WHERE s.act_id = a.id AND s.user_id = $1)`;

/**
 * Complete acts `a` of case `k`, not in force nor blocked, whose legal-force date is on or before $1;
 * of the court $2 (or any, when null) and of the judge $3's current cases (or all, when null).
 */
export const LEGAL_FORCE_MARKS_DUE_WHERE = `a.status = 'signed' AND a.in_force_at IS NULL AND a.in_force_blocked_by_filing_id IS NULL
  AND a.legal_force_date IS NOT NULL AND a.legal_force_date <= $1::date
  AND ($2::text IS NULL OR k.court_id = $2)
  AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM case_judges j WHERE j.case_id = a.case_id AND j.user_id = $3 AND j.released_at IS NULL))`;

export const legalForceMarksDueParams = (options: { judgeUserId?: string; courtId?: string; day: string }) =>
  [options.day, options.courtId ?? null, options.judgeUserId ?? null];

/** Writs `w` the secretary ($1) prepared that still lack their signature. */
export const WRITS_TO_SIGN_WHERE = `w.secretary_user_id = $1 AND w.secretary_signature_id IS NULL AND w.status IN ('draft', 'signing')`;
