import type { Sql } from './database';

/**
 * The next sequence number of a department's year, inside the caller's
 * transaction: the upsert takes the row lock, so concurrent registrations
 * get distinct, gap-free numbers in commit order, and a rolled-back
 * registration gives its number back.
 */
export async function nextRegistrationSequence(tx: Sql, departmentCode: number, year: number): Promise<number> {
  const result = await tx.query<{ last_sequence: number }>(
    `INSERT INTO registration_counters (department_code, year, last_sequence) VALUES ($1, $2, 1)
     ON CONFLICT (department_code, year) DO UPDATE SET last_sequence = registration_counters.last_sequence + 1
     RETURNING last_sequence`,
    [departmentCode, year],
  );
  const row = result.rows[0];
  if (!row) throw new Error('registration counter did not advance');
  return Number(row.last_sequence);
}
