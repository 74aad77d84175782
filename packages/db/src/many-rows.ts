import { randomUUID } from 'node:crypto';
import type { Row, Sql } from './database';
import type { DeadlineRequest } from './deadlines';
import type { OutboxMessage } from './outbox';
import type { NewSignature, StoredDocument } from './signing/documents';

// Multi-row writes (issue 18 item 3): a batch of the same kind of row in one
// statement instead of one round trip per row. The rows are exactly those
// the one-row writers make (insertDocument, insertSignature, enqueueMessage,
// scheduleDeadline): same columns, same values, so readers cannot tell
// them apart. Plain `VALUES (…), (…)` with $n parameters — the one form both
// engines take alike (PGlite has no array parameters of every type).

/** PostgreSQL takes at most 65,535 parameters in one statement; a longer batch becomes several statements. */
const MAX_PARAMS = 60_000;

/**
 * INSERT INTO `table` (`columns`) VALUES … for every row, `casts[i]` appended
 * to the i-th column's placeholder (e.g. '::jsonb'); `tail` follows the
 * VALUES (ON CONFLICT …, RETURNING …). The rows of every statement are returned.
 */
export async function insertRows<T extends Row = Row>(
  tx: Sql, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[],
  options: { casts?: Readonly<Record<string, string>>; tail?: string } = {},
): Promise<T[]> {
  const out: T[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = slice.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: a row of ${row.length} values for ${columns.length} columns`);
      return `(${row.map((value, i) => {
        params.push(value);
        return `$${params.length}${options.casts?.[columns[i]!] ?? ''}`;
      }).join(', ')})`;
    });
    const result = await tx.query<T>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${options.tail ? ` ${options.tail}` : ''}`, params);
    out.push(...result.rows);
  }
  return out;
}

/** insertDocument for many documents (their ids chosen by the caller). */
export async function insertDocuments(tx: Sql, docs: readonly StoredDocument[]): Promise<void> {
  await insertRows(tx, 'documents', ['id', 'kind', 'title_kk', 'title_ru', 'media_type', 'content', 'content_hash', 'created_by', 'created_at', 'signed_at'],
    docs.map((d) => [d.id, d.kind, d.title.kk, d.title.ru, d.mediaType, Buffer.from(d.content), d.contentHash, d.createdBy,
      d.createdAt.toISOString(), d.signedAt?.toISOString() ?? null]));
}

/** insertSignature for many verified signatures. */
export async function insertSignatures(tx: Sql, signatures: readonly NewSignature[]): Promise<void> {
  await insertRows(tx, 'signatures', ['id', 'challenge_id', 'document_type', 'document_id', 'content_hash', 'signer_iin', 'signer_bin', 'signer_name',
    'algorithm', 'cms', 'valid', 'checked_at', 'evidence'],
  signatures.map((s) => [s.id, s.challengeId, s.documentType, s.documentId, s.contentHash, s.signer.iin, s.signer.bin, s.signer.name,
    s.signer.algorithm, Buffer.from(s.cms), true, s.checkedAt.toISOString(), JSON.stringify(s.evidence ?? {})]), { casts: { evidence: '::jsonb' } });
}

/** enqueueMessage for many messages, in the caller's transaction; their ids, in order. */
export async function enqueueMessages(tx: Sql, messages: readonly OutboxMessage[], now: Date): Promise<string[]> {
  const ids = messages.map(() => randomUUID());
  const at = now.toISOString();
  await insertRows(tx, 'outbox', ['id', 'channel', 'recipient', 'subject', 'body', 'payload', 'created_at', 'next_attempt_at', 'max_attempts', 'secrets'],
    messages.map((m, i) => [ids[i], m.channel, m.recipient, m.subject ?? null, m.body, JSON.stringify(m.payload ?? {}), at, at, m.maxAttempts ?? 8,
      m.secrets?.length ? [...m.secrets] : null]),
    { casts: { payload: '::jsonb', secrets: '::text[]' } });
  return ids;
}

/** scheduleDeadline for many deadlines, in the caller's transaction; their ids, in order. */
export async function scheduleDeadlines(tx: Sql, requests: readonly DeadlineRequest[], now: Date): Promise<string[]> {
  const ids = requests.map(() => randomUUID());
  await insertRows(tx, 'deadlines', ['id', 'kind', 'subject_type', 'subject_id', 'due_at', 'payload', 'created_at'],
    requests.map((r, i) => [ids[i], r.kind, r.subjectType, r.subjectId, r.dueAt.toISOString(), JSON.stringify(r.payload ?? {}), now.toISOString()]),
    { casts: { payload: '::jsonb' } });
  return ids;
}
