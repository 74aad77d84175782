import { merkle } from '@oryndau/domain';
import { canonicalJson } from './canonical-json';
import type { Database, Sql } from './database';
import { JOURNAL_COLUMNS, journalEntryFromRow, journalLeafHash, journalLeafJson } from './journal';

// The journal as a verifiable log (issue 12, docs/journal.md): the sealer
// turns committed entries into leaves of an RFC 9162 Merkle tree and signs
// its heads; the readers build inclusion and consistency proofs from the
// stored perfect subtrees.

/** The log's name inside every signed tree head. */
export const JOURNAL_LOG_ID = 'oryndau-journal/v1';

/** Signs the canonical bytes of a tree head: a detached CMS with the system organisation's key. */
export type TreeHeadSigner = (bytes: Uint8Array, at: Date) => Promise<Uint8Array>;

export type SignedTreeHead = { log: string; treeSize: number; rootHash: string; timestamp: string; signature: string };

/** The bytes a tree head's signature covers: canonical JSON of `{ log, rootHash, timestamp, treeSize }`, UTF-8. */
export function treeHeadBytes(head: Pick<SignedTreeHead, 'log' | 'treeSize' | 'rootHash' | 'timestamp'>): Uint8Array {
  return new TextEncoder().encode(canonicalJson({ log: head.log, rootHash: head.rootHash, timestamp: head.timestamp, treeSize: head.treeSize }));
}

export type SealOptions = {
  sign: TreeHeadSigner;
  /** Who seals (host and process): the lease names it. */
  holder: string;
  now?: () => Date;
  /** How long a lease lasts without renewal; a crashed sealer is replaced after it (default 10 s). */
  leaseMs?: number;
  /** Called inside the sealing transaction with the new signed head (the witnesses' outbox messages). */
  onSigned?: (tx: Sql, head: SignedTreeHead) => Promise<void>;
};

export type SealResult = { holder: boolean; sealed: number; treeSize: number };

const BATCH = 5000;

/** Hex of a hash (Buffer's native encoder; merkle.toHex is a portable loop). */
const hexOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');

function asBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value);
  throw new TypeError('expected bytea');
}

/** Loads the stored perfect nodes `keys` (one query: leaves from journal_leaves, the rest from journal_nodes) into a getter. */
async function nodeGetter(sql: Sql, keys: readonly merkle.NodeKey[]): Promise<merkle.NodeGetter> {
  const found = new Map<string, Uint8Array>();
  if (keys.length > 0) {
    const rows = await sql.query<{ level: number; idx: string | number; hash: Uint8Array }>(
      `SELECT n.level, n.idx, n.hash FROM journal_nodes n
         JOIN unnest($1::smallint[], $2::bigint[]) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx
       UNION ALL
       SELECT 0, l.leaf_index, l.leaf_hash FROM journal_leaves l
         WHERE l.leaf_index = ANY($3::bigint[])`,
      [keys.map((k) => k.level), keys.map((k) => k.index), keys.filter((k) => k.level === 0).map((k) => k.index)],
    );
    for (const row of rows.rows) found.set(`${Number(row.level)}/${Number(row.idx)}`, asBytes(row.hash));
  }
  return (level, index) => {
    const hash = found.get(`${level}/${index}`);
    if (!hash) throw new Error(`journal tree node ${level}/${index} is missing`);
    return hash;
  };
}

/**
 * One sealing round. Takes (or renews) the lease; returns `holder: false`
 * when another sealer holds it. Otherwise, in one transaction: the entries of
 * transactions that have ended (their id below the snapshot's xmin) and are
 * not sealed yet get the next leaf positions, in (transaction, seq) order;
 * the tree's new perfect nodes are stored; when anything was added, the new
 * head is signed and stored (and `onSigned` enqueues it for the witnesses).
 * A failure (the signature, the database) rolls the whole round back.
 */
