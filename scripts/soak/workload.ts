// The soak's mix: what each kind of operation does over HTTP. Reads and
// writes of the enforcement workplace (queue pages, debtor search, acts
// signed), fines arriving from ЕРАП (the real intake route with the dev
// token, as bench:simplified posts them), and the ЭНП portal (the case page
// of a signed-in participant; a search = a sign-in with IIN and password).
import { DEV_ERAP_TOKEN } from '../../apps/server/src/config';
import type { HttpTarget } from '../bench/load';
import { benchFine, debtorIinsWithPhone } from '../bench/simplified-fines';
import type { Operation } from './open-loop';
import { Person } from './person';
import { actSigned, signIn, PRIVATE_BAILIFF } from './setup';
import type { SoakWorld } from './setup';

export const KINDS = ['queuePage', 'debtorSearch', 'actSigned', 'fineIn', 'enpCase', 'enpSearch'] as const;
export type Kind = typeof KINDS[number];
export const DEFAULT_WEIGHTS: Record<Kind, number> = { queuePage: 30, debtorSearch: 20, actSigned: 5, fineIn: 15, enpCase: 25, enpSearch: 5 };
const PAGES_PER_WALK = 5;

export async function workload(target: HttpTarget, world: SoakWorld, tag: string, expectedFines: number) {
  // The bailiff reads in a second session (another tab): the acting session's reads stick to the primary after
  // each write (REPLICA_STICKY_SECONDS), so this way the replica serves the queue and the searches, as it would for most reads.
  const reader = await signIn(target, PRIVATE_BAILIFF);
  const erap = new Person(target, { authorization: `Bearer ${DEV_ERAP_TOKEN}` });
  const fineIins = debtorIinsWithPhone(expectedFines);
  const free = new Set(world.proceedings); // one act at a time per proceeding: two at once would be a lost race by design
  const searchers = world.enpUsers.map((u) => ({ ...u, person: new Person(target, { 'x-forwarded-for': `198.51.100.${(u.iin.charCodeAt(11) % 50) + 1}` }) }));
  let cursor: string | null = null;
  let page = 0;
  let debtor = 0;
  let fine = 0;
  let enpReader = 0;
  let enpSearcher = 0;

  const run: Record<Kind, () => Promise<void>> = {
    async queuePage() {
      const after = cursor ? `&after=${encodeURIComponent(cursor)}` : '';
      const { nextCursor } = (await reader.get(`/api/enforcement/proceedings?queue=inExecution&limit=25${after}`)).json<{ nextCursor: string | null }>();
      page += 1;
      if (nextCursor && page < PAGES_PER_WALK) cursor = nextCursor;
      else [cursor, page] = [null, 0];
    },
    async debtorSearch() {
      // Nine in ten debtors are the bailiff's own; the tenth is a valid IIN nobody owes (an empty answer, still 200).
      const n = debtor++;
      const iin = n % 10 === 9 ? fineIins[n % fineIins.length]! : world.debtors[n % world.debtors.length]!;
      await reader.get(`/api/enforcement/proceedings?queue=inExecution&debtor=${iin}`);
    },
    async actSigned() {
      const id = free.values().next().value;
      if (id === undefined) throw new Error('every proceeding has an act being signed: raise SOAK_PROCEEDINGS');
      free.delete(id);
      try {
        await actSigned(world.bailiff, id, { templateCode: 'enf.request', locale: 'kk', params: { requestType: 'bank_accounts' } });
      } finally {
        free.add(id);
      }
    },
    async fineIn() {
      const n = fine++;
      await erap.post('/api/integrations/erap/fines', { fines: [benchFine(tag, n, fineIins[n % fineIins.length]!, new Date())] });
    },
    async enpCase() {
      const user = world.enpUsers[enpReader++ % world.enpUsers.length]!;
      await user.person.get('/api/enp/case');
    },
    async enpSearch() {
      // Searchers have their own cookie jars: a new sign-in replaces the session the case-page readers use.
      const user = searchers[enpSearcher++ % searchers.length]!;
      await user.person.ensureCsrf();
      await user.person.post('/api/enp/sign-in', { iin: user.iin, password: user.password });
    },
  };
  return (kind: Kind): Operation => ({ kind, run: run[kind] });
}
