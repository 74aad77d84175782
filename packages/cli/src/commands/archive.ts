import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { anchorsFromFile } from '@oryndau/esign';
import type { TrustAnchor } from '@oryndau/esign';
import type { Command } from '../main';
import { describeArchiveReport, verifyArchiveExport } from './archive-verify';
import { UsageProblem, defaultPkiDir, devPkiTrust, parseOrExit } from './command-args';

const HELP = [
  'Usage: oryndau archive verify CASE.zip [--trust DIR|CA ...] [--pki DIR] [--json]',
  '',
  'Checks the export of an archived court case offline (FILE-17, SIG-7): the judge\'s',
  'signature on the inventory, every document\'s SHA-256 against the signed inventory,',
  'every .p7s over its document — each as of its signing time with the CRLs kept in',
  'the ZIP — and that the ZIP holds nothing else. Names every file that fails.',
  'Exit 0 verified, 1 a check failed, 2 usage error.',
  '',
  '  --trust DIR|FILE   pinned CA certificates (PEM/DER; a directory: all its .pem .cer .crt .der),',
  '                     e.g. the NCA roots; repeatable',
  '  --pki DIR          trust the dev PKI in DIR (default: $DATA_DIR/pki when no --trust is given)',
  '  --json             print one JSON object instead of text',
].join('\n');

async function certificateFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) throw new UsageProblem(`--trust ${path}: no such file or directory`);
  if (!statSync(path).isDirectory()) return [path];
  return (await readdir(path)).filter((n) => /\.(pem|cer|crt|der)$/i.test(n)).sort().map((n) => join(path, n));
}

async function trustFrom(values: { trust?: string[]; pki?: string }): Promise<{ anchors: TrustAnchor[]; intermediates: Uint8Array[] }> {
  const anchors: TrustAnchor[] = [];
  const intermediates: Uint8Array[] = [];
  const pki = values.pki ?? (values.trust?.length ? undefined : defaultPkiDir(process.env.DATA_DIR ?? './data'));
  if (pki) {
    const dev = await devPkiTrust(pki);
    anchors.push(...dev.anchors);
    intermediates.push(...dev.intermediates);
  }
  for (const path of values.trust ?? []) {
    for (const file of await certificateFiles(path)) {
      try {
        // Pinned by the operator: test anchors (the NCA test CAs, a dev root) count as trusted here.
        anchors.push(...anchorsFromFile(new Uint8Array(await readFile(file)), false).map((a) => ({ ...a, test: true })));
      } catch (error) {
        throw new UsageProblem(`--trust ${file}: ${(error as Error).message}`);
      }
    }
  }
  if (anchors.length === 0) throw new UsageProblem('nothing to trust: give --trust DIR|CA or --pki DIR');
  return { anchors, intermediates };
}

export const archiveCommand: Command = {
  summary: 'verify an archived court case\'s ZIP export offline (archive verify)',
  async run(args, out) {
    const parsing = parseOrExit(() => parseArgs({ args, allowPositionals: true, strict: true, options: {
      trust: { type: 'string', multiple: true }, pki: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }), HELP, out);
    if ('exit' in parsing) return parsing.exit;
    const { values, positionals } = parsing.parsed;
    const [sub, file, ...extra] = positionals;
    if (sub !== 'verify' || !file || extra.length) {
      out.error(HELP);
      return 2;
    }
    try {
      const trust = await trustFrom(values);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (error) {
        throw new UsageProblem(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const report = await verifyArchiveExport(bytes, trust);
      out.log(values.json ? JSON.stringify(report, null, 2) : describeArchiveReport(report));
      return report.ok ? 0 : 1;
    } catch (error) {
      if (error instanceof UsageProblem) {
        out.error(error.message);
        return 2;
      }
      throw error;
    }
  },
};