export async function sealJournal(db: Database, options: SealOptions): Promise<SealResult> {
  const leaseMs = options.leaseMs ?? 10_000;
  return db.transaction(async (tx) => {
    // The lease and the lock in one statement: a second sealer waits here, then sees the lease is taken.
    const lease = await tx.query<{ tree_size: string | number; high_xid: string; pending: string[] | string }>(
      `UPDATE journal_sealer SET holder = $1, lease_until = clock_timestamp() + ($2::double precision * interval '1 millisecond')
       WHERE id = 1 AND (holder = $1 OR lease_until IS NULL OR lease_until < clock_timestamp())
       RETURNING tree_size, high_xid::text AS high_xid, pending::text[] AS pending`,
      [options.holder, leaseMs],
    );
    const state = lease.rows[0];
    if (!state) return { holder: false, sealed: 0, treeSize: 0 };
    // Taken under the lock, so after the previous round's commit: which transactions have ended.
    const snap = await tx.query<{ xmax: string; xip: string[] | string }>(
      `SELECT pg_snapshot_xmax(s)::text AS xmax, ARRAY(SELECT pg_snapshot_xip(s)::text) AS xip FROM pg_current_snapshot() s`);
    const xmax = snap.rows[0]!.xmax;
    const inProgress = textArray(snap.rows[0]!.xip);
    const high = state.high_xid;
    const pending = textArray(state.pending);
    const startSize = Number(state.tree_size);
    const peakKeys = merkle.frontierKeys(startSize);
    const get = await nodeGetter(tx, peakKeys);
    let frontier: merkle.Frontier = { size: startSize, peaks: peakKeys.map((k) => get(k.level, k.index)) };
    let sealed = 0;
    // Entries of transactions that were open at the last round and have ended since, then of those begun since.
    // Each source also bounds the transaction id as a number (TXID_NUMBER): the only index on it is a BRIN
    // (migration 0024 — a btree cost every business transaction an insert), which only such a range can use.
    const lowest = (ids: readonly string[]) => ids.reduce((low, id) => (BigInt(id) < BigInt(low) ? id : low), ids[0] ?? high);
    const sources = [
      { where: `j.txid = ANY($1::xid8[]) AND j.txid < $2::xid8 AND NOT (j.txid = ANY($3::xid8[]))`, params: [pending, xmax, inProgress],
        low: lowest(pending), skip: pending.length === 0 },
      { where: `j.txid >= $1::xid8 AND j.txid < $2::xid8 AND NOT (j.txid = ANY($3::xid8[]))`, params: [high, xmax, inProgress], low: high, skip: false },
    ];
    for (const source of sources) {
      if (source.skip) continue;
      let after: [string, number] = ['0', 0];
      for (;;) {
        const batch = await tx.query<{ seq: string | number; txid: string; leaf_hash: Uint8Array | null }>(
          `SELECT j.seq, j.txid::text AS txid, j.leaf_hash FROM journal j
           WHERE ${source.where} AND (j.txid, j.seq) > ($4::xid8, $5::bigint)
             AND ${TXID_NUMBER} >= $6::bigint AND ${TXID_NUMBER} < $7::bigint
           ORDER BY j.txid, j.seq LIMIT ${BATCH}`,
          [...source.params, after[0], after[1], source.low, xmax],
        );
        if (batch.rows.length === 0) break;
        const legacy = await legacyLeafHashes(tx, batch.rows.filter((r) => r.leaf_hash === null).map((r) => Number(r.seq)));
        const leafIndexes: number[] = [];
        const entrySeqs: number[] = [];
        const leafHashes: string[] = [];
        const levels: number[] = [];
        const indexes: number[] = [];
        const hashes: string[] = [];
        for (const row of batch.rows) {
          const seq = Number(row.seq);
          const leaf = row.leaf_hash ? asBytes(row.leaf_hash) : legacy.get(seq)!;
          leafIndexes.push(frontier.size);
          entrySeqs.push(seq);
          leafHashes.push(hexOf(leaf));
          const appended = merkle.appendLeaf(frontier, leaf);
          frontier = appended.frontier;
          for (const node of appended.completed) {
            if (node.level === 0) continue;
            levels.push(node.level);
            indexes.push(node.index);
            hashes.push(hexOf(node.hash));
          }
          after = [row.txid, seq];
        }
        await tx.query(
          `INSERT INTO journal_leaves (leaf_index, entry_seq, leaf_hash)
           SELECT i, s, decode(h, 'hex') FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS l(i, s, h)`,
          [leafIndexes, entrySeqs, leafHashes]);
        if (levels.length > 0) {
          await tx.query(
            `INSERT INTO journal_nodes (level, idx, hash)
             SELECT l, i, decode(h, 'hex') FROM unnest($1::smallint[], $2::bigint[], $3::text[]) AS n(l, i, h)`,
            [levels, indexes, hashes]);
        }
        sealed += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
    }
    // Still open: the pending ones not ended yet, and those begun since the last round (below xmax).
    const stillOpen = inProgress.filter((x) => pending.includes(x) || BigInt(x) >= BigInt(high));
    const nextHigh = BigInt(xmax) > BigInt(high) ? xmax : high;
    await tx.query('UPDATE journal_sealer SET high_xid = $1::xid8, pending = $2::xid8[] WHERE id = 1', [nextHigh, stillOpen]);
    if (sealed === 0) return { holder: true, sealed: 0, treeSize: startSize };
    // The database's clock, the one `created_at` is written with: the sealing delay compares the two.
    const at = options.now ? new Date(options.now().getTime())
      : new Date((await tx.query<{ at: Date | string }>('SELECT clock_timestamp() AS at')).rows[0]!.at);
    const head = { log: JOURNAL_LOG_ID, treeSize: frontier.size, rootHash: merkle.toHex(merkle.frontierRoot(frontier)), timestamp: at.toISOString() };
    const signature = await options.sign(treeHeadBytes(head), at);
    await tx.query(
      `INSERT INTO journal_tree_heads (tree_size, root_hash, signed_at, log, signature)
       VALUES ($1, decode($2, 'hex'), $3, $4, decode($5, 'base64'))`,
      [head.treeSize, head.rootHash, head.timestamp, head.log, Buffer.from(signature).toString('base64')],
    );
    await tx.query('UPDATE journal_sealer SET tree_size = $1, last_sealed_at = $2 WHERE id = 1', [frontier.size, head.timestamp]);
    await options.onSigned?.(tx, { ...head, signature: Buffer.from(signature).toString('base64') });
    return { holder: true, sealed, treeSize: frontier.size };
  });
}

/** Leaf hashes of entries of the old chain (written before the writer stored one), computed from their rows. */
async function legacyLeafHashes(sql: Sql, seqs: readonly number[]): Promise<Map<number, Uint8Array>> {
  const hashes = new Map<number, Uint8Array>();
  if (seqs.length === 0) return hashes;
  const rows = await sql.query(`SELECT ${JOURNAL_COLUMNS} FROM journal j WHERE j.seq = ANY($1::bigint[])`, [[...seqs]]);
  for (const row of rows.rows) {
    const entry = journalEntryFromRow(row as Parameters<typeof journalEntryFromRow>[0]);
    hashes.set(entry.seq, new Uint8Array(journalLeafHash(journalLeafJson(entry))));
  }
  return hashes;
}

/** A text[] as `pg` (an array) or PGlite (maybe the literal) returns it. */
function textArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',');
}

