import { SIOPSO_REQUEST_TYPES } from '@oryndau/adapters';
import type { Sql } from '@oryndau/db';
import { DomainError, ErrorCode, GROUND_KINDS_BY_ACTION, allowedActions, can, distribution } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { TEMPLATE_BY_ACTION } from './act-values';
import { mayViewProceeding, proceedingResource } from './authorize';
import { requireProceedingRow } from './store';
import { latestTemplate } from './templates-store';

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
const TASK_TITLES = {
  initiation: { kk: 'Іс жүргізуді қозғау немесе қозғаудан бас тарту', ru: 'Возбудить производство или отказать в возбуждении' },
  voluntary_execution: { kk: 'Борышкердің өз еркімен орындау мерзімі', ru: 'Срок добровольного исполнения должником' },
  execution_term: { kk: 'Атқарушылық әрекеттерді жасау мерзімі (2 ай)', ru: 'Срок совершения исполнительных действий (2 месяца)' },
  approval: { kk: 'Аға сот орындаушысының бекітуі', ru: 'Утверждение старшим судебным исполнителем' },
} as const;
const EXCLUSION = distribution.EXCLUSION_TEXTS as Record<string, { kk: string; ru: string }>;

type PersonRow = { id: string; full_name: string };

/** How the fine left the simplified path before it became this proceeding (SIMP-1, SIMP-2, SIMP-5, SIMP-6). */
const SIMPLIFIED_ORIGINS = ['expired', 'disagreed', 'ineligible', 'no_phone'] as const;
type SimplifiedOrigin = (typeof SIMPLIFIED_ORIGINS)[number];
const isOrigin = (v: string | null): v is SimplifiedOrigin => (SIMPLIFIED_ORIGINS as readonly (string | null)[]).includes(v);

type SimplifiedCaseRow = { id: string; erap_fine_id: string; closed_outcome: string | null; intake_cause: string | null;
  initiated_at: Date | null; closed_at: Date | null };
type CreditRow = { payment_id: string; amount_tiyn: string; paid_at: Date; recorded_at: Date; receipt_code: string | null };

/**
 * SIMP-5/SIMP-6 on the card: the cancelled (or never started) simplified
 * proceeding this one came from, and every payment for the fine credited
 * here — a payment that landed after the cancellation is neither lost nor
 * charged twice, so the bailiff must see it. Null for any other proceeding.
 */
async function simplifiedOrigin(sql: Sql, proceedingId: string) {
  const found = await sql.query<SimplifiedCaseRow>(
    `SELECT id, erap_fine_id, closed_outcome, outcome->>'cause' AS intake_cause, initiated_at, closed_at
       FROM simplified_cases WHERE proceeding_id = $1 ORDER BY created_at LIMIT 1`, [proceedingId]);
  const c = found.rows[0];
  if (!c) return null;
  // Rows from before closed_outcome existed keep the intake's cause.
  const outcome = isOrigin(c.closed_outcome) ? c.closed_outcome : isOrigin(c.intake_cause) ? c.intake_cause : null;
  if (outcome === null) return null;
  const credits = (await sql.query<CreditRow>(
    `SELECT payment_id, amount_tiyn::text AS amount_tiyn, paid_at, recorded_at, receipt_code FROM simplified_payments
      WHERE proceeding_id = $1 AND case_id = $2 AND destination = 'ordinary' ORDER BY paid_at, payment_id`, [proceedingId, c.id])).rows
    .map((p) => ({ paymentId: p.payment_id, amountTiyn: Number(p.amount_tiyn), paidAt: iso(p.paid_at)!, recordedAt: iso(p.recorded_at)!,
      receiptCode: p.receipt_code }));
  return {
    caseId: c.id, erapFineId: c.erap_fine_id, outcome, initiatedAt: iso(c.initiated_at), closedAt: iso(c.closed_at), credits,
    creditedTiyn: credits.reduce((sum, p) => sum + p.amountTiyn, 0),
  };
}

