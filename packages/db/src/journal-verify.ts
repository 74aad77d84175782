import { merkle } from '@oryndau/domain';
import type { Sql } from './database';
import { GENESIS_HASH, JOURNAL_COLUMNS, entryHash, journalEntryFromRow, journalLeafBytes } from './journal';
import type { JournalEntry } from './journal';
import { UNSEALED, listTreeHeads } from './journal-tree';
import type { SignedTreeHead } from './journal-tree';

/** What kind of tampering the verifier found (docs/journal.md "What verify catches"). */
export type JournalTampering =
  /** An entry's content no longer gives the leaf hash stored when it was sealed. */
  | 'entry_edited'
  /** A leaf position has no entry (the entry or its leaf row was removed). */
  | 'entry_deleted'
  /** An entry sits at another leaf's position: its content gives the leaf hash stored for a different position. */
  | 'entries_swapped'
  /** The tree recomputed from the entries does not give the root of a signed head (entries and stored hashes rewritten together). */
  | 'head_root_mismatch'
  /** A tree head's signature does not verify with the system key (a forged head, or a head rewritten after a rewrite of the tree). */
  | 'head_signature_invalid'
  /** Fewer leaves than a signed head (ours or a witness's copy) covers: the end of the log was cut off. */
  | 'tail_cut'
  /** Sealed leaves that no signed head covers: the newest heads were removed. */
  | 'head_missing'
  /** A head kept outside (a witness's copy) has a root the log's tree of that size does not have: the log was forked. */
  | 'witness_mismatch'
  /** An entry the sealer has passed but that is not in the tree (inserted afterwards, backdated). */
  | 'entry_not_in_tree'
  /** A pre-issue-12 chained entry's own hash or link no longer fits. */
  | 'legacy_chain_broken';

export type JournalProblem = {
  kind: JournalTampering;
  /** The first leaf position concerned (null when it is not a leaf). */
  leafIndex: number | null;
  /** The entry concerned, when known. */
  entrySeq: number | null;
  /** For head problems: the size of the head; the bad entry lies between the last good head and it. */
  treeSize?: number;
  /** The last tree size proven good before the problem. */
  goodUpTo?: number;
  detail: string;
};

export type JournalVerification =
  | { ok: true; checked: number; treeSize: number; rootHash: string; heads: number; witnesses: number; legacy: number; unsealed: number }
  | { ok: false; checked: number; problem: JournalProblem };

export type VerifyJournalOptions = {
  /**
   * Checks a head's signature: true when it is the system organisation's
   * valid signature over `treeHeadBytes(head)`. Without it, signatures are
   * not checked (only the tree): the CLI always passes one.
   */
  checkSignature?: (head: SignedTreeHead) => Promise<boolean>;
  /** Heads kept outside the database (witnesses' copies): each must be consistent with the log. */
  against?: readonly SignedTreeHead[];
  batchSize?: number;
};

type Checkpoint = { size: number; head: SignedTreeHead; source: 'log' | 'witness' };

function fail(checked: number, problem: JournalProblem): JournalVerification {
  return { ok: false, checked, problem };
}

/**
 * Recomputes the Merkle tree from the entries, leaf by leaf, and checks:
 * each entry against the leaf hash stored when it was sealed (edited,
 * swapped, deleted), the legacy chain of the entries written before issue 12,
 * every signed head's root against the recomputed tree and its signature,
 * that the leaves end where the newest head does (tail cut, heads removed),
 * every head kept outside (`against`) for size and root, and that no entry
 * the sealer has passed is missing from the tree. Names the first problem.
 */