type HeadRow = { tree_size: string | number; root_hash: Uint8Array; signed_at: Date | string; log: string; signature: Uint8Array };

function headFromRow(row: HeadRow): SignedTreeHead {
  return {
    log: row.log, treeSize: Number(row.tree_size), rootHash: Buffer.from(asBytes(row.root_hash)).toString('hex'),
    timestamp: new Date(row.signed_at).toISOString(), signature: Buffer.from(asBytes(row.signature)).toString('base64'),
  };
}

export async function latestTreeHead(sql: Sql): Promise<SignedTreeHead | null> {
  const result = await sql.query<HeadRow>('SELECT * FROM journal_tree_heads ORDER BY tree_size DESC LIMIT 1');
  return result.rows[0] ? headFromRow(result.rows[0]) : null;
}

export async function treeHeadOfSize(sql: Sql, size: number): Promise<SignedTreeHead | null> {
  const result = await sql.query<HeadRow>('SELECT * FROM journal_tree_heads WHERE tree_size = $1', [size]);
  return result.rows[0] ? headFromRow(result.rows[0]) : null;
}

/** Signed heads in size order, from `fromSize` on (the verifier pages through them). */
export async function listTreeHeads(sql: Sql, fromSize: number, limit: number): Promise<SignedTreeHead[]> {
  const result = await sql.query<HeadRow>('SELECT * FROM journal_tree_heads WHERE tree_size >= $1 ORDER BY tree_size LIMIT $2',
    [fromSize, limit]);
  return result.rows.map(headFromRow);
}

