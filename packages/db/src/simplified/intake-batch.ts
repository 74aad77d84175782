import type { Locale } from '@oryndau/kz';
import type { Sql } from '../database';
import { insertRows } from '../many-rows';
import type { NewSimplifiedCase, StoredIntakeOutcome } from './cases';

// The ЕРАП intake by the batch (issue 18 item 3): what `insertSimplifiedCase`,
// `findStoredIntakeOutcome` and `findUserByIin` do for one fine, for many in
// one statement each.

/** The answers given when these fines were first taken in (ЕРАП id → outcome); a new fine is absent. */
export async function findStoredIntakeOutcomes(sql: Sql, erapFineIds: readonly string[]): Promise<Map<string, StoredIntakeOutcome>> {
  const found = new Map<string, StoredIntakeOutcome>();
  if (erapFineIds.length === 0) return found;
  const rows = await sql.query<{ erap_fine_id: string; outcome: StoredIntakeOutcome }>(
    'SELECT erap_fine_id, outcome FROM simplified_cases WHERE erap_fine_id = ANY($1::text[])', [[...erapFineIds]]);
  for (const row of rows.rows) found.set(row.erap_fine_id, row.outcome);
  return found;
}

/** The profile language of those debtors who have an account (IIN → locale); others are absent. */
export async function findLocalesByIin(sql: Sql, iins: readonly string[]): Promise<Map<string, Locale>> {
  const found = new Map<string, Locale>();
  if (iins.length === 0) return found;
  const rows = await sql.query<{ iin: string; locale: Locale }>('SELECT iin, locale FROM users WHERE iin = ANY($1::text[])', [[...new Set(iins)]]);
  for (const row of rows.rows) found.set(row.iin, row.locale);
  return found;
}

/**
 * Inserts the cases that are new; returns the ЕРАП ids actually inserted.
 * A fine another transaction took in first (committed, or committing while
 * this one waits on its key) is skipped, not an error: the caller answers
 * it with the stored outcome. The rows go in ЕРАП-id order, so two batches
 * that share fines wait on each other's keys in one order and never deadlock.
 */
export async function insertNewSimplifiedCases(tx: Sql, cases: readonly NewSimplifiedCase[], now: Date): Promise<Set<string>> {
  const sorted = [...cases].sort((a, b) => (a.fine.erapFineId < b.fine.erapFineId ? -1 : a.fine.erapFineId > b.fine.erapFineId ? 1 : 0));
  const inserted = await insertRows<{ erap_fine_id: string }>(tx, 'simplified_cases', ['id', 'erap_fine_id', 'debtor_iin', 'debtor_name', 'amount_tiyn',
    'case_opened_on', 'territory_kato', 'zone', 'status', 'version', 'outcome', 'reasons', 'phone', 'link_token_hash', 'initiated_at', 'expires_at',
    'last_day', 'resolution_document_id', 'proceeding_id', 'created_at', 'fine', 'closed_at', 'closed_outcome'],
  sorted.map((c) => [c.id, c.fine.erapFineId, c.fine.debtorIin, c.fine.debtorName, String(c.fine.amountTiyn), c.fine.caseOpenedOn, c.fine.territoryKato,
    c.zone, c.status, c.version, JSON.stringify(c.outcome), JSON.stringify(c.reasons), c.phone, c.tokenHash, c.initiatedAt?.toISOString() ?? null,
    c.expiresAt?.toISOString() ?? null, c.lastDay, c.resolutionDocumentId, c.proceedingId, now.toISOString(), JSON.stringify(c.fine),
    c.closedAt?.toISOString() ?? null, c.closedOutcome]),
  { casts: { outcome: '::jsonb', reasons: '::jsonb', fine: '::jsonb' }, tail: 'ON CONFLICT (erap_fine_id) DO NOTHING RETURNING erap_fine_id' });
  return new Set(inserted.map((r) => r.erap_fine_id));
}
