import type { Sql } from '../database';
import { dateOrNull } from './json';
import type { JsonValue } from './json';

export type ArrestKind = 'accounts' | 'property' | 'travel';
export type ArrestStatus = 'active' | 'lifted';
export type PropertyKind = 'bank_account' | 'real_estate' | 'vehicle' | 'other';

export async function activeArrestExists(sql: Sql, arrestId: string, proceedingId: string): Promise<boolean> {
  const found = await sql.query('SELECT 1 FROM arrests WHERE id = $1 AND proceeding_id = $2 AND status = $3', [arrestId, proceedingId, 'active']);
  return found.rows.length > 0;
}

export type NewArrestedItem = { id: string; kind: PropertyKind; description: string; identifier: string | null; valueTiyn: string | null };

/** ENF-10: an arrest imposed by a signed resolution, with the property it holds. */
export async function insertArrest(
  tx: Sql, arrest: { id: string; proceedingId: string; actId: string; kind: ArrestKind; imposedAt: Date; items: readonly NewArrestedItem[] },
): Promise<void> {
  await tx.query(
    `INSERT INTO arrests (id, proceeding_id, act_id, kind, status, details, imposed_at) VALUES ($1, $2, $3, $4, 'active', $5::jsonb, $6)`,
    [arrest.id, arrest.proceedingId, arrest.actId, arrest.kind, JSON.stringify({ items: arrest.items.length }), arrest.imposedAt.toISOString()]);
  for (const item of arrest.items) {
    await tx.query(
      `INSERT INTO arrested_property (id, arrest_id, proceeding_id, kind, description, identifier, value_tiyn, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'arrested')`,
      [item.id, arrest.id, arrest.proceedingId, item.kind, item.description, item.identifier, item.valueTiyn]);
  }
}

/**
 * Lifts one active arrest by a resolution and releases its property. False
 * when it is not active any more (lifted first by another act): the caller
 * answers 409.
 */
export async function liftArrestByAct(tx: Sql, arrestId: string, actId: string, at: Date): Promise<boolean> {
  const lifted = await tx.query(
    `UPDATE arrests SET status = 'lifted', lifted_at = $2, lift_act_id = $3, lift_reason = 'resolution' WHERE id = $1 AND status = 'active'`,
    [arrestId, at.toISOString(), actId]);
  if (lifted.rowCount !== 1) return false;
  await tx.query(`UPDATE arrested_property SET status = 'released' WHERE arrest_id = $1`, [arrestId]);
  return true;
}

/** ENF-10: an ended proceeding keeps no arrests. Returns the ids of the arrests lifted. */
export async function liftActiveArrests(tx: Sql, proceedingId: string, at: Date): Promise<string[]> {
  const lifted = await tx.query<{ id: string }>(
    `UPDATE arrests SET status = 'lifted', lifted_at = $2, lift_reason = 'proceeding_ended' WHERE proceeding_id = $1 AND status = 'active' RETURNING id`,
    [proceedingId, at.toISOString()]);
  await tx.query(`UPDATE arrested_property SET status = 'released' WHERE proceeding_id = $1 AND status = 'arrested'`, [proceedingId]);
  return lifted.rows.map((r) => r.id);
}

type ArrestRow = {
  id: string; act_id: string; kind: ArrestKind; status: ArrestStatus; imposed_at: Date; lifted_at: Date | null; lift_reason: string | null;
  details: JsonValue;
};
export type ArrestRecord = {
  id: string; actId: string; kind: ArrestKind; status: ArrestStatus; imposedAt: Date; liftedAt: Date | null; liftReason: string | null;
  details: JsonValue;
};

export async function listArrests(sql: Sql, proceedingId: string): Promise<ArrestRecord[]> {
  const result = await sql.query<ArrestRow>(
    'SELECT id, act_id, kind, status, imposed_at, lifted_at, lift_reason, details FROM arrests WHERE proceeding_id = $1 ORDER BY imposed_at',
    [proceedingId]);
  return result.rows.map((a) => ({ id: a.id, actId: a.act_id, kind: a.kind, status: a.status, imposedAt: new Date(a.imposed_at),
    liftedAt: dateOrNull(a.lifted_at), liftReason: a.lift_reason, details: a.details }));
}

type PropertyRow = {
  id: string; arrest_id: string; kind: PropertyKind; description: string; identifier: string | null; value_tiyn: string | null;
  status: 'arrested' | 'released';
};
export type ArrestedPropertyRecord = {
  id: string; arrestId: string; kind: PropertyKind; description: string; identifier: string | null; valueTiyn: string | null;
  status: 'arrested' | 'released';
};

export async function listArrestedProperty(sql: Sql, proceedingId: string): Promise<ArrestedPropertyRecord[]> {
  const result = await sql.query<PropertyRow>(
    `SELECT id, arrest_id, kind, description, identifier, value_tiyn::text AS value_tiyn, status FROM arrested_property
      WHERE proceeding_id = $1 ORDER BY id`, [proceedingId]);
  return result.rows.map((i) => ({ id: i.id, arrestId: i.arrest_id, kind: i.kind, description: i.description, identifier: i.identifier,
    valueTiyn: i.value_tiyn, status: i.status }));
}
