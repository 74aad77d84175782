import { parseArgs } from 'node:util';
import { devCa, toPem } from '@oryndau/esign';
import type { Output } from '../main';
import { UsageError, nodePkiDirectory, writeOutput } from './esign-files';

export const ISSUE_HELP = [
  'Usage: oryndau esign issue --pki DIR --iin IIN --name "SURNAME NAME" [--bin BIN --role first-head|sign-right|employee]',
  '                           --purpose sign|auth --pin PIN --out FILE.p12',
  '',
  'Issues a key and certificate in the NCA profile from the dev PKI in DIR (a root',
  'and an issuing CA, created on first use) and writes it as a PKCS#12 key file',
  'encrypted like the NCA\'s (3DES key, RC2-40 certificates, SHA-1 MAC; opens with',
  '`openssl pkcs12 -legacy`). The certificate is also written as PEM to FILE.p12.pem.',
  '',
  '  --pki DIR           dev PKI directory (created if absent)',
  '  --iin IIN           12-digit IIN of the owner',
  '  --name NAME         "SURNAME NAME" (CN; the first word becomes SURNAME)',
  '  --patronymic NAME   optional patronymic (givenName)',
  '  --bin BIN           organisation BIN: the key acts for the organisation',
  '  --org NAME          organisation name (O), with --bin',
  '  --role ROLE         first-head | sign-right | employee (with --bin)',
  '  --purpose P         sign (acts: nonRepudiation, emailProtection) | auth (sign-in: clientAuth)',
  '  --pin PIN           PIN protecting the key file',
  '  --out FILE.p12      where to write the key file',
].join('\n');

const ROLES = ['first-head', 'sign-right', 'employee'] as const;

export async function runIssue(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      pki: { type: 'string' }, iin: { type: 'string' }, name: { type: 'string' }, patronymic: { type: 'string' },
      bin: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' }, purpose: { type: 'string' },
      pin: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    out.log(ISSUE_HELP);
    return 0;
  }
  const { pki, iin, name, purpose, pin, out: file, bin, role } = values;
  if (!pki || !iin || !name || !purpose || !pin || !file) throw new UsageError('--pki, --iin, --name, --purpose, --pin and --out are required');
  if (!/^\d{12}$/.test(iin)) throw new UsageError('--iin must be 12 digits');
  if (bin !== undefined && !/^\d{12}$/.test(bin)) throw new UsageError('--bin must be 12 digits');
  if (purpose !== 'sign' && purpose !== 'auth') throw new UsageError('--purpose must be sign or auth');
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (role !== undefined && bin === undefined) throw new UsageError('--role needs --bin');

  const now = new Date();
  const dir = nodePkiDirectory(pki);
  const { state, created } = await devCa.loadOrCreateDevPki(dir, { now });
  const issued = await devCa.issueCertificate(state.pki, {
    now, iin, name, purpose,
    ...(values.patronymic ? { patronymic: values.patronymic } : {}),
    ...(bin ? { bin, organization: values.org ?? `ORGANISATION BIN${bin}` } : {}),
    ...(role ? { role: role as (typeof ROLES)[number] } : {}),
  });
  await devCa.saveDevPki(dir, devCa.recordIssued(state, issued));
  await writeOutput(file, devCa.exportPkcs12({ privateKey: issued.privateKey, certificate: issued.certificate, chain: issued.chain, pin }));
  await writeOutput(`${file}.pem`, toPem(issued.certificate, 'CERTIFICATE'));
  if (created) out.log(`Created the dev PKI in ${pki} (${devCa.DEV_ROOT_NAME} → ${devCa.DEV_ISSUING_NAME}).`);
  out.log(`Issued ${purpose} certificate ${issued.serialNumber} for "${name}" (IIN ${iin}${bin ? `, BIN ${bin}` : ''}${role ? `, ${role}` : ''}) → ${file}, ${file}.pem`);
  return 0;
}