export async function verifyJournal(sql: Sql, options: VerifyJournalOptions = {}): Promise<JournalVerification> {
  const batchSize = options.batchSize ?? 2000;
  const witnesses = [...(options.against ?? [])].sort((a, b) => a.treeSize - b.treeSize);
  for (const head of witnesses) {
    if (options.checkSignature && !(await options.checkSignature(head))) {
      return fail(0, { kind: 'head_signature_invalid', leafIndex: null, entrySeq: null, treeSize: head.treeSize,
        detail: `the witness's head of size ${head.treeSize} is not signed by the system key` });
    }
  }
  let frontier: merkle.Frontier = merkle.EMPTY_FRONTIER;
  let checked = 0;
  let goodUpTo = 0;
  let headCount = 0;
  let legacy = 0;
  let legacyPrev = GENESIS_HASH;
  let legacySeq = 0;
  let logHeads: SignedTreeHead[] = await listTreeHeads(sql, 1, batchSize);
  let lastLogHead: SignedTreeHead | null = null;
  let witnessAt = 0;

  // Checks every log head and witness head whose size the tree has just reached.
  const checkpoints = async (): Promise<JournalVerification | null> => {
    for (;;) {
      const pending: Checkpoint[] = [];
      if (logHeads[0] && logHeads[0].treeSize === frontier.size) pending.push({ size: frontier.size, head: logHeads[0], source: 'log' });
      while (witnesses[witnessAt] && witnesses[witnessAt]!.treeSize === frontier.size) {
        pending.push({ size: frontier.size, head: witnesses[witnessAt]!, source: 'witness' });
        witnessAt += 1;
      }
      if (pending.length === 0) return null;
      const root = merkle.toHex(merkle.frontierRoot(frontier));
      for (const point of pending) {
        // The signature first: a head the system did not sign proves nothing about the tree.
        if (point.source === 'log' && options.checkSignature && !(await options.checkSignature(point.head))) {
          return fail(checked, { kind: 'head_signature_invalid', leafIndex: goodUpTo, entrySeq: null, treeSize: point.size, goodUpTo,
            detail: `the head of size ${point.size} is not signed by the system key: it was forged, or rewritten with the entries between leaf ${goodUpTo} and leaf ${point.size - 1}` });
        }
        if (point.head.rootHash !== root) {
          return fail(checked, point.source === 'witness'
            ? { kind: 'witness_mismatch', leafIndex: goodUpTo, entrySeq: null, treeSize: point.size, goodUpTo,
                detail: `the log's tree of ${point.size} entries has another root than the witness's signed head: the log was rewritten or forked after leaf ${goodUpTo}` }
            : { kind: 'head_root_mismatch', leafIndex: goodUpTo, entrySeq: null, treeSize: point.size, goodUpTo,
                detail: `the entries give another root than the signed head of size ${point.size}: an entry between leaf ${goodUpTo} and leaf ${point.size - 1} was rewritten` });
        }
        if (point.source === 'log') {
          headCount += 1;
          lastLogHead = point.head;
          logHeads.shift();
          if (logHeads.length === 0) logHeads = await listTreeHeads(sql, point.size + 1, batchSize);
        }
        goodUpTo = point.size;
      }
    }
  };

  for (;;) {
    const rows = await sql.query(
      `SELECT l.leaf_index, l.entry_seq, l.leaf_hash AS stored_hash, j.seq AS present, ${JOURNAL_COLUMNS}
       FROM journal_leaves l
       LEFT JOIN journal j ON j.seq = l.entry_seq
       WHERE l.leaf_index >= $1 ORDER BY l.leaf_index LIMIT $2`,
      [frontier.size, batchSize],
    );
    for (const raw of rows.rows) {
      const row = raw as { leaf_index: string | number; entry_seq: string | number; stored_hash: Uint8Array | null; present: unknown };
      const index = Number(row.leaf_index);
      if (index !== frontier.size) {
        return fail(checked, { kind: 'entry_deleted', leafIndex: frontier.size, entrySeq: null, goodUpTo,
          detail: `leaf ${frontier.size} is missing: its entry was removed from the log` });
      }
      if (row.present === null) {
        return fail(checked, { kind: 'entry_deleted', leafIndex: index, entrySeq: Number(row.entry_seq), goodUpTo,
          detail: `entry #${Number(row.entry_seq)} at leaf ${index} was deleted` });
      }
      const entry = journalEntryFromRow(raw as Parameters<typeof journalEntryFromRow>[0]);
      const leaf = merkle.leafHash(journalLeafBytes(entry));
      const leafHex = merkle.toHex(leaf);
      if (leafHex !== merkle.toHex(new Uint8Array(row.stored_hash!)) || (entry.storedLeafHash !== null && entry.storedLeafHash !== leafHex)) {
        const elsewhere = await sql.query<{ idx: string | number }>(
          'SELECT leaf_index AS idx FROM journal_leaves WHERE leaf_hash = decode($1, \'hex\') AND leaf_index <> $2 LIMIT 1', [leafHex, index]);
        const other = elsewhere.rows[0];
        return fail(checked, other
          ? { kind: 'entries_swapped', leafIndex: index, entrySeq: entry.seq, goodUpTo,
              detail: `entry #${entry.seq} at leaf ${index} is the entry sealed at leaf ${Number(other.idx)}: entries were swapped` }
          : { kind: 'entry_edited', leafIndex: index, entrySeq: entry.seq, goodUpTo,
              detail: `entry #${entry.seq} at leaf ${index} was changed after it was sealed` });
      }
      const legacyProblem = checkLegacy(entry);
      if (legacyProblem) return fail(checked, { kind: 'legacy_chain_broken', leafIndex: index, entrySeq: entry.seq, goodUpTo, detail: legacyProblem });
      frontier = merkle.appendLeaf(frontier, leaf).frontier;
      checked += 1;
      const bad = await checkpoints();
      if (bad) return bad;
    }
    if (rows.rows.length < batchSize) break;
  }

  // A head (ours or a witness's) bigger than the tree: the end was cut.
  const beyond = logHeads[0] ?? witnesses[witnessAt];
  if (beyond) {
    return fail(checked, { kind: 'tail_cut', leafIndex: frontier.size, entrySeq: null, treeSize: beyond.treeSize, goodUpTo,
      detail: `${logHeads[0] ? 'a signed head' : "a witness's signed head"} covers ${beyond.treeSize} entries, the log has ${frontier.size}: entries from leaf ${frontier.size} on were cut off` });
  }
  const sealer = await sql.query<{ tree_size: string | number }>('SELECT tree_size FROM journal_sealer WHERE id = 1');
  const state = sealer.rows[0];
  if (frontier.size > 0 && (lastLogHead === null || (lastLogHead as SignedTreeHead).treeSize < frontier.size)) {
    return fail(checked, { kind: 'head_missing', leafIndex: goodUpTo, entrySeq: null, treeSize: frontier.size, goodUpTo,
      detail: `leaves ${goodUpTo}…${frontier.size - 1} are covered by no signed head: the newest heads were removed` });
  }
  if (state) {
    const stray = await sql.query<{ seq: string | number }>(
      `SELECT j.seq FROM journal j, journal_sealer s WHERE s.id = 1 AND NOT ${UNSEALED}
         AND NOT EXISTS (SELECT 1 FROM journal_leaves l WHERE l.entry_seq = j.seq) ORDER BY j.seq LIMIT 1`);
    if (stray.rows[0]) {
      return fail(checked, { kind: 'entry_not_in_tree', leafIndex: null, entrySeq: Number(stray.rows[0].seq), goodUpTo,
        detail: `entry #${Number(stray.rows[0].seq)} is older than the sealed part of the log but in no leaf: it was inserted afterwards` });
    }
  }
  const unsealed = state ? await sql.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM journal j, journal_sealer s WHERE s.id = 1 AND ${UNSEALED}`) : null;
  return {
    ok: true, checked, treeSize: frontier.size, rootHash: merkle.toHex(merkle.frontierRoot(frontier)), heads: headCount,
    witnesses: witnesses.length, legacy, unsealed: Number(unsealed?.rows[0]?.n ?? 0),
  };

  function checkLegacy(entry: JournalEntry): string | null {
    if (entry.prevHash === null && entry.hash === null) {
      legacySeq = Number.POSITIVE_INFINITY; // the chain has ended; a chained entry after it is out of place
      return null;
    }
    if (legacySeq === Number.POSITIVE_INFINITY || entry.seq !== legacySeq + 1) return `chained entry #${entry.seq} is out of its chain's order`;
    if (entry.prevHash !== legacyPrev) return `chained entry #${entry.seq} does not link to the entry before it`;
    const { hash, prevHash } = entry;
    if (hash === null || prevHash === null || entryHash({ ...entry, prevHash }) !== hash) return `chained entry #${entry.seq} was changed`;
    legacyPrev = hash;
    legacySeq = entry.seq;
    legacy += 1;
    return null;
  }
}
