import type { Sql } from './database';

export type NewUser = {
  id: string;
  iin: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  organisationId: string | null;
  locale: 'kk' | 'ru';
  passwordHash: string;
  roles: readonly string[];
};

/** Inserts a user and their roles in the caller's transaction; a taken IIN fails with a unique violation (isUniqueViolation). */
export async function insertUser(tx: Sql, user: NewUser, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO users (id, iin, full_name, email, phone, organisation_id, locale, password_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [user.id, user.iin, user.fullName, user.email, user.phone, user.organisationId, user.locale, user.passwordHash, now.toISOString()]);
  for (const role of user.roles) await tx.query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2)', [user.id, role]);
}

export async function userExists(sql: Sql, iin: string): Promise<boolean> {
  return (await sql.query('SELECT 1 FROM users WHERE iin = $1', [iin])).rows.length > 0;
}

/** PostgreSQL's unique_violation (23505), from either engine. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
