import { createHash, hash as oneShotHash, randomBytes } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { Database, Sql } from './database';

/** Who did it, in which role and organisation, within which HTTP request, from which address. */
export type JournalActor = {
  userId: string | null;
  iin: string | null;
  role: string | null;
  requestId: string | null;
  organisationId?: string | null;
  /** The client's network address (the first untrusted hop, `TRUSTED_PROXIES`). */
  address?: string | null;
};

export type JournalRecord = {
  at: Date;
  actor: JournalActor;
  /** Dotted verb, e.g. `auth.login`, `proceeding.initiate`, `enforcement.viewed`. */
  action: string;
  objectType: string;
  objectId: string | null;
  /** The person whose personal data the action read or changed (ENP-11: their own views are listed for them). */
  subjectIin?: string | null;
  details?: Record<string, unknown>;
};

export type JournalEntry = {
  /** The entry's number: unique and increasing in insert order, with gaps (rolled-back inserts); the leaf index is the log's order. */
  seq: number;
  at: Date;
  actorId: string | null;
  actorIin: string | null;
  actorRole: string | null;
  organisationId: string | null;
  address: string | null;
  subjectIin: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  requestId: string | null;
  details: unknown;
  salt: string;
  /** Entries written before issue 12 were a hash chain; they keep their link and hash (null for later entries). */
  prevHash: string | null;
  hash: string | null;
  /** The position in the Merkle tree; null until sealed. */
  leafIndex: number | null;
  /** The leaf hash the writer stored (hex); null for an entry of the old chain. */
  storedLeafHash: string | null;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of a legacy (pre-issue-12) chained entry: every field and the previous hash. */
export function entryHash(entry: Pick<JournalEntry, 'seq' | 'at' | 'actorId' | 'actorIin' | 'actorRole' | 'action' | 'objectType'
  | 'objectId' | 'requestId' | 'details'> & { prevHash: string }): string {
  const material = canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorIin: entry.actorIin,
    actorRole: entry.actorRole,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    requestId: entry.requestId,
    details: entry.details,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/** Version of the leaf's canonical form (docs/journal.md "The entry's bytes"). */
export const JOURNAL_LEAF_VERSION = 1;

/**
 * The canonical bytes of an entry, the input of its Merkle leaf hash
 * (docs/journal.md "The entry's bytes"): canonical JSON (keys sorted, no
 * spaces, UTF-8) of `{ v, at, action, objectType, objectId, private }`, where
 * `private` is the hex SHA-256 of the canonical JSON of the personal and
 * detailed fields with the entry's random salt — `{ salt, actorId, actorIin,
 * actorRole, organisationId, address, requestId, subjectIin, details }`, plus
 * `prevHash`/`hash` for an entry of the old chain. A leaf can so be shown to
 * anyone (the public /verify page) without naming a person, and whoever
 * holds the row can recompute it.
 */
export function journalLeafJson(entry: LeafFields): string {
  return leafJson(entry, entry.at.toISOString(), canonicalJson(entry.details ?? {}));
}

type LeafFields = Pick<JournalEntry, 'at' | 'actorId' | 'actorIin' | 'actorRole' | 'organisationId' | 'address' | 'subjectIin' | 'action'
  | 'objectType' | 'objectId' | 'requestId' | 'details' | 'salt' | 'prevHash' | 'hash'>;

const str = (value: string | null) => JSON.stringify(value);

/** The same canonical JSON, built by hand in canonical key order from the details already serialised (the writer's hot path). */
function leafJson(e: Omit<LeafFields, 'at'>, atIso: string, detailsJson: string): string {
  const legacy = e.prevHash !== null || e.hash !== null;
  const personal = `{"actorId":${str(e.actorId)},"actorIin":${str(e.actorIin)},"actorRole":${str(e.actorRole)},"address":${str(e.address)},`
    + `"details":${detailsJson},${legacy ? `"hash":${str(e.hash)},` : ''}"organisationId":${str(e.organisationId)},`
    + `${legacy ? `"prevHash":${str(e.prevHash)},` : ''}"requestId":${str(e.requestId)},"salt":${str(e.salt)},"subjectIin":${str(e.subjectIin)}}`;
  return `{"action":${str(e.action)},"at":"${atIso}","objectId":${str(e.objectId)},"objectType":${str(e.objectType)},`
    + `"private":"${sha256Hex(personal)}","v":${JOURNAL_LEAF_VERSION}}`;
}

/**
 * SHA-256 of a string's UTF-8, hex: node:crypto's one-shot `hash` where this
 * Node.js has it (20.12+; no Hash object per call — the writer hashes twice
 * an entry), else createHash.
 */
const sha256Hex: (text: string) => string = typeof oneShotHash === 'function'
  ? (text) => oneShotHash('sha256', text, 'hex')
  : (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export function journalLeafBytes(entry: LeafFields): Uint8Array {
  return new TextEncoder().encode(journalLeafJson(entry));
}

/** RFC 9162 leaf hash SHA-256(0x00 ‖ bytes) with node:crypto (the same function as `merkle.leafHash`, faster on the server). */
export function journalLeafHash(leafJsonText: string): Buffer {
  return Buffer.from(journalLeafHashHex(leafJsonText), 'hex');
}

/** The same, hex: U+0000 is the single byte 0x00 in UTF-8, so the prefix is one more character of the hashed text. */
function journalLeafHashHex(leafJsonText: string): string {
  return sha256Hex(`\u0000${leafJsonText}`);
}

const INSERT_COLUMNS = ['at', 'actor_id', 'actor_iin', 'actor_role', 'organisation_id', 'address', 'subject_iin', 'action',
  'object_type', 'object_id', 'request_id', 'details', 'salt', 'leaf_hash'] as const;

/**
 * THE one place that writes the journal (X-2). Only the transaction runner
 * calls it (`transaction.ts`), with the records a use-case collected through
 * `tx.journal()`, as the transaction's last statement: the entries commit
 * or roll back with the change they record. One INSERT and nothing else — no
 * row another transaction also locks (issue 12): the entries get their
 * numbers from a sequence, and the sealer (`journal-tree.ts`) gives them
 * their leaf positions once their transaction has ended. Not exported from
 * the package: a use-case cannot write the journal out of order.
 */
export async function appendJournalRecords(tx: Sql, records: readonly JournalRecord[]): Promise<void> {
  if (records.length === 0) return;
  const rows = records.map(insertValues);
  if (tx.withCommit) {
    // PostgreSQL: EXECUTEd in the COMMIT's message (prepared once per connection), every value a quoted literal (strings or NULL only).
    const { literal } = tx.withCommit;
    await tx.withCommit.prepare(PREPARED_INSERT, PREPARED_INSERT_TEXT);
    for (const row of rows) {
      let statement = `EXECUTE ${PREPARED_INSERT}(`;
      for (let i = 0; i < row.length; i += 1) {
        const value = row[i]!;
        statement += `${i === 0 ? '' : ', '}${value === null ? 'NULL' : literal(value)}`;
      }
      tx.withCommit.add(`${statement});`);
    }
    return;
  }
  const params: unknown[] = [];
  const placeholders = rows.map((row) => `(${row.map((_, i) => {
    params.push(row[i]);
    const column = INSERT_COLUMNS[i];
    return column === 'leaf_hash' ? `decode($${params.length}, 'hex')` : `$${params.length}${column === 'details' ? '::jsonb' : ''}`;
  }).join(', ')})`);
  await tx.query(`INSERT INTO journal (${INSERT_COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')}`, params);
}

const PREPARED_INSERT = 'oryndau_journal_insert';
const PREPARED_INSERT_TEXT = `INSERT INTO journal (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map((column, i) =>
  (column === 'leaf_hash' ? `decode($${i + 1}, 'hex')` : `$${i + 1}`)).join(', ')})`;

/**
 * A condition an entry is appended under (see appendGuardedJournalRecords):
 * a SQL predicate over the candidate row `r` — its columns (`r.at`,
 * `r.object_id`, …) and four text arguments `r.g1` … `r.g4` the writer gives
 * with each entry. Guards are constants of this package's repositories
 * (e.g. the ЭНП page's "session live, page unchanged"), never built from input.
 */
export type JournalGuard = { readonly name: string; readonly predicate: string };
export type GuardArgs = readonly [string | null, string | null, string | null, string | null];

const UNNEST_TYPES: Record<(typeof INSERT_COLUMNS)[number], string> = {
  at: 'timestamptz', actor_id: 'uuid', actor_iin: 'text', actor_role: 'text', organisation_id: 'text', address: 'text', subject_iin: 'text',
  action: 'text', object_type: 'text', object_id: 'text', request_id: 'text', details: 'jsonb', salt: 'text', leaf_hash: 'text',
};

const guardedSqlCache = new Map<string, string>();
const guardedInsertSql = (guard: JournalGuard): string => {
  const cached = guardedSqlCache.get(guard.predicate);
  if (cached) return cached;
  const columns = [...INSERT_COLUMNS, 'g1', 'g2', 'g3', 'g4'];
  const arrays = columns.map((column, i) => `$${i + 1}::${column in UNNEST_TYPES ? UNNEST_TYPES[column as keyof typeof UNNEST_TYPES] : 'text'}[]`);
  const text = `INSERT INTO journal (${INSERT_COLUMNS.join(', ')})
  SELECT ${INSERT_COLUMNS.map((c) => (c === 'leaf_hash' ? `decode(r.leaf_hash, 'hex')` : `r.${c}`)).join(', ')}
    FROM unnest(${arrays.join(', ')}) AS r(${columns.join(', ')})
   WHERE ${guard.predicate}
  RETURNING salt`;
  guardedSqlCache.set(guard.predicate, text);
  return text;
};

/**
 * The journal's second door, for entries that record a read and nothing
 * else (ENP-11: an ЭНП case page served from the process's cache): ONE
 * statement — its own transaction — appends every entry whose guard holds
 * in that statement's snapshot, and answers which did. The guard is what
 * the read depended on (the session still live, the page still of the
 * version that was served), so an entry is appended exactly when the read
 * it records was allowed: the caller answers with the read only for `true`
 * and otherwise does the read again the ordinary way. The entries are the
 * same rows as appendJournalRecords writes (same columns, salt and leaf
 * hash); no business row changes with them, so there is no transaction to
 * share. Not exported from the package either: the guarded writer
 * (journal-guarded.ts) is its only caller.
 */
export async function appendGuardedJournalRecords(sql: Sql, guard: JournalGuard,
  items: readonly { record: JournalRecord; args: GuardArgs }[]): Promise<boolean[]> {
  if (items.length === 0) return [];
  const columns: Array<Array<string | null>> = Array.from({ length: INSERT_COLUMNS.length + 4 }, () => []);
  const salts: string[] = [];
  for (const item of items) {
    const values = insertValues(item.record);
    salts.push(values[INSERT_COLUMNS.indexOf('salt')] as string);
    [...values, ...item.args].forEach((value, i) => columns[i]!.push(value));
  }
  const inserted = new Set((await sql.query<{ salt: string }>(guardedInsertSql(guard), columns)).rows.map((row) => row.salt));
  return salts.map((salt) => inserted.has(salt));
}


// Salts come from the CSPRNG 256 at a time: one call per 4 KiB instead of one per entry.
let saltPool = Buffer.alloc(0);
let saltAt = 0;
function nextSalt(): string {
  if (saltAt + 16 > saltPool.length) {
    saltPool = randomBytes(4096);
    saltAt = 0;
  }
  saltAt += 16;
  return saltPool.toString('base64url', saltAt - 16, saltAt);
}

/** One entry's values, in INSERT_COLUMNS order: strings or null only. */
function insertValues(record: JournalRecord): Array<string | null> {
  // Millisecond precision is what timestamptz round-trips through JS exactly (toISOString has milliseconds).
  const at = record.at.toISOString();
  const details = canonicalJson(record.details ?? {});
  const salt = nextSalt();
  const fields = {
    actorId: record.actor.userId, actorIin: record.actor.iin, actorRole: record.actor.role, organisationId: record.actor.organisationId ?? null,
    address: record.actor.address ?? null, subjectIin: record.subjectIin ?? null, action: record.action, objectType: record.objectType,
    objectId: record.objectId, requestId: record.actor.requestId, details: null, salt, prevHash: null, hash: null,
  };
  const leaf = journalLeafHashHex(leafJson(fields, at, details));
  return [at, fields.actorId, fields.actorIin, fields.actorRole, fields.organisationId, fields.address, fields.subjectIin,
    fields.action, fields.objectType, fields.objectId, fields.requestId, details, salt, leaf];
}

/**
 * A journal entry with no other change (a refused signature, a login, a
 * read of personal data): a transaction of its own through the same runner.
 */
export async function recordJournal(db: Database, record: JournalRecord): Promise<void> {
  await db.transaction(async (tx) => {
    tx.journal(record);
  });
}

type JournalRow = {
  seq: number | string; at: Date | string; actor_id: string | null; actor_iin: string | null; actor_role: string | null;
  organisation_id: string | null; address: string | null; subject_iin: string | null;
  action: string; object_type: string; object_id: string | null; request_id: string | null;
  details: unknown; salt: string; prev_hash: string | null; hash: string | null; leaf_index?: number | string | null;
  leaf_hash?: Uint8Array | null;
};

export function journalEntryFromRow(row: JournalRow): JournalEntry {
  return {
    seq: Number(row.seq), at: new Date(row.at), actorId: row.actor_id, actorIin: row.actor_iin, actorRole: row.actor_role,
    organisationId: row.organisation_id, address: row.address, subjectIin: row.subject_iin,
    action: row.action, objectType: row.object_type, objectId: row.object_id, requestId: row.request_id, details: row.details,
    salt: row.salt, prevHash: row.prev_hash, hash: row.hash,
    leafIndex: row.leaf_index === null || row.leaf_index === undefined ? null : Number(row.leaf_index),
    storedLeafHash: row.leaf_hash ? Buffer.from(row.leaf_hash).toString('hex') : null,
  };
}

/** The entry's columns, for `SELECT ${JOURNAL_COLUMNS} FROM journal j` (qualified: the readers join the leaves). */
export const JOURNAL_COLUMNS = ['seq', 'at', 'actor_id', 'actor_iin', 'actor_role', 'organisation_id', 'address', 'subject_iin',
  'action', 'object_type', 'object_id', 'request_id', 'details', 'salt', 'prev_hash', 'hash', 'leaf_hash'].map((c) => `j.${c}`).join(', ');

export type JournalFilter = {
  actorIin?: string | undefined;
  /** Who acted or whose data was concerned. */
  personIin?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeSeq?: number | undefined;
  limit: number;
};

/** ISSUE-13 item 10: how many entries the journal holds (the administrator's home counter). */
export async function countJournalEntries(sql: Sql): Promise<number> {
  const result = await sql.query<{ n: string }>('SELECT count(*) AS n FROM journal');
  return Number(result.rows[0]?.n ?? 0);
}

/** Newest first, keyset-paginated by `seq`. */
export async function listJournal(sql: Sql, filter: JournalFilter): Promise<JournalEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.actorIin) add('j.actor_iin = ?', filter.actorIin);
  if (filter.personIin) {
    params.push(filter.personIin);
    where.push(`(j.actor_iin = $${params.length} OR j.subject_iin = $${params.length})`);
  }
  if (filter.action) add('j.action = ?', filter.action);
  if (filter.objectType) add('j.object_type = ?', filter.objectType);
  if (filter.objectId) add('j.object_id = ?', filter.objectId);
  if (filter.from) add('j.at >= ?', filter.from.toISOString());
  if (filter.to) add('j.at < ?', filter.to.toISOString());
  if (filter.beforeSeq !== undefined) add('j.seq < ?', filter.beforeSeq);
  params.push(filter.limit);
  const result = await sql.query<JournalRow>(
    `SELECT ${JOURNAL_COLUMNS}, l.leaf_index FROM journal j LEFT JOIN journal_leaves l ON l.entry_seq = j.seq
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY j.seq DESC LIMIT $${params.length}`,
    params,
  );
  return result.rows.map(journalEntryFromRow);
}

/**
 * ENP-11: what was done with a person's data by others — the entries that
 * name them as the person concerned, newest first (their own actions are
 * left out: they know them).
 */
export async function listViewsOfPerson(sql: Sql, iin: string, page: { beforeSeq?: number | undefined; limit: number })
  : Promise<JournalEntry[]> {
  const result = await sql.query<JournalRow>(
    `SELECT ${JOURNAL_COLUMNS}, l.leaf_index FROM journal j LEFT JOIN journal_leaves l ON l.entry_seq = j.seq
     WHERE j.subject_iin = $1 AND j.actor_iin IS DISTINCT FROM $1 AND ($2::bigint IS NULL OR j.seq < $2)
     ORDER BY j.seq DESC LIMIT $3`,
    [iin, page.beforeSeq ?? null, page.limit],
  );
  return result.rows.map(journalEntryFromRow);
}
