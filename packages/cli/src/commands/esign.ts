import { isEsignError } from '@oryndau/esign';
import type { Command, Output } from '../main';
import { UsageError } from './esign-files';
import { ISSUE_HELP, runIssue } from './esign-issue';
import { CRL_HELP, REVOKE_HELP, runCrl, runRevoke } from './esign-revoke';
import { SIGN_HELP, runSign } from './esign-sign';
import { VERIFY_HELP, runVerify } from './esign-verify';

const SUBCOMMANDS: Record<string, { run(args: string[], out: Output): Promise<number>; help: string; summary: string }> = {
  issue: { run: runIssue, help: ISSUE_HELP, summary: 'issue a key file from the dev PKI (creates it if absent)' },
  sign: { run: runSign, help: SIGN_HELP, summary: 'sign a file with a PKCS#12 key (CMS / CAdES-BES, DER)' },
  verify: { run: runVerify, help: VERIFY_HELP, summary: 'verify a CMS signature against the ESIGN.md checklist (JSON)' },
  revoke: { run: runRevoke, help: REVOKE_HELP, summary: 'revoke a dev PKI certificate and re-issue the CRL' },
  crl: { run: runCrl, help: CRL_HELP, summary: "write a fresh CRL of the dev PKI's issuing CA" },
};

const HELP = [
  'Usage: oryndau esign <issue|sign|verify|revoke|crl> [options]',
  '',
  'Kazakh digital signatures (ЭЦП): the dev PKI (a test NCA), signing and verification.',
  '',
  ...Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(8)} ${s.summary}`),
  '',
  'Run `oryndau esign <subcommand> --help` for its options.',
].join('\n');

export const esignCommand: Command = {
  summary: 'digital signatures: dev PKI, sign, verify (esign issue|sign|verify|revoke|crl)',
  async run(args, out) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h' || name === 'help') {
      out.log(HELP);
      return 0;
    }
    const sub = name ? SUBCOMMANDS[name] : undefined;
    if (!sub) {
      out.error(name ? `Unknown subcommand "esign ${name}".\n\n${HELP}` : HELP);
      return 2;
    }
    try {
      return await sub.run(rest, out);
    } catch (error) {
      // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags.
      const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
      if (error instanceof UsageError || parseError) {
        out.error(`${(error as Error).message}\n\n${sub.help}`);
        return 2;
      }
      if (isEsignError(error)) {
        out.error(`${error.code}: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};
