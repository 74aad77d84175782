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

/**
 * The next `count` numbers of the department's year in ONE update (issue 18
 * item 4: a chunk of expiries registers its fines together): the first of
 * them is returned, the others follow it without a gap. The counter's row
 * lock is the same one nextRegistrationSequence takes.
 */
export async function takeRegistrationSequences(tx: Sql, departmentCode: number, year: number, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`cannot take ${count} registration numbers`);
  const result = await tx.query<{ last_sequence: number }>(
    `INSERT INTO registration_counters (department_code, year, last_sequence) VALUES ($1, $2, $3)
     ON CONFLICT (department_code, year) DO UPDATE SET last_sequence = registration_counters.last_sequence + $3
     RETURNING last_sequence`,
    [departmentCode, year, count],
  );
  const row = result.rows[0];
  if (!row) throw new Error('registration counter did not advance');
  return Number(row.last_sequence) - count + 1;
}
