import { parseArgs } from 'node:util';
import { derOrPem, devCa, parseCertificate } from '@oryndau/esign';
import type { Output } from '../main';
import { UsageError, nodePkiDirectory, readInput, writeOutput } from './esign-files';

export const REVOKE_HELP = [
  'Usage: oryndau esign revoke --pki DIR --cert FILE.pem',
  '',
  'Revokes a certificate the dev PKI in DIR issued and re-issues its CRL',
  `(${devCa.PKI_FILES.crl} in DIR). Exit 0 revoked, 2 usage error (e.g. not issued here).`,
].join('\n');

export const CRL_HELP = [
  'Usage: oryndau esign crl --pki DIR --out FILE.crl',
  '',
  `Issues a fresh CRL of the dev PKI's issuing CA (valid ${devCa.DEV_CRL_LIFETIME_MS / 86_400_000} days) and writes it (DER) to FILE.crl.`,
].join('\n');

async function loadExisting(pki: string) {
  const dir = nodePkiDirectory(pki);
  const state = await devCa.loadDevPki(dir);
  if (!state) throw new UsageError(`no dev PKI in ${pki}`);
  return { dir, state };
}

export async function runRevoke(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({ args, options: { pki: { type: 'string' }, cert: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    out.log(REVOKE_HELP);
    return 0;
  }
  if (!values.pki || !values.cert) throw new UsageError('--pki and --cert are required');
  const certDer = derOrPem(await readInput(values.cert, 'certificate'), 'CERTIFICATE')[0]!;
  const cert = parseCertificate(certDer);
  const { dir, state } = await loadExisting(values.pki);
  const now = new Date();
  let revoked;
  try {
    revoked = devCa.revokeSerial(state, cert.serialNumber, now);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const published = await devCa.publishDevCrls(dir, revoked, now);
  out.log(`Revoked ${cert.serialNumber} ("${cert.subject.commonName}"); CRL #${published.state.crlNumber} written to ${values.pki}/${devCa.PKI_FILES.crl}`);
  return 0;
}

export async function runCrl(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({ args, options: { pki: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    out.log(CRL_HELP);
    return 0;
  }
  if (!values.pki || !values.out) throw new UsageError('--pki and --out are required');
  const { dir, state } = await loadExisting(values.pki);
  const published = await devCa.publishDevCrls(dir, state, new Date());
  await writeOutput(values.out, published.crl);
  out.log(`CRL #${published.state.crlNumber} (${state.revoked.length} revoked) → ${values.out}`);
  return 0;
}
