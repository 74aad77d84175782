import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlocksDetected } from '../../../../test/harness/deadlocks';
import { buildIin, simulatedPhone } from '@oryndau/adapters';
import { fixedClock } from '@oryndau/domain';
import { DEV_ERAP_TOKEN } from '../config';
import type { System } from '../system';
import { describeSystemOnEachEngine, startTestSystem, TestClient } from '../../../../test/harness/test-system';
import { INTAKE_CHUNK } from './intake-fine';

// issue 18 item 3 (SIMP-1, SIMP-2): the intake works by the batch — chunks of
// fines share one phone look-up and one transaction of multi-row writes — and
// every fine still ends exactly as on its own: initiated with its signed
// resolution, SMS, ЕРАП status, timer and journal entries; refused with its
// reason; answered from storage when known.

const ENV = { DEMO_KEYS: 'true', SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open', RATE_PER_MINUTE: '100000' };

/** `count` distinct valid IINs the mobile-citizens simulator has a phone for (from `offset`, so suites do not share debtors). */
function iinsWithPhone(count: number, offset: number): string[] {
  const out: string[] = [];
  for (let i = offset; out.length < count; i++) {
    const iin = buildIin({ year: 1970 + (i % 30), month: 1 + (Math.floor(i / 30) % 12), day: 1 + (Math.floor(i / 360) % 28), sex: i % 2 ? 'male' : 'female',
      serial: 2000 + Math.floor(i / 10_080) });
    if (iin !== null && simulatedPhone(iin) !== null && !out.includes(iin)) out.push(iin);
  }
  return out;
}

const fine = (erapFineId: string, debtorIin: string, overrides: Record<string, unknown> = {}) => ({
  erapFineId, debtorIin, debtorName: 'Жақсыбеков Арман Серікұлы', amount: '36 920,00', caseOpenedOn: '2026-02-10', territoryKato: '311000000',
  decision: { number: `АП-${erapFineId}`, date: '2026-02-12', enteredIntoForceOn: '2026-02-22', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' },
  ...overrides,
});

const postFines = (client: TestClient, fines: unknown[]) =>
  client.request({ method: 'POST', url: '/api/integrations/erap/fines', payload: { fines }, headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` } });

type Result = { erapFineId: string | null; outcome: string; caseId?: string; replay: boolean; reasons?: { code: string }[] };

/** What the database holds for these initiated cases: one of each row per case, counted. */
async function initiatedRows(system: System, caseIds: readonly string[]) {
  const count = async (text: string) => Number((await system.db.query<{ n: number }>(text, [[...caseIds]])).rows[0]!.n);
  return {
    cases: await count("SELECT count(*)::int AS n FROM simplified_cases WHERE id = ANY($1::uuid[]) AND status = 'initiated'"),
    signedResolutions: await count(`SELECT count(*)::int AS n FROM simplified_cases c JOIN documents d ON d.id = c.resolution_document_id
      JOIN signatures s ON s.document_id = d.id::text WHERE c.id = ANY($1::uuid[]) AND d.signed_at IS NOT NULL AND s.valid`),
    sms: await count("SELECT count(*)::int AS n FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = ANY($1::text[])"),
    erapStatuses: await count("SELECT count(*)::int AS n FROM outbox WHERE channel = 'erap' AND subject = 'initiated' AND payload->>'caseId' = ANY($1::text[])"),
    timers: await count("SELECT count(*)::int AS n FROM deadlines WHERE kind = 'simplified.expire' AND subject_id = ANY($1::text[])"),
    journalInitiated: await count("SELECT count(*)::int AS n FROM journal WHERE object_type = 'simplified_case' AND action = 'simplified.initiate' AND object_id = ANY($1::text[])"),
    journalSealed: await count(`SELECT count(*)::int AS n FROM journal j JOIN simplified_cases c ON j.object_id = c.resolution_document_id::text
      WHERE j.action = 'document.sealed' AND c.id = ANY($1::uuid[])`),
  };
}

describeSystemOnEachEngine('issue 18 item 3: the ЕРАП intake by the batch', ({ system, client }) => {
  it('issue 18 item 3, SIMP-1, SIMP-2: a batch over several chunks — every valid fine initiated with all its rows, invalid ones refused alone, duplicates and resends answered from storage', async () => {
    const sims = system().external.simulators!.control;
    const iins = iinsWithPhone(INTAKE_CHUNK + 40, 0);
    const noPhone = iinsWithPhone(1, 5000)[0]!;
    sims.mobileCitizens.setPhone(noPhone, null);
    const earlier = await postFines(client(), [fine('BATCH-EARLY', iins[0]!)]);
    expect(earlier.json().results[0]).toMatchObject({ outcome: 'initiated', replay: false });

    const good = iins.slice(1).map((iin, i) => fine(`BATCH-${String(i).padStart(3, '0')}`, iin));
    const batch: unknown[] = [
      ...good.slice(0, 50),
      fine('BATCH-EARLY', iins[0]!), // taken in by an earlier call
      fine('BATCH-BROKEN-IIN', '900515301007'),
      { erapFineId: 'BATCH-MALFORMED', debtorIin: iins[3] },
      fine('BATCH-NO-PHONE', noPhone),
      fine('BATCH-OVER', iins[4]!, { amount: '500000' }),
      good[7], // the same fine twice in one call
      ...good.slice(50),
    ];
    const answer = await postFines(client(), batch);
    expect(answer.statusCode, answer.body).toBe(200);
    const results = answer.json().results as Result[];
    expect(results).toHaveLength(batch.length);
    // In the order of the items, each with its own outcome.
    expect(results.slice(0, 50).every((r, i) => r.erapFineId === good[i]!.erapFineId && r.outcome === 'initiated' && !r.replay)).toBe(true);
    const [early, broken, malformed, noPhoneResult, over, twice] = results.slice(50, 56);
    expect(early).toEqual({ ...earlier.json().results[0], replay: true });
    expect(broken).toMatchObject({ erapFineId: 'BATCH-BROKEN-IIN', outcome: 'refused' });
    expect(broken!.reasons!.map((r) => r.code)).toEqual(['simplified.debtor_id_invalid']);
    expect(malformed).toMatchObject({ erapFineId: 'BATCH-MALFORMED', outcome: 'refused' });
    expect(malformed!.reasons![0]!.code).toBe('validation');
    expect(noPhoneResult).toMatchObject({ erapFineId: 'BATCH-NO-PHONE', outcome: 'ordinary', cause: 'no_phone', replay: false });
    expect(over).toMatchObject({ erapFineId: 'BATCH-OVER', outcome: 'ordinary', cause: 'ineligible', replay: false });
    expect(twice).toEqual({ ...results[7], replay: true });
    expect(results.slice(56).every((r, i) => r.erapFineId === good[50 + i]!.erapFineId && r.outcome === 'initiated' && !r.replay)).toBe(true);

    // Every initiated fine has each of its rows exactly once, as when fines were taken in one by one.
    const caseIds = [...new Set(results.filter((r) => r.outcome === 'initiated' && !r.replay).map((r) => r.caseId!))];
    expect(caseIds).toHaveLength(good.length);
    const n = good.length;
    expect(await initiatedRows(system(), caseIds)).toEqual({ cases: n, signedResolutions: n, sms: n, erapStatuses: n, timers: n, journalInitiated: n, journalSealed: n });
    // Each SMS carries its own debtor's link: the link tokens are all different.
    const links = await system().db.query<{ body: string }>("SELECT body FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = ANY($1::text[])", [caseIds]);
    expect(new Set(links.rows.map((r) => /\/s\/([A-Za-z0-9_-]{20})$/.exec(r.body)?.[1])).size).toBe(n);
    // Nothing of the refused fines was stored.
    const refusedStored = await system().db.query("SELECT 1 FROM simplified_cases WHERE erap_fine_id IN ('BATCH-BROKEN-IIN', 'BATCH-MALFORMED')");
    expect(refusedStored.rows).toHaveLength(0);

    // The resend of the whole call: every stored fine a replay with its original answer; nothing is written twice.
    const again = await postFines(client(), batch);
    expect(again.statusCode, again.body).toBe(200);
    const replayed = again.json().results as Result[];
    results.forEach((r, i) => expect(replayed[i]).toEqual(r.outcome === 'refused' ? r : { ...r, replay: true }));
    expect(await initiatedRows(system(), caseIds)).toEqual({ cases: n, signedResolutions: n, sms: n, erapStatuses: n, timers: n, journalInitiated: n, journalSealed: n });
  });

  it('issue 18 item 3, X-5: the phone base unreachable for a batch → the fines that need a phone are refused (ЕРАП resends them), the others go on', async () => {
    const sims = system().external.simulators!.control;
    const [withPhone] = iinsWithPhone(1, 9000);
    sims.failNext('mobile-citizens', 'unavailable');
    const answer = await postFines(client(), [fine('OUTAGE-1', withPhone!), fine('OUTAGE-OVER', withPhone!, { amount: '500000' })]);
    expect(answer.statusCode, answer.body).toBe(200);
    const [needsPhone, over] = answer.json().results as Result[];
    expect(needsPhone).toMatchObject({ erapFineId: 'OUTAGE-1', outcome: 'refused' });
    expect(needsPhone!.reasons!.map((r) => r.code)).toEqual(['external.unavailable']);
    expect(over).toMatchObject({ erapFineId: 'OUTAGE-OVER', outcome: 'ordinary' });
    // The resend, the base back: taken in.
    const resend = await postFines(client(), [fine('OUTAGE-1', withPhone!)]);
    expect(resend.json().results[0]).toMatchObject({ outcome: 'initiated', replay: false });
  });
}, ENV);

/**
 * PostgreSQL only (PGlite runs one transaction at a time): ЕРАП sends
 * overlapping batches at once — say a resend while the first call is still
 * being worked on — in different orders. Each fine is taken in once; the
 * call that lost a fine answers it with the winner's outcome; no 500, no
 * deadlock (the case rows are inserted in ЕРАП-id order).
 */
describe('issue 18 item 3: overlapping ЕРАП batches at once [postgres]', () => {
  let system: System | undefined;
  let url: string | null = null;
  beforeAll(async () => {
    ({ system, url } = await startTestSystem('postgres', ENV, fixedClock(new Date('2026-03-02T05:00:00Z'))));
  });
  afterAll(async () => {
    await system?.stop();
  });


  it('issue 18 item 3, SIMP-1, X-2: four overlapping batches in different orders — every fine initiated exactly once, each answer the winner\'s, no 500, no deadlock', async () => {
    const sys = system!;
    const iins = iinsWithPhone(160, 20_000);
    const fines = iins.map((iin, i) => fine(`RACE-${String(i).padStart(3, '0')}`, iin));
    const before = await deadlocksDetected(url!);
    const batches = [fines.slice(0, 120), [...fines.slice(40, 160)].reverse(), [...fines].reverse().filter((_, i) => i % 2 === 0), fines.slice(20, 140)];
    const answers = await Promise.all(batches.map((b) => postFines(new TestClient(sys, 'ru'), b)));
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    const byFine = new Map<string, Result[]>();
    for (const a of answers) for (const r of a.json().results as Result[]) byFine.set(r.erapFineId!, [...(byFine.get(r.erapFineId!) ?? []), r]);
    expect(byFine.size).toBe(fines.length);
    for (const [id, rs] of byFine) {
      expect(rs.every((r) => r.outcome === 'initiated'), id).toBe(true);
      // One call took the fine in; every other answered the same case as a replay.
      expect(rs.filter((r) => !r.replay), id).toHaveLength(1);
      expect(new Set(rs.map((r) => r.caseId)).size, id).toBe(1);
    }
    const caseIds = [...byFine.values()].map((rs) => rs[0]!.caseId!);
    const n = fines.length;
    expect(await initiatedRows(sys, caseIds)).toEqual({ cases: n, signedResolutions: n, sms: n, erapStatuses: n, timers: n, journalInitiated: n, journalSealed: n });
    // A lost fine's rolled-back attempt left nothing behind: one initiation resolution per case, no orphan.
    const resolutions = await sys.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents WHERE kind = 'simp.initiation'");
    expect(resolutions.rows[0]!.n).toBe(n);
    expect(await deadlocksDetected(url!)).toBe(before);
  });
});
