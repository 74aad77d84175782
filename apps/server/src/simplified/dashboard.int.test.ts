import { expect, it } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';

// The pilot dashboard (SIMP-1…SIMP-6 as the ministry sees them). Cases come in
// through the real ЕРАП intake, then their timestamps are moved to a scenario
// around Almaty midnights (UTC+5): 19:00Z is the next local day.
const WITH_PHONE = '900515301006';
const NO_PHONE = '900515301016';
const OVER_THRESHOLD = '900515301026';
const ADMIN = '800101300006';
const SENIOR_ZHAMBYL = '750611300106';
const BAILIFF_ZHAMBYL = '820917300105';

const fine = (erapFineId: string, debtorIin: string, overrides: Record<string, unknown> = {}) => ({
  erapFineId, debtorIin, debtorName: 'Жақсыбеков Арман Серікұлы', amount: '36 920,00', caseOpenedOn: '2026-02-10', territoryKato: '311000000',
  decision: { number: `АП-${erapFineId}`, date: '2026-02-12', enteredIntoForceOn: '2026-02-22', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' },
  ...overrides,
});

type Moment = { created: string; initiated?: string; closed?: string; outcome?: string; status?: string; paid?: string };

// Almaty day in the comments. Range of the main assertions: 2026-02-27 … 2026-03-03.
const SCENARIO: Record<string, { iin: string; amount?: string; at: Moment }> = {
  // paid in 8 h 30 min; received and initiated at 00:30 on 28 Feb, paid on 28 Feb
  'DASH-A': { iin: WITH_PHONE, at: { created: '2026-02-27T19:30:00Z', initiated: '2026-02-27T19:30:00Z', closed: '2026-02-28T04:00:00Z',
    paid: '2026-02-28T04:00:00Z', outcome: 'paid', status: 'terminated' } },
  // paid in 12 h; received at 23:59:59 on 28 Feb, paid on 1 Mar
  'DASH-B': { iin: WITH_PHONE, at: { created: '2026-02-28T18:59:59Z', initiated: '2026-02-28T18:59:59Z', closed: '2026-03-01T06:59:59Z',
    paid: '2026-03-01T06:59:59Z', outcome: 'paid', status: 'terminated' } },
  // paid in 24 h; received 1 Mar, paid 2 Mar
  'DASH-C': { iin: WITH_PHONE, at: { created: '2026-03-01T03:00:00Z', initiated: '2026-03-01T03:00:00Z', closed: '2026-03-02T03:00:00Z',
    paid: '2026-03-02T03:00:00Z', outcome: 'paid', status: 'terminated' } },
  // received 26 Feb (before the range), expired at local midnight → 3 Mar
  'DASH-D': { iin: WITH_PHONE, at: { created: '2026-02-26T10:00:00Z', initiated: '2026-02-26T10:00:00Z', closed: '2026-03-02T19:00:00Z',
    outcome: 'expired', status: 'cancelled' } },
  // received at 01:00 on 2 Mar, the debtor disagreed on 2 Mar
  'DASH-E': { iin: WITH_PHONE, at: { created: '2026-03-01T20:00:00Z', initiated: '2026-03-01T20:00:00Z', closed: '2026-03-02T04:00:00Z',
    outcome: 'disagreed', status: 'cancelled' } },
  // initiated on 2 Mar and still open
  'DASH-F': { iin: WITH_PHONE, at: { created: '2026-03-02T05:00:00Z', initiated: '2026-03-02T05:00:00Z' } },
  // no phone → ordinary at intake on 2 Mar
  'DASH-G': { iin: NO_PHONE, at: { created: '2026-03-02T05:00:00Z', closed: '2026-03-02T05:00:00Z' } },
  // over the threshold → ordinary at 23:59 on 27 Feb
  'DASH-H': { iin: OVER_THRESHOLD, amount: '500000', at: { created: '2026-02-27T18:59:00Z', closed: '2026-02-27T18:59:00Z' } },
  // received and initiated 3 Mar, paid after the range (00:00 on 4 Mar, 1 s after initiation would wreck the median if counted)
  'DASH-I': { iin: WITH_PHONE, at: { created: '2026-03-03T18:59:59Z', initiated: '2026-03-03T18:59:59Z', closed: '2026-03-03T19:00:00Z',
    paid: '2026-03-03T19:00:00Z', outcome: 'paid', status: 'terminated' } },
};

const seeded = new WeakMap<System, Promise<void>>();

/** Takes the scenario's fines in through ЕРАП once per system, then moves their timestamps. */
function seedScenario(system: System, client: TestClient): Promise<void> {
  let done = seeded.get(system);
  if (!done) {
    done = (async () => {
      const phones = system.external.simulators!.control.mobileCitizens;
      phones.setPhone(WITH_PHONE, '+77011234567');
      phones.setPhone(OVER_THRESHOLD, '+77011234568');
      phones.setPhone(NO_PHONE, null);
      const fines = Object.entries(SCENARIO).map(([id, s]) => fine(id, s.iin, s.amount ? { amount: s.amount } : {}));
      const answer = await client.request({ method: 'POST', url: '/api/integrations/erap/fines', payload: { fines },
        headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` } });
      expect(answer.statusCode, answer.body).toBe(200);
      const outcomes = (answer.json() as { results: Array<{ erapFineId: string; outcome: string; cause?: string }> }).results;
      expect(outcomes.map((o) => o.outcome)).toEqual(['initiated', 'initiated', 'initiated', 'initiated', 'initiated', 'initiated',
        'ordinary', 'ordinary', 'initiated']);
      for (const [id, { at }] of Object.entries(SCENARIO)) {
        await system.db.query(
          `UPDATE simplified_cases SET created_at = $2, initiated_at = COALESCE($3, initiated_at), closed_at = COALESCE($4, closed_at),
             paid_at = $5, closed_outcome = COALESCE($6, closed_outcome), status = COALESCE($7, status) WHERE erap_fine_id = $1`,
          [id, at.created, at.initiated ?? null, at.closed ?? null, at.paid ?? null, at.outcome ?? null, at.status ?? null]);
      }
    })();
    seeded.set(system, done);
  }
  return done;
}

async function signedIn(client: TestClient, iin: string): Promise<TestClient> {
  const login = await client.signIn(iin);
  expect(login.statusCode, login.body).toBe(200);
  return client;
}

const zeroDay = { received: 0, initiated: 0, terminated: 0, cancelledExpired: 0, cancelledDisagreed: 0, ordinary: 0 };

describeSystemOnEachEngine('simplified proceedings: pilot dashboard for the ministry', ({ system, client }) => {
  it('SIMP-1…SIMP-6: per Almaty day — received, initiated, terminated, cancelled (expired / disagreed), ordinary; every day listed', async () => {
    await seedScenario(system(), client());
    const admin = await signedIn(client(), ADMIN);
    const res = await admin.get('/api/simplified/dashboard?from=2026-02-27&to=2026-03-03');
    expect(res.statusCode, res.body).toBe(200);
    const dashboard = res.json();
    expect(dashboard).toMatchObject({ from: '2026-02-27', to: '2026-03-03', zone: 'Asia/Almaty' });
    expect(dashboard.days).toEqual([
      { date: '2026-02-27', ...zeroDay, received: 1, ordinary: 1 },
      { date: '2026-02-28', ...zeroDay, received: 2, initiated: 2, terminated: 1 },
      { date: '2026-03-01', ...zeroDay, received: 1, initiated: 1, terminated: 1 },
      { date: '2026-03-02', ...zeroDay, received: 3, initiated: 2, terminated: 1, cancelledDisagreed: 1, ordinary: 1 },
      { date: '2026-03-03', ...zeroDay, received: 1, initiated: 1, cancelledExpired: 1 },
    ]);
    expect(dashboard.totals).toEqual({
      received: 8, initiated: 6, terminated: 3, cancelledExpired: 1, cancelledDisagreed: 1, ordinary: 2,
      // 3 paid of the 5 simplified cases closed in the range.
      paidInTimeShare: 0.6,
      // 8 h 30 min, 12 h, 24 h → 12 h; the case paid after the range is left out.
      medianTimeToPaySeconds: 43_200,
      pending: 1,
    });
  });

  it('SIMP-4: the share and the median cover only cases closed in the range; an empty range has nulls and zero days', async () => {
    await seedScenario(system(), client());
    const senior = await signedIn(client(), SENIOR_ZHAMBYL);
    const twoDays = (await senior.get('/api/simplified/dashboard?from=2026-03-01&to=2026-03-02')).json();
    // Closed on 1–2 Mar: B paid (12 h), C paid (24 h), E disagreed.
    expect(twoDays.totals).toMatchObject({ terminated: 2, cancelledDisagreed: 1, medianTimeToPaySeconds: 64_800 });
    expect(twoDays.totals.paidInTimeShare).toBeCloseTo(2 / 3, 10);
    const before = (await senior.get('/api/simplified/dashboard?from=2026-02-26&to=2026-02-26')).json();
    expect(before.days).toEqual([{ date: '2026-02-26', ...zeroDay, received: 1, initiated: 1 }]);
    const empty = await senior.get('/api/simplified/dashboard?from=2025-12-01&to=2025-12-31');
    expect(empty.statusCode).toBe(200);
    expect(empty.json().days).toHaveLength(31);
    expect(empty.json().days.every((d: Record<string, unknown>) => Object.values({ ...d, date: 0 }).every((v) => v === 0))).toBe(true);
    expect(empty.json().totals).toMatchObject({ received: 0, paidInTimeShare: null, medianTimeToPaySeconds: null, pending: 1 });
  });

  it('SIMP-1: without dates the last 30 days up to today in Almaty; at most 366 days', async () => {
    const admin = await signedIn(client(), ADMIN);
    const byDefault = (await admin.get('/api/simplified/dashboard')).json();
    // The test clock is 2026-03-02 10:00 in Almaty.
    expect(byDefault).toMatchObject({ from: '2026-02-01', to: '2026-03-02' });
    expect(byDefault.days).toHaveLength(30);
    const fullYear = await admin.get('/api/simplified/dashboard?from=2025-03-03&to=2026-03-03');
    expect(fullYear.statusCode, fullYear.body).toBe(200);
    expect(fullYear.json().days).toHaveLength(366);
  });

  it('SIMP-1: a bad date, from after to, or more than 366 days → 400 validation in the caller\'s language', async () => {
    const admin = await signedIn(client('ru'), ADMIN);
    for (const query of ['from=2026-02-30&to=2026-03-01', 'from=2026-03-05&to=2026-03-01', 'from=2025-03-02&to=2026-03-03', 'to=01.03.2026']) {
      const res = await admin.get(`/api/simplified/dashboard?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('validation');
      expect(res.json().message).toMatch(/^Данные заполнены неверно/);
    }
    const csv = await admin.get('/api/simplified/dashboard.csv?from=2026-03-05&to=2026-03-01');
    expect(csv.statusCode).toBe(400);
    const kk = await admin.request({ method: 'GET', url: '/api/simplified/dashboard?from=2026-03-05&to=2026-03-01', headers: { 'accept-language': 'kk' } });
    expect(kk.json().message).toMatch(/^Деректер қате толтырылған/);
  });

  it('SIMP-1…SIMP-6: CSV for Excel — BOM, ";" separator, Kazakh header, a row per day and a totals row, as an attachment', async () => {
    await seedScenario(system(), client());
    const admin = await signedIn(client(), ADMIN);
    const res = await admin.get('/api/simplified/dashboard.csv?from=2026-02-27&to=2026-03-03&lang=kk');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="simplified-pilot-2026-02-27-2026-03-03.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines).toEqual([
      'Күні;Түсті;Қозғалды;Тоқтатылды (төленді);Күші жойылды (мерзімі өтті);Күші жойылды (келіспеді);Жалпы тәртіппен',
      '2026-02-27;1;0;0;0;0;1',
      '2026-02-28;2;2;1;0;0;0',
      '2026-03-01;1;1;1;0;0;0',
      '2026-03-02;3;2;1;0;1;1',
      '2026-03-03;1;1;0;1;0;0',
      'Барлығы;8;6;3;1;1;2',
      '',
    ]);
    // Without `lang` the header follows Accept-Language.
    const ru = await admin.request({ method: 'GET', url: '/api/simplified/dashboard.csv?from=2026-03-02&to=2026-03-02', headers: { 'accept-language': 'ru' } });
    expect(ru.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Дата;Поступило;Возбуждено;Прекращено (оплачено);Отменено (истёк срок);Отменено (несогласие);В общем порядке');
    expect(ru.body).toContain('\r\nИтого;3;2;1;0;1;1\r\n');
  });

  it('SIMP-1…SIMP-6: a bailiff gets 403, an anonymous caller 401 — JSON and CSV alike', async () => {
    const bailiff = await signedIn(client(), BAILIFF_ZHAMBYL);
    for (const url of ['/api/simplified/dashboard', '/api/simplified/dashboard.csv?lang=ru']) {
      const forbidden = await bailiff.get(url);
      expect(forbidden.statusCode, url).toBe(403);
      expect(forbidden.json().code).toBe('forbidden');
      const anonymous = await client().get(url);
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.json().code).toBe('unauthenticated');
    }
  });
}, { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000', SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' });
