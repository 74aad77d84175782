import { readFile } from 'node:fs/promises';
import { findSystemOrganisation, treeHeadBytes, verifyJournal } from '@oryndau/db';
import type { JournalVerification, SignedTreeHead } from '@oryndau/db';
import { anchorsFromFile, fromBase64, verifySignature } from '@oryndau/esign';
import type { TrustAnchor } from '@oryndau/esign';
import type { Command } from '../main';
import { DATABASE_HELP, openFromArgs, parseDatabaseArgs } from '../database-options';
import { UsageProblem, defaultPkiDir, devPkiTrust, parseOrExit } from './command-args';

const HELP = [
  'Usage: oryndau journal verify [--database-url URL | --data-dir DIR] [--pki DIR | --trust CA ...] [--expect-bin BIN]',
  '                              [--against HEAD.json ...] [--json]',
  '',
  'Recomputes the journal\'s Merkle tree (RFC 9162) from its entries, checks every',
  'entry against the leaf hash stored when it was sealed, the chain of the entries',
  'written before the tree, every signed tree head\'s root and signature (the system',
  'organisation\'s key), and that the log ends where its newest head does. With',
  '--against, each head kept outside (a witness\'s copy, GET /api/journal/tree-heads/…)',
  'must be signed and fit the log: a bigger one proves a cut, another root a rewrite.',
  'Names the first bad entry and the kind of tampering. Exit 0 intact, 1 broken,',
  '2 usage error. docs/journal.md explains what each finding means.',
  '',
  DATABASE_HELP,
  '  --pki DIR           trust the dev PKI in DIR (default: DIR/pki of --data-dir when it exists)',
  '  --trust FILE        a pinned CA certificate of the system key (PEM or DER, repeatable)',
  '  --expect-bin BIN    the BIN the heads\' signer must have (default: the system organisation\'s)',
  '  --against FILE      a signed tree head kept outside the database (JSON, repeatable)',
  '  --no-signatures     check the tree only (no trust anchors at hand)',
  '  --json              print one JSON object instead of text',
].join('\n');

async function readHead(file: string): Promise<SignedTreeHead> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageProblem(`--against ${file}: ${(error as Error).message}`);
  }
  const h = parsed as Partial<SignedTreeHead>;
  if (typeof h.log !== 'string' || !Number.isSafeInteger(h.treeSize) || typeof h.rootHash !== 'string' || !/^[0-9a-f]{64}$/.test(h.rootHash)
    || typeof h.timestamp !== 'string' || typeof h.signature !== 'string') {
    throw new UsageProblem(`--against ${file}: not a signed tree head ({ log, treeSize, rootHash, timestamp, signature })`);
  }
  return { log: h.log, treeSize: h.treeSize!, rootHash: h.rootHash, timestamp: h.timestamp, signature: h.signature };
}

async function trustFrom(values: Record<string, unknown>): Promise<{ anchors: TrustAnchor[]; intermediates: Uint8Array[]; crls: Uint8Array[] }> {
  const anchors: TrustAnchor[] = [];
  const intermediates: Uint8Array[] = [];
  const crls: Uint8Array[] = [];
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : process.env.DATA_DIR ?? './data';
  const pki = typeof values.pki === 'string' ? values.pki
    : (values.trust as string[] | undefined)?.length ? undefined : defaultPkiDir(dataDir);
  if (pki) {
    const dev = await devPkiTrust(pki);
    anchors.push(...dev.anchors);
    intermediates.push(...dev.intermediates);
    crls.push(...dev.crls);
  }
  for (const file of (values.trust as string[] | undefined) ?? []) {
    try {
      anchors.push(...anchorsFromFile(new Uint8Array(await readFile(file)), false));
    } catch (error) {
      throw new UsageProblem(`--trust ${file}: ${(error as Error).message}`);
    }
  }
  if (anchors.length === 0) throw new UsageProblem('nothing to check the heads\' signatures with: give --pki DIR or --trust CA (or --no-signatures)');
  return { anchors, intermediates, crls };
}

function describe(result: JournalVerification): string {
  if (result.ok) {
    return `Journal intact: ${result.checked} entries in the tree, root ${result.rootHash}; ${result.heads} signed heads verified`
      + `${result.witnesses ? `, consistent with ${result.witnesses} witness heads` : ''}${result.legacy ? `, ${result.legacy} chained entries from before the tree` : ''}`
      + `; ${result.unsealed} entries waiting for their seal.`;
  }
  const p = result.problem;
  const where = p.entrySeq !== null ? `entry #${p.entrySeq}` : p.leafIndex !== null ? `leaf ${p.leafIndex}` : 'the heads';
  return `Journal BROKEN at ${where} (${p.kind}): ${p.detail}. ${result.checked} entries before it verified.`;
}

export const journalCommand: Command = {
  summary: 'verify the journal: Merkle tree, signed tree heads, witnesses\' copies (journal verify)',
  async run(args, out) {
    const parsing = parseOrExit(() => parseDatabaseArgs(args, {
      json: { type: 'boolean' }, pki: { type: 'string' }, trust: { type: 'string', multiple: true },
      'expect-bin': { type: 'string' }, against: { type: 'string', multiple: true }, 'no-signatures': { type: 'boolean' },
    }), HELP, out);
    if ('exit' in parsing) return parsing.exit;
    const { values, positionals } = parsing.parsed;
    if (positionals[0] !== 'verify' || positionals.length > 1) {
      out.error(HELP);
      return 2;
    }
    let against: SignedTreeHead[];
    let trust: Awaited<ReturnType<typeof trustFrom>> | null;
    try {
      against = await Promise.all(((values.against as string[] | undefined) ?? []).map(readHead));
      trust = values['no-signatures'] ? null : await trustFrom(values);
    } catch (error) {
      if (!(error instanceof UsageProblem)) throw error;
      out.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    const db = await openFromArgs(values);
    try {
      const bin = typeof values['expect-bin'] === 'string' ? values['expect-bin'] : (await findSystemOrganisation(db))?.bin;
      const checkSignature = trust ? async (head: SignedTreeHead) => {
        const result = await verifySignature({ cms: fromBase64(head.signature), content: treeHeadBytes(head) }, {
          ...trust, receivedAt: new Date(head.timestamp), purpose: 'sign', allowTestPki: true, ...(bin ? { expect: { bin } } : {}),
        });
        return result.valid;
      } : undefined;
      const result = await verifyJournal(db, { against, ...(checkSignature ? { checkSignature } : {}) });
      if (values.json) out.log(JSON.stringify(result));
      else out.log(describe(result));
      return result.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};
