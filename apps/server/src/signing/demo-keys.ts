import { devCa } from '@oryndau/esign';
import { DEMO_ORGANISATIONS, DEMO_USERS } from '../seed/demo-data';

/** PIN of every demo key file (dev only; shown on the sign-in page). */
export const DEMO_KEY_PIN = 'Demo1234';

export type DemoKey = { file: string; iin: string | null; bin: string | null; fullName: string; purpose: 'sign' | 'auth' };

/**
 * Demo key files like the NCA's: every demo person gets a signing and an
 * authentication key; the system organisation gets its own signing key
 * (the simplified proceedings sign with it). Issued once into the dev PKI.
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
  const system = DEMO_ORGANISATIONS.find((o) => o.kind === 'system');
  if (system?.bin) {
    await issue({ file: `demo-keys/system-${system.bin}-sign.p12`, iin: null, bin: system.bin, fullName: system.nameRu, purpose: 'sign' },
      { now, purpose: 'sign', kind: 'organization', name: system.nameRu, bin: system.bin, organization: system.nameRu, role: 'first-head' });
  }
  if (current !== state) await devCa.saveDevPki(dir, current);
  return { keys, state: current };
}
