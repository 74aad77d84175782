import type { Sql } from '../database';

// crl_sources: the state of the CRL download job (issue 11 item 11), shared
// by every server process; a short lease decides who downloads a source.

/** What a process holding the lease knows of the list it holds. */
export type HeldCrl = { source: string; thisUpdate: Date | null; crlNumber: string | null; failures: number };

/** Adds a configured source (due at once); a known one is left as it is. */
export async function insertCrlSource(sql: Sql, source: string, now: Date): Promise<void> {
  await sql.query('INSERT INTO crl_sources (source, next_attempt_at) VALUES ($1, $2) ON CONFLICT (source) DO NOTHING', [source, now.toISOString()]);
}

/** The sources among `sources` that are due and not leased at `now`. */
export async function listDueCrlSources(sql: Sql, sources: readonly string[], now: Date): Promise<string[]> {
  const due = await sql.query<{ source: string }>(
    `SELECT source FROM crl_sources WHERE source = ANY($1::text[]) AND next_attempt_at <= $2 AND (locked_until IS NULL OR locked_until <= $2)`,
    [sources, now.toISOString()],
  );
  return due.rows.map((r) => r.source);
}

/** Takes the lease on a due source until `until`; null when another process holds it or it is no longer due (the row count decides). */
export async function claimCrlSource(sql: Sql, source: string, now: Date, until: Date): Promise<HeldCrl | null> {
  const claimed = await sql.query<{ source: string; this_update: Date | null; crl_number: string | number | null; failures: number }>(
    `UPDATE crl_sources SET locked_until = $2, last_attempt_at = $3
      WHERE source = $1 AND next_attempt_at <= $3 AND (locked_until IS NULL OR locked_until <= $3)
      RETURNING source, this_update, crl_number, failures`,
    [source, until.toISOString(), now.toISOString()],
  );
  const row = claimed.rows[0];
  return row ? { source: row.source, thisUpdate: row.this_update ? new Date(row.this_update) : null,
    crlNumber: row.crl_number === null ? null : String(row.crl_number), failures: row.failures } : null;
}

export type DownloadedCrl = {
  der: Uint8Array; issuer: string; crlNumber: string | null; thisUpdate: Date; nextUpdate: Date | null; at: Date; nextAttemptAt: Date;
};

/** Stores a checked list and releases the lease. */
export async function storeDownloadedCrl(sql: Sql, source: string, crl: DownloadedCrl): Promise<void> {
  await sql.query(
    `UPDATE crl_sources SET crl = $2, issuer = $3, crl_number = $4, this_update = $5, next_update = $6, last_success_at = $7,
            last_error = NULL, failures = 0, next_attempt_at = $8, locked_until = NULL WHERE source = $1`,
    [source, Buffer.from(crl.der), crl.issuer, crl.crlNumber, crl.thisUpdate.toISOString(), crl.nextUpdate?.toISOString() ?? null,
      crl.at.toISOString(), crl.nextAttemptAt.toISOString()],
  );
}

/** Records a failed download (the last good list stays) and releases the lease. */
export async function recordCrlFailure(sql: Sql, source: string, failure: { error: string; failures: number; nextAttemptAt: Date }): Promise<void> {
  await sql.query(
    'UPDATE crl_sources SET last_error = $2, failures = $3, next_attempt_at = $4, locked_until = NULL WHERE source = $1',
    [source, failure.error, failure.failures, failure.nextAttemptAt.toISOString()],
  );
}

/** The lists held for these sources (DER). */
export async function listHeldCrls(sql: Sql, sources: readonly string[]): Promise<Uint8Array[]> {
  const rows = await sql.query<{ crl: Uint8Array | null }>('SELECT crl FROM crl_sources WHERE source = ANY($1::text[]) AND crl IS NOT NULL', [sources]);
  return rows.rows.flatMap((r) => (r.crl ? [new Uint8Array(r.crl)] : []));
}

export type CrlSourceStatus = { source: string; issuer: string | null; lastSuccessAt: Date | null; nextUpdate: Date | null; failures: number };

export async function listCrlSourceStatus(sql: Sql, sources: readonly string[]): Promise<CrlSourceStatus[]> {
  const rows = await sql.query<{ source: string; issuer: string | null; last_success_at: Date | null; next_update: Date | null; failures: number }>(
    'SELECT source, issuer, last_success_at, next_update, failures FROM crl_sources WHERE source = ANY($1::text[])', [sources],
  );
  return rows.rows.map((r) => ({ source: r.source, issuer: r.issuer, lastSuccessAt: r.last_success_at ? new Date(r.last_success_at) : null,
    nextUpdate: r.next_update ? new Date(r.next_update) : null, failures: r.failures }));
}
