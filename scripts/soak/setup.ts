// The soak's people and data, made over HTTP through HAProxy before the
// clock starts (nothing written to the database behind the server's back):
// the demo private bailiff signed in with his demo signing key (downloaded
// from the dev PKI route, as a browser would), executive documents he
// registers and initiates with signed resolutions (the «На исполнении»
// queue he pages and the debtors he searches for), and ЭНП users: a dev
// demo case in the Esil court and passwords the court office issues for it.
import { createSignedData, openPkcs12 } from '../../packages/esign/src/index';
import type { OpenedKeyFile } from '../../packages/esign/src/index';
import type { HttpTarget } from '../bench/load';
import { debtorIinsWithPhone } from '../bench/simplified-fines';
import { Person } from './person';

const PASSWORD = 'Oryndau2026'; // the demo users' password in dev mode
export const PRIVATE_BAILIFF = '880415400004';
const JUDGE_CIVIL = '710830300000';
const COURT_OFFICE = '900505400001';

export type Bailiff = { person: Person; iin: string; key: OpenedKeyFile };
export type EnpUser = { person: Person; iin: string; password: string };
export type SoakWorld = { bailiff: Bailiff; proceedings: string[]; debtors: string[]; enpUsers: EnpUser[] };

export async function signIn(target: HttpTarget, iin: string): Promise<Person> {
  const person = new Person(target);
  await person.ensureCsrf();
  await person.post('/api/auth/login', { iin, password: PASSWORD });
  return person;
}

async function demoSigningKey(person: Person, iin: string): Promise<OpenedKeyFile> {
  const { keys } = (await person.get('/api/dev/pki/keys')).json<{ keys: { iin: string | null; purpose: string; pin: string; url: string }[] }>();
  const entry = keys.find((k) => k.iin === iin && k.purpose === 'sign');
  if (!entry) throw new Error(`the cluster has no demo signing key for ${iin}`);
  return openPkcs12(new Uint8Array((await person.get(entry.url)).bytes), entry.pin);
}

export type ActBody = { templateCode: string; locale: 'kk' | 'ru'; action?: string; params?: Record<string, unknown> };

/** «Сформировать» an act, start signing, download its content, sign it with the demo key and submit: four HTTP calls. */
export async function actSigned(bailiff: Bailiff, proceedingId: string, body: ActBody): Promise<{ needsApproval: boolean }> {
  const { person, key } = bailiff;
  const act = (await person.post(`/api/enforcement/proceedings/${proceedingId}/acts`, body)).json<{ documentId: string; needsApproval: boolean }>();
  const { challengeId } = (await person.post(`/api/documents/${act.documentId}/signing`)).json<{ challengeId: string }>();
  const content = new Uint8Array((await person.get(`/api/documents/${act.documentId}/content`)).bytes);
  const cms = await createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain,
    signingTime: new Date() });
  await person.post(`/api/signing/${challengeId}/signature`, { cms: Buffer.from(cms).toString('base64') });
  return { needsApproval: act.needsApproval };
}

/** An executive document as the lifecycle tests register it, with its own debtor. */
function executiveDocument(n: number, debtor: string) {
  return {
    arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
    documentType: 'writ_of_execution', documentNumber: `2-${Date.now() % 1e6}-${n}/2026`, entryIntoForceDate: '2026-02-20',
    categoryCode: 'citizens', amount: String(100_000 + n * 1000), currency: 'KZT', solidaryLiability: false, trustedPerson: false,
    parties: [
      { role: 'debtor', kind: 'individual', identifier: debtor, name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
      { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
    ],
  };
}

export async function prepareWorld(target: HttpTarget, options: { proceedings: number; enpUsers: number; log: (line: string) => void }): Promise<SoakWorld> {
  const { log } = options;
  const person = await signIn(target, PRIVATE_BAILIFF);
  const bailiff: Bailiff = { person, iin: PRIVATE_BAILIFF, key: await demoSigningKey(person, PRIVATE_BAILIFF) };
  // Debtors far from the fines' IINs (those start at the beginning of the same sequence).
  const debtors = debtorIinsWithPhone(100_000 + options.proceedings).slice(100_000);
  const proceedings: string[] = [];
  for (const [n, debtor] of debtors.entries()) {
    const { proceedingId } = (await person.post('/api/enforcement/executive-documents', executiveDocument(n, debtor))).json<{ proceedingId: string }>();
    const { needsApproval } = await actSigned(bailiff, proceedingId, { templateCode: 'enf.initiation', locale: 'kk', action: 'initiate' });
    if (needsApproval) throw new Error('the initiation resolution waits for a senior: the soak expects the private bailiff to initiate alone');
    proceedings.push(proceedingId);
  }
  log(`  ${proceedings.length} proceedings registered and initiated by the private bailiff ${PRIVATE_BAILIFF}`);

  const judge = await signIn(target, JUDGE_CIVIL);
  const { caseId } = (await judge.post('/api/dev/court-acts/demo-case')).json<{ caseId: string }>();
  const office = await signIn(target, COURT_OFFICE);
  const enpUsers: EnpUser[] = [];
  const iins = debtorIinsWithPhone(200_000 + options.enpUsers).slice(200_000);
  for (const [n, iin] of iins.entries()) {
    const issued = await office.post(`/api/enp/office/cases/${caseId}/accesses`, {
      iin, fullName: `Қатысушы ${n + 1}`, category: 'plaintiff', appliedOn: new Date().toISOString().slice(0, 10), email: `soak${n}@example.kz`,
      representedEntity: null,
    });
    // Each portal user from its own address (HAProxy passes X-Forwarded-For on; the servers trust 127.0.0.1).
    const user: EnpUser = { person: new Person(target, { 'x-forwarded-for': `203.0.113.${(n % 250) + 1}` }), iin,
      password: issued.json<{ password: string }>().password };
    await user.person.ensureCsrf();
    await user.person.post('/api/enp/sign-in', { iin, password: user.password });
    enpUsers.push(user);
  }
  log(`  ЭНП: demo case ${caseId}, ${enpUsers.length} passwords issued by the court office and signed in`);
  return { bailiff, proceedings, debtors, enpUsers };
}