async function people(sql: Sql, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((v): v is string => v !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await sql.query<PersonRow>('SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])', [wanted]);
  return new Map(rows.rows.map((r) => [r.id, r.full_name]));
}

/** ENF-10: everything the card's tabs show, in one read. */
export async function proceedingCard(sql: Sql, subject: Subject, id: string, now: Date) {
  const row = await requireProceedingRow(sql, id);
  if (!mayViewProceeding(subject, row)) throw new DomainError(ErrorCode.notFound);
  const doc = (await sql.query<Record<string, unknown>>(
    `SELECT *, issue_date::text, entry_into_force_date::text, registration_date::text, exchange_rate_date::text, sender_document_date::text,
            amount_tiyn::text FROM executive_documents WHERE id = $1`, [row.executive_document_id])).rows[0]!;
  const [parties, decisions, acts, requests, arrests, items, tasks, simplified] = await Promise.all([
    sql.query<Record<string, string | null>>('SELECT * FROM proceeding_parties WHERE proceeding_id = $1 ORDER BY role DESC, position', [id]),
    sql.query<Record<string, unknown>>('SELECT * FROM distribution_decisions WHERE proceeding_id = $1 ORDER BY decided_at', [id]),
    sql.query<Record<string, unknown>>(
      `SELECT a.*, d.title_kk, d.title_ru FROM proceeding_acts a JOIN documents d ON d.id = a.document_id WHERE a.proceeding_id = $1
        ORDER BY a.created_at`, [id]),
    sql.query<Record<string, unknown>>('SELECT * FROM siopso_requests WHERE proceeding_id = $1 ORDER BY created_at', [id]),
    sql.query<Record<string, unknown>>('SELECT * FROM arrests WHERE proceeding_id = $1 ORDER BY imposed_at', [id]),
    sql.query<Record<string, unknown>>('SELECT *, value_tiyn::text AS value_tiyn FROM arrested_property WHERE proceeding_id = $1 ORDER BY id', [id]),
    sql.query<Record<string, string>>(`SELECT kind, due_date::text AS due_date, status FROM proceeding_tasks WHERE proceeding_id = $1 ORDER BY due_date`, [id]),
    simplifiedOrigin(sql, id),
  ]);
  const names = await people(sql, [row.bailiff_id, ...decisions.rows.flatMap((d) => [d.bailiff_id as string | null, d.decided_by as string | null]),
    ...acts.rows.flatMap((a) => [a.created_by as string, a.approved_by as string | null]),
    ...decisions.rows.flatMap((d) => ((d.decision as { candidates?: Array<{ id: string }> }).candidates ?? []).map((c) => c.id))]);
  const person = (pid: unknown) => (typeof pid === 'string' ? { id: pid, fullName: names.get(pid) ?? '' } : null);
  const today = localDateOf(now, row.time_zone);
  const canAct = can(subject, 'proceeding.act', proceedingResource(row));
  const available = [];
  for (const action of allowedActions(row.status)) {
    const templateCode = TEMPLATE_BY_ACTION[action];
    const template = await latestTemplate(sql, templateCode);
    available.push({ action, templateCode, groundKinds: [...(GROUND_KINDS_BY_ACTION[action] ?? [])], needsApproval: template?.needsApproval ?? false });
  }
  return {
    id: row.id, status: row.status, version: Number(row.version), registrationNumber: row.registration_number,
    registeredAt: iso(row.registered_at)!, timeZone: row.time_zone, regionKato: row.region_kato, bailiff: person(row.bailiff_id),
    executiveDocument: {
      source: doc.source, externalId: doc.external_id, courtId: doc.court_id, registrationNumber: doc.registration_number,
      registrationDate: doc.registration_date, arrivalOrder: doc.arrival_order, claimEssence: doc.claim_essence, issueDate: doc.issue_date,
      issuingBody: doc.issuing_body, documentType: doc.document_type, documentNumber: doc.document_number,
      entryIntoForceDate: doc.entry_into_force_date, receivedFrom: doc.received_from, copyNumber: doc.copy_number,
      categoryCode: doc.category_code, subcategory: doc.subcategory, amount: doc.amount, currency: doc.currency,
      exchangeRate: doc.exchange_rate, exchangeRateDate: doc.exchange_rate_date, amountTiyn: doc.amount_tiyn,
      senderDocumentDate: doc.sender_document_date, senderOutgoingNumber: doc.sender_outgoing_number, signerName: doc.signer_name,
      claimFiledBy: doc.claim_filed_by, solidaryLiability: doc.solidary_liability, trustedPerson: doc.trusted_person,
      courtActDocumentId: doc.court_act_document_id,
    },
    parties: parties.rows.map((p) => ({ id: p.id, role: p.role, kind: p.kind, identifier: p.identifier, name: p.name, address: p.address,
      regionKato: p.region_kato })),
    distribution: decisions.rows.map((d) => {
      const decision = d.decision as { reason: { kk: string; ru: string }; candidates: Array<{ id: string; kind: string; load: number;
        eligible: boolean; licence: { valid: boolean; until: string | null }; excludedBecause?: string }> };
      return {
        id: d.id, kind: d.kind, decidedAt: iso(d.decided_at as Date), decidedBy: person(d.decided_by), bailiff: person(d.bailiff_id),
        ruleId: d.rule_id, rulesVersion: d.rules_version, reason: { kk: decision.reason.kk, ru: decision.reason.ru },
        writtenReason: d.written_reason,
        candidates: decision.candidates.map((c) => ({ id: c.id, fullName: names.get(c.id) ?? '', kind: c.kind, load: c.load, eligible: c.eligible,
          licence: c.licence, excludedBecause: c.excludedBecause ? EXCLUSION[c.excludedBecause] ?? null : null })),
      };
    }),
    availableActions: available,
    acts: acts.rows.map((a) => ({
      id: a.id, action: a.action, effect: a.effect, templateCode: a.template_code, templateVersion: Number(a.template_version),
      title: { kk: a.title_kk, ru: a.title_ru }, locale: a.locale, groundCode: a.ground_code, documentId: a.document_id,
      needsApproval: a.needs_approval, status: a.status, createdAt: iso(a.created_at as Date), createdBy: person(a.created_by),
      signedAt: iso(a.signed_at as Date | null), approvedAt: iso(a.approved_at as Date | null), approvedBy: person(a.approved_by),
      returnReason: a.return_reason, rejection: a.rejection ?? null,
    })),
    requests: requests.rows.map((r) => {
      const type = SIOPSO_REQUEST_TYPES.find((t) => t.code === r.request_type);
      return {
        id: r.id, actId: r.act_id, type: r.request_type, typeName: type?.name ?? { kk: String(r.request_type), ru: String(r.request_type) },
        agency: type?.agency ?? { kk: '', ru: '' }, status: r.status, createdAt: iso(r.created_at as Date), sentAt: iso(r.sent_at as Date | null),
        answeredAt: iso(r.answered_at as Date | null), attempts: Number(r.attempts), lastError: r.last_error, answer: r.answer ?? null,
        agencyError: r.agency_error ?? null,
      };
    }),
    arrests: arrests.rows.map((a) => ({ id: a.id, actId: a.act_id, kind: a.kind, status: a.status, imposedAt: iso(a.imposed_at as Date),
      liftedAt: iso(a.lifted_at as Date | null), liftReason: a.lift_reason, details: a.details })),
    arrestedProperty: items.rows.map((i) => ({ id: i.id, arrestId: i.arrest_id, kind: i.kind, description: i.description,
      identifier: i.identifier, valueTiyn: i.value_tiyn, status: i.status })),
    tasks: tasks.rows.map((t) => ({ kind: t.kind, dueDate: t.due_date, status: t.status, overdue: t.status === 'open' && t.due_date! < today,
      title: TASK_TITLES[t.kind as keyof typeof TASK_TITLES] })),
    suspensions: row.suspensions, endingKind: row.ending_kind, groundCode: row.ground_code, simplified,
    canAct, canReassign: can(subject, 'proceeding.reassign', proceedingResource(row)),
  };
}
