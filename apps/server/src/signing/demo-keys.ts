import { devCa, openPkcs12, parseCertificate } from '@oryndau/esign';
import type { SystemOrganisation } from '@oryndau/domain';
import { DEMO_USERS } from '../seed/demo-data';

/** PIN of every demo key file (dev only; shown on the sign-in page). */
export const DEMO_KEY_PIN = 'Demo1234';

export type DemoKey = { file: string; iin: string | null; bin: string | null; fullName: string; purpose: 'sign' | 'auth' };

/**
 * FILE-3 (ISSUE-14 item 2): demo people who are NOT users, so «Сот кабинеті»
 * registration with ЭЦП can be tried — a citizen, and the first head of a
 * legal entity (her certificate carries the organisation's BIN and the
 * first-head role). ГБД ФЛ's simulator knows both IINs under these names.
 */
export const DEMO_APPLICANTS: ReadonlyArray<{ iin: string; fullName: string; bin?: string; organization?: string; role?: devCa.OrganizationRole }> = [
  { iin: '850615300109', fullName: 'Иванов Ерлан Ерланович' },
  { iin: '791120400143', fullName: 'Ермекова Айжан Ғалымқызы', bin: '210540011204', organization: 'ЖШС «Демо Жарық»', role: 'first-head' },
];

/**
 * Demo key files like the NCA's: every demo person gets a signing and an
 * authentication key. Issued once into the dev PKI. (The system
 * organisation's key is not a demo key: ensureDevSystemKey.)
 */
export async function ensureDemoKeys(dir: devCa.PkiDirectory, state: devCa.DevPkiState, now: Date, crlUrl: string) {
  const keys: DemoKey[] = [];
  let current = state;
  const issue = async (key: DemoKey, request: devCa.IssueRequest) => {
    keys.push(key);
    if (await dir.read(key.file)) return;
    const issued = await devCa.issueCertificate(current.pki, { ...request, crlUrl });
    current = devCa.recordIssued(current, issued);
    await dir.write(key.file, devCa.exportPkcs12({ privateKey: issued.privateKey, certificate: issued.certificate, chain: issued.chain, pin: DEMO_KEY_PIN }));
  };
  for (const user of DEMO_USERS) {
    const [surname = '', name = '', ...patronymic] = user.fullName.split(' ');
    for (const purpose of ['sign', 'auth'] as const) {
      await issue({ file: `demo-keys/${user.iin}-${purpose}.p12`, iin: user.iin, bin: null, fullName: user.fullName, purpose },
        { now, purpose, name: `${surname} ${name}`, iin: user.iin, patronymic: patronymic.join(' ') || undefined });
    }
  }
  for (const applicant of DEMO_APPLICANTS) {
    const [surname = '', name = '', ...patronymic] = applicant.fullName.split(' ');
    for (const purpose of ['sign', 'auth'] as const) {
      await issue({ file: `demo-keys/${applicant.iin}-${purpose}.p12`, iin: applicant.iin, bin: applicant.bin ?? null, fullName: applicant.fullName, purpose },
        { now, purpose, name: `${surname} ${name}`, iin: applicant.iin, patronymic: patronymic.join(' ') || undefined,
          ...(applicant.bin ? { bin: applicant.bin, organization: applicant.organization, role: applicant.role } : {}) });
    }
  }
  if (current !== state) await devCa.saveDevPki(dir, current);
  return { keys, state: current };
}

/** Where the dev PKI keeps the system organisation's key (PIN DEMO_KEY_PIN), relative to PKI_DIR. */
export const devSystemKeyFile = (bin: string) => `dev-keys/system-${bin}-sign.p12`;

/**
 * Outside production, with no SYSTEM_KEY_FILE: the dev PKI issues the system
 * organisation's signing key (an organisation key, BIN only) once, so a dev
 * server seals with no settings. Returns the file's path in the PKI directory.
 */
export async function ensureDevSystemKey(dir: devCa.PkiDirectory, organisation: SystemOrganisation, now: Date, crlUrl: string): Promise<string> {
  const file = devSystemKeyFile(organisation.bin);
  const existing = await dir.read(file);
  // Issue 13 item 2: a key issued to an earlier name of the organisation («Система Oryndau») is
  // issued again to its current one. The old certificate is not revoked: the seals made with it
  // carry it and still verify; only new seals use the new one.
  if (existing && await issuedTo(existing) === organisation.name.ru) return file;
  const state = await devCa.loadDevPki(dir);
  if (!state) throw new Error('no dev PKI to issue the system key from');
  const name = organisation.name.ru;
  const issued = await devCa.issueCertificate(state.pki, { now, purpose: 'sign', kind: 'organization', name, bin: organisation.bin, organization: name,
    role: 'first-head', crlUrl });
  await dir.write(file, devCa.exportPkcs12({ privateKey: issued.privateKey, certificate: issued.certificate, chain: issued.chain, pin: DEMO_KEY_PIN }));
  await devCa.saveDevPki(dir, devCa.recordIssued(state, issued));
  return file;
}

/** The organisation name (O=) of a dev key file's certificate; null when it cannot be read. */
async function issuedTo(p12: Uint8Array): Promise<string | null> {
  try {
    return parseCertificate((await openPkcs12(p12, DEMO_KEY_PIN)).certificate).subject.organization;
  } catch {
    return null;
  }
}
