import { randomUUID } from 'node:crypto';
import { distribution } from '@oryndau/domain';
import type { Sql } from '../database';
import { insertRows } from '../many-rows';
import type { NewExecutiveDocument } from './executive-documents-repository';
import type { NewParty } from './parties-repository';
import type { NewProceeding } from './proceedings-repository';

// Multi-row writes of a chunk of registrations (issue 18 item 4: the expiry
// registers the fines of a chunk of timers together). The rows are exactly
// those of the one-row writers (insertExecutiveDocument, insertProceeding,
// insertParties, upsertTask, refreshNextDue, insertDistributionDecision with
// its counters), so readers cannot tell them apart.

/** insertExecutiveDocument for many documents. */
export async function insertExecutiveDocuments(tx: Sql, docs: readonly NewExecutiveDocument[]): Promise<void> {
  await insertRows(tx, 'executive_documents', ['id', 'source', 'dedupe_key', 'external_id', 'court_id', 'registration_number', 'registration_date',
    'department_code', 'arrival_order', 'claim_essence', 'issue_date', 'issuing_body', 'document_type', 'document_number', 'entry_into_force_date',
    'received_from', 'copy_number', 'category_code', 'subcategory', 'amount', 'currency', 'exchange_rate', 'exchange_rate_date', 'amount_tiyn',
    'sender_document_date', 'sender_outgoing_number', 'signer_name', 'claim_filed_by', 'solidary_liability', 'trusted_person', 'writ_content',
    'court_act_document_id', 'created_by', 'created_at', 'issuing_body_kk'],
  docs.map((d) => [d.id, d.source, d.dedupeKey, d.externalId, d.courtId, d.registrationNumber, d.registrationDate, d.departmentCode, d.arrivalOrder,
    d.claimEssence, d.issueDate, d.issuingBody, d.documentType, d.documentNumber, d.entryIntoForceDate, d.receivedFrom, d.copyNumber,
    d.categoryCode, d.subcategory, d.amount, d.currency, d.exchangeRate, d.exchangeRateDate, d.amountTiyn, d.senderDocumentDate,
    d.senderOutgoingNumber, d.signerName, d.claimFiledBy, d.solidaryLiability, d.trustedPerson,
    d.writContent ? Buffer.from(d.writContent) : null, d.courtActDocumentId, d.createdBy, d.createdAt.toISOString(), d.issuingBodyKk?.trim() || null]));
}

/** insertProceeding for many: each `registered` at version 1, its next due date the initiation task's (what refreshNextDue would set). */
export async function insertProceedings(tx: Sql, list: readonly (NewProceeding & { nextDueDate: string })[]): Promise<void> {
  await insertRows(tx, 'proceedings', ['id', 'executive_document_id', 'registration_number', 'department_code', 'region_kato', 'time_zone', 'status',
    'version', 'category_code', 'amount_tiyn', 'debtor_name', 'debtor_identifier', 'registered_at', 'changed_at', 'next_due_date'],
  list.map((p) => [p.id, p.executiveDocumentId, p.registrationNumber, p.departmentCode, p.regionKato, p.timeZone, 'registered', 1, p.categoryCode,
    p.amountTiyn, p.debtorName, p.debtorIdentifier, p.registeredAt.toISOString(), p.registeredAt.toISOString(), p.nextDueDate]));
}

/** insertParties for many proceedings: each proceeding's parties at positions 0, 1, … in the order given. */
export async function insertPartiesOfMany(tx: Sql, list: readonly { proceedingId: string; parties: readonly NewParty[] }[]): Promise<void> {
  await insertRows(tx, 'proceeding_parties', ['id', 'proceeding_id', 'role', 'kind', 'identifier', 'name', 'address', 'region_kato', 'district_kato', 'position'],
    list.flatMap((l) => l.parties.map((p, position) => [p.id, l.proceedingId, p.role, p.kind, p.identifier, p.name, p.address, p.regionKato,
      p.districtKato, position])));
}