export type InclusionProof = {
  entryId: number; leafIndex: number; treeSize: number; entry: string; leafHash: string; auditPath: string[]; treeHead: SignedTreeHead;
};

/**
 * The inclusion proof of entry `seq` against the signed head of `treeSize`
 * (default: the latest). Null when the entry does not exist, is not sealed
 * yet, or no signed head of that size covers it.
 */
export async function inclusionProofOf(sql: Sql, seq: number, treeSize?: number): Promise<InclusionProof | null> {
  const found = await sql.query(
    `SELECT ${JOURNAL_COLUMNS}, l.leaf_index FROM journal j JOIN journal_leaves l ON l.entry_seq = j.seq WHERE j.seq = $1`, [seq]);
  const row = found.rows[0];
  if (!row) return null;
  const entry = journalEntryFromRow(row as Parameters<typeof journalEntryFromRow>[0]);
  const head = treeSize === undefined ? await latestTreeHead(sql) : await treeHeadOfSize(sql, treeSize);
  if (!head || entry.leafIndex === null || entry.leafIndex >= head.treeSize) return null;
  const get = await nodeGetter(sql, merkle.inclusionProofKeys(entry.leafIndex, head.treeSize));
  const json = journalLeafJson(entry);
  return {
    entryId: entry.seq, leafIndex: entry.leafIndex, treeSize: head.treeSize, entry: json,
    leafHash: merkle.toHex(merkle.leafHash(new TextEncoder().encode(json))),
    auditPath: merkle.inclusionProof(get, entry.leafIndex, head.treeSize).map(merkle.toHex), treeHead: head,
  };
}

/** The consistency proof between trees of `from` and `to` leaves (both ≤ the latest signed size); null when `to` is too big. */
export async function consistencyProofOf(sql: Sql, from: number, to: number)
  : Promise<{ from: number; to: number; proof: string[]; fromHead: SignedTreeHead | null; toHead: SignedTreeHead | null } | null> {
  const latest = await latestTreeHead(sql);
  if (!latest || to > latest.treeSize || from > to) return null;
  const get = await nodeGetter(sql, merkle.consistencyProofKeys(from, to));
  return {
    from, to, proof: merkle.consistencyProof(get, from, to).map(merkle.toHex),
    fromHead: await treeHeadOfSize(sql, from), toHead: await treeHeadOfSize(sql, to),
  };
}

/** The sealed entries recording `objectType/objectId` with one of `actions` (the /verify page's signings), and how many wait for sealing. */
export async function journalProofsForObject(sql: Sql, objectType: string, objectId: string, actions: readonly string[])
  : Promise<{ proofs: InclusionProof[]; pending: number }> {
  const found = await sql.query<{ seq: string | number; leaf_index: string | number | null }>(
    `SELECT j.seq, l.leaf_index FROM journal j LEFT JOIN journal_leaves l ON l.entry_seq = j.seq
     WHERE j.object_type = $1 AND j.object_id = $2 AND j.action = ANY($3) ORDER BY j.seq`,
    [objectType, objectId, [...actions]],
  );
  const proofs: InclusionProof[] = [];
  let pending = 0;
  for (const row of found.rows) {
    const proof = row.leaf_index === null ? null : await inclusionProofOf(sql, Number(row.seq));
    if (proof) proofs.push(proof);
    else pending += 1;
  }
  return { proofs, pending };
}

