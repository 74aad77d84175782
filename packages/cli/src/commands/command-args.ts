import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { devCa, testAnchor } from '@oryndau/esign';
import type { TrustAnchor } from '@oryndau/esign';
import type { Output } from '../main';
import { nodePkiDirectory } from './esign-files';

// The argument handling `archive verify` and `journal verify` share: parse,
// answer --help, refuse bad usage with exit 2, and trust the dev PKI.

/** A problem with what the operator typed or pointed at: exit 2, never a stack trace. */
export class UsageProblem extends Error {}

/**
 * Parses with `parse`; a parse error prints it and the help (exit 2), --help prints the help (exit 0).
 * Returns the parsed arguments, or the exit code to return at once.
 */
export function parseOrExit<P extends { values: { help?: boolean | undefined } }>(parse: () => P, help: string, out: Output)
  : { parsed: P } | { exit: number } {
  let parsed: P;
  try {
    parsed = parse();
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${help}`);
    return { exit: 2 };
  }
  if (parsed.values.help) {
    out.log(help);
    return { exit: 0 };
  }
  return { parsed };
}

/** The dev PKI of DATA_DIR (`dataDir/pki`) when it exists — the default when no CA was pinned. */
export function defaultPkiDir(dataDir: string): string | undefined {
  const dir = join(resolve(dataDir), 'pki');
  return existsSync(dir) ? dir : undefined;
}

/** The dev PKI in `dir`, trusted as a test anchor with its issuing CA and CRLs; none there is a usage problem. */
export async function devPkiTrust(dir: string): Promise<{ anchors: TrustAnchor[]; intermediates: Uint8Array[]; crls: Uint8Array[] }> {
  const trust = await devCa.readDevTrust(nodePkiDirectory(dir));
  if (!trust) throw new UsageProblem(`no dev PKI in ${dir}`);
  return { anchors: [testAnchor(trust.root, devCa.DEV_ROOT_NAME)], intermediates: [trust.issuing], crls: [...trust.crls] };
}