/** upsertTask for new proceedings (no task of theirs exists yet): one open task each. */
export async function insertOpenTasks(tx: Sql, tasks: readonly { proceedingId: string; kind: 'initiation'; dueDate: string }[], now: Date): Promise<void> {
  await insertRows(tx, 'proceeding_tasks', ['id', 'proceeding_id', 'kind', 'due_date', 'status', 'created_at'],
    tasks.map((t) => [randomUUID(), t.proceedingId, t.kind, t.dueDate, 'open', now.toISOString()]));
}

/**
 * The first distribution decisions of new proceedings (status `registered`,
 * no bailiff yet), as insertDistributionDecision stores each: the decision
 * rows, the proceedings' bailiff, the load counters and the day's
 * assignments — each in one statement, the counters summed per bailiff and
 * locked in bailiff-id order (the one order; bailiff-loads-repository.ts).
 */
export async function insertFirstDistributionDecisions(
  tx: Sql, list: readonly { id: string; proceedingId: string; decision: distribution.DistributionDecision }[],
): Promise<void> {
  if (list.length === 0) return;
  await insertRows(tx, 'distribution_decisions', ['id', 'proceeding_id', 'kind', 'decided_at', 'decided_by', 'bailiff_id', 'previous_bailiff_id', 'rule_id',
    'rules_version', 'written_reason', 'decision'],
  list.map(({ id, proceedingId, decision }) => [id, proceedingId, decision.kind, decision.decidedAt, null, decision.chosen, null,
    decision.ruleApplied?.id ?? null, decision.inputs.rulesVersion, null, JSON.stringify({ ...decision, previous: undefined })]),
  { casts: { decision: '::jsonb' } });
  const chosen = list.filter((l) => l.decision.chosen !== null);
  if (chosen.length === 0) return;
  const params = chosen.flatMap((l) => [l.proceedingId, l.decision.chosen]);
  await tx.query(`UPDATE proceedings p SET bailiff_id = v.bailiff_id::uuid FROM (VALUES ${chosen.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2})`).join(', ')})
    AS v(id, bailiff_id) WHERE p.id = v.id`, params);
  const loads = new Map<string, number>();
  const days = new Map<string, number>();
  for (const l of chosen) {
    const bailiffId = l.decision.chosen!;
    // New proceedings are `registered` with no bailiff: a load each for the chosen one (distribution.loadDeltas).
    for (const d of distribution.loadDeltas({ status: 'registered', bailiffId: null }, { status: 'registered', bailiffId })) {
      loads.set(d.bailiffId, (loads.get(d.bailiffId) ?? 0) + d.delta);
    }
    const key = `${bailiffId}|${distribution.assignmentDay(new Date(l.decision.decidedAt))}`;
    days.set(key, (days.get(key) ?? 0) + 1);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const loadRows = [...loads].sort(([a], [b]) => byId(a, b));
  if (loadRows.length > 0) {
    await tx.query(`INSERT INTO bailiff_loads (bailiff_id, open_proceedings) VALUES ${loadRows.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2}::integer)`).join(', ')}
      ON CONFLICT (bailiff_id) DO UPDATE SET open_proceedings = bailiff_loads.open_proceedings + excluded.open_proceedings`, loadRows.flat());
  }
  const dayRows = [...days].sort(([a], [b]) => byId(a, b)).map(([key, n]) => [...key.split('|'), n] as const);
  await tx.query(`INSERT INTO bailiff_assignment_days (bailiff_id, day, assignments)
    VALUES ${dayRows.map((_, i) => `($${3 * i + 1}::uuid, $${3 * i + 2}::date, $${3 * i + 3}::integer)`).join(', ')}
    ON CONFLICT (bailiff_id, day) DO UPDATE SET assignments = bailiff_assignment_days.assignments + excluded.assignments`, dayRows.flat());
}
