// Helpers shared by the journal's integration tests (issue 12): an HMAC key
// stands in for the system key, entries filled in, a sealed log, the attacker.
import { createHmac } from 'node:crypto';
import type { ENGINES } from '../../../test/harness/databases';
import { openMigrated } from '../../../test/harness/databases';
import type { Database } from './database';
import { recordJournal } from './journal';
import { sealJournal, treeHeadBytes } from './journal-tree';
import type { SignedTreeHead } from './journal-tree';

// Issue 12 item 5: every kind of tampering is caught, on PGlite and on
// PostgreSQL 15. The tree heads are signed here with an HMAC key standing in
// for the system key (the CLI's test signs with the real system key, CMS):
// what matters is that the attacker does not have it.

export const actor = { userId: null, iin: '800101300006', role: 'admin', requestId: 'req-1', organisationId: null, address: '10.0.0.7' };
export const t0 = new Date('2026-03-02T04:05:06.789Z');

export const hmacSigner = (key: string) => async (bytes: Uint8Array) => new Uint8Array(createHmac('sha256', key).update(bytes).digest());
export const SYSTEM_KEY = 'the system key';
export const sign = hmacSigner(SYSTEM_KEY);
export const checkSignature = async (head: SignedTreeHead) =>
  Buffer.from(head.signature, 'base64').equals(createHmac('sha256', SYSTEM_KEY).update(treeHeadBytes(head)).digest());
export const seal = (db: Database, holder = 'test-sealer') => sealJournal(db, { sign, holder });

export async function fill(db: Database, count: number, from = 0) {
  for (let i = from; i < from + count; i += 1) {
    await recordJournal(db, {
      at: new Date(t0.getTime() + i * 1000), actor, action: 'enforcement.viewed', objectType: 'proceeding', objectId: `p${i}`,
      subjectIin: '900101400008', details: { n: i, text: 'Қазақстан' },
    });
  }
}

/** A database with `count` entries sealed in rounds of 3 (several signed heads). */
export async function sealedLog(kind: (typeof ENGINES)[number], count: number): Promise<Database> {
  const { db } = await openMigrated(kind);
  for (let i = 0; i < count; i += 3) {
    await fill(db, Math.min(3, count - i), i);
    await seal(db);
  }
  return db;
}

/** The attacker: superuser rights, so the append-only triggers are no obstacle. */
export async function asAttacker(db: Database, statements: string[]) {
  await db.exec(`ALTER TABLE journal DISABLE TRIGGER USER; ALTER TABLE journal_leaves DISABLE TRIGGER USER;
    ALTER TABLE journal_nodes DISABLE TRIGGER USER; ALTER TABLE journal_tree_heads DISABLE TRIGGER USER;`);
  for (const statement of statements) await db.query(statement);
  await db.exec(`ALTER TABLE journal ENABLE TRIGGER USER; ALTER TABLE journal_leaves ENABLE TRIGGER USER;
    ALTER TABLE journal_nodes ENABLE TRIGGER USER; ALTER TABLE journal_tree_heads ENABLE TRIGGER USER;`);
}

export const seqAtLeaf = async (db: Database, leaf: number) =>
  Number((await db.query<{ entry_seq: string }>('SELECT entry_seq FROM journal_leaves WHERE leaf_index = $1', [leaf])).rows[0]!.entry_seq);