/**
 * The entry's transaction id as a number: the expression the BRIN index `journal_txid_brin` (migration 0024)
 * covers. Transaction ids grow as entries are appended, so a range of them is a few block ranges of the table.
 */
export const TXID_NUMBER = '((j.txid::text)::bigint)';

/**
 * Not sealed yet (with `journal_sealer s`): begun since the last round, or open at it. The first condition
 * follows from the second (no such entry's transaction id is below both `high_xid` and every pending id); it is
 * there for the BRIN index, which needs a range with a value known before the scan (an uncorrelated subquery).
 */
export const UNSEALED = `(${TXID_NUMBER} >= (SELECT least((s0.high_xid::text)::bigint, (SELECT min((p::text)::bigint) FROM unnest(s0.pending) p))
  FROM journal_sealer s0 WHERE s0.id = 1) AND (j.txid >= s.high_xid OR j.txid = ANY(s.pending)))`;

/** Entries written and not sealed yet (including those of transactions still open). */
export async function journalUnsealedCount(sql: Sql): Promise<number> {
  const result = await sql.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM journal j, journal_sealer s WHERE s.id = 1 AND ${UNSEALED}`);
  return Number(result.rows[0]?.n ?? 0);
}

export type JournalSealStatus = {
  treeSize: number; lastSealedAt: Date | null; unsealed: number; oldestUnsealedAgeMs: number | null; holder: string | null;
};

/** For `/health`: the tree's size, the last seal, and how long the oldest unsealed entry has waited (database clock). */
export async function journalSealStatus(sql: Sql): Promise<JournalSealStatus> {
  const result = await sql.query<{ tree_size: string | number; last_sealed_at: Date | string | null; holder: string | null;
    unsealed: string | number; oldest_ms: string | number | null }>(
    `SELECT s.tree_size, s.last_sealed_at, s.holder, u.unsealed, u.oldest_ms
     FROM journal_sealer s,
          LATERAL (SELECT count(*) AS unsealed,
                          (extract(epoch FROM clock_timestamp() - min(j.created_at)) * 1000)::bigint AS oldest_ms
                   FROM journal j WHERE ${UNSEALED}) u
     WHERE s.id = 1`);
  const row = result.rows[0]!;
  return {
    treeSize: Number(row.tree_size), lastSealedAt: row.last_sealed_at === null ? null : new Date(row.last_sealed_at),
    unsealed: Number(row.unsealed), oldestUnsealedAgeMs: row.oldest_ms === null ? null : Number(row.oldest_ms), holder: row.holder,
  };
}

/**
 * The delay between each sealed entry's insert and the signed head that
 * first covered it (database clock), for entries with seq > `sinceEntry`.
 */
export async function journalSealingDelays(sql: Sql, options: { sinceEntry?: number } = {})
  : Promise<{ count: number; p50Ms: number; p99Ms: number; maxMs: number }> {
  const result = await sql.query<{ n: string | number; p50: number | null; p99: number | null; max: number | null }>(
    `WITH d AS (
       SELECT extract(epoch FROM (SELECT h.signed_at FROM journal_tree_heads h WHERE h.tree_size > l.leaf_index
                                  ORDER BY h.tree_size LIMIT 1) - j.created_at) * 1000 AS ms
       FROM journal j JOIN journal_leaves l ON l.entry_seq = j.seq WHERE j.seq > $1)
     SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max FROM d`,
    [options.sinceEntry ?? 0],
  );
  const row = result.rows[0]!;
  return { count: Number(row.n), p50Ms: Number(row.p50 ?? 0), p99Ms: Number(row.p99 ?? 0), maxMs: Number(row.max ?? 0) };
}
