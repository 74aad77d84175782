import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { iinHints } from '@oryndau/kz';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import { startSimulators, type RunningSimulators } from '../simulators';
import { SiopsoHttpClient } from './http-client';
import { SIOPSO_LATE_FACTOR, siopsoOutcomeOf, type SiopsoOutcome } from './outcomes';
import type { SiopsoAnswerItem, SiopsoRequestState } from './port';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture({ siopsoAnswerDelayMs: 150 });
});
afterAll(async () => fx.close());
beforeEach(() => {
  fx.sims.control.resetFaults();
  fx.sims.control.siopso.resetOutcomes();
});

let refs = 0;
/** Sends a request; `outcome` forces how the body treats it (default: whatever the seed draws). */
const send = (type: string, debtorIin = sampleIin({ person: true }), outcome?: SiopsoOutcome) => {
  if (outcome !== undefined) fx.sims.control.siopso.setOutcome('next', outcome);
  return fx.adapters.siopso.sendRequest({ requestRef: `req-${++refs}`, type, debtorIin, proceedingNumber: '1-2026-000001', signature: 'MIIB' });
};
const value = (item: SiopsoAnswerItem | undefined, key: string) => item?.fields.find((f) => f.key === key)?.value;

async function pollUntilAnswered(requestId: string): Promise<SiopsoRequestState> {
  for (let i = 0; i < 50; i++) {
    const state = await fx.adapters.siopso.getRequest(requestId);
    if (state.status === 'answered') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no answer');
}

describe('СИОПСО adapter over HTTP', () => {
  it('ENF-7 X-1: request types are data with kk and ru names', async () => {
    const types = await fx.adapters.siopso.listRequestTypes();
    expect(types.map((t) => t.code)).toEqual(
      expect.arrayContaining(['real_estate', 'vehicles', 'bank_accounts', 'employer_income', 'gbd_fl_person', 'pension_contributions']),
    );
    for (const type of types) {
      expect(type.name.kk).not.toBe(type.name.ru);
      expect(type.agency.kk.length * type.agency.ru.length).toBeGreaterThan(0);
    }
  });

  it('ENF-7: a sent request is pending first, answered later; polling by id gets the answer', async () => {
    const sent = await send('bank_accounts', undefined, 'answered');
    expect(sent).toMatchObject({ status: 'pending', answer: null, error: null });
    const answered = await pollUntilAnswered(sent.requestId);
    const answer = answered.answer;
    expect(answered.error).toBeNull();
    expect(answer?.agency.ru).toBe('Банки второго уровня');
    expect(answer?.summary.kk).toBeTruthy();
    for (const item of answer?.items ?? []) {
      const iban = item.fields.find((f) => f.key === 'iban')?.value.ru ?? '';
      expect(iban).toMatch(/^KZ\d{2}\d{3}\d{13}$/);
    }
    expect(answer?.found).toBe((answer?.items.length ?? 0) > 0);
  });

  it('ENF-7: the same debtor gets the same answer; resending the same requestRef creates no new request', async () => {
    const iin = sampleIin({ person: true }, 3);
    const a = await send('real_estate', iin, 'answered');
    const b = await send('real_estate', iin, 'late');
    fx.sims.control.siopso.answerAll();
    const [ra, rb] = [await pollUntilAnswered(a.requestId), await pollUntilAnswered(b.requestId)];
    expect(ra.answer?.items).toEqual(rb.answer?.items);
    const again = await fx.adapters.siopso.sendRequest({ requestRef: a.requestRef, type: 'real_estate', debtorIin: iin, proceedingNumber: 'x' });
    expect(again.requestId).toBe(a.requestId);
  });

  it('ENF-7: a ГБД ФЛ request answers with the debtor\'s name, birth date, address and identity document in kk and ru', async () => {
    const iin = sampleIin({ person: true }, 5);
    const answered = await pollUntilAnswered((await send('gbd_fl_person', iin, 'answered')).requestId);
    const answer = answered.answer;
    expect(answer).toMatchObject({ found: true, agency: { ru: 'Госкорпорация «Правительство для граждан»' } });
    const person = answer?.items[0];
    expect(value(person, 'iin')?.ru).toBe(iin);
    expect(value(person, 'fullName')?.ru).toMatch(/^\S+ \S+/);
    expect(value(person, 'birthDate')?.ru).toBe(iinHints(iin).birthDate?.split('-').reverse().join('.'));
    expect(value(person, 'registeredAddress')?.kk).toMatch(/көшесі|даңғылы/);
    expect(value(person, 'registeredAddress')?.ru).toMatch(/улица|проспект/);
    expect(value(person, 'documentNumber')?.ru).toMatch(/^[0NF]\d{8}$/);
    expect(value(person, 'documentIssuer')).toEqual({ kk: 'ҚР ІІМ', ru: 'МВД РК' });
  });

  it('ENF-7: a pension contributions request lists six months with employer BIN and name and amounts in ₸, in kk and ru', async () => {
    // The first sample debtors with an employer: contributions are only known for those.
    let answered: SiopsoRequestState | undefined;
    for (let n = 0; n < 10 && answered?.answer?.found !== true; n++) {
      answered = await pollUntilAnswered((await send('pension_contributions', sampleIin({ person: true }, n), 'answered')).requestId);
    }
    const answer = answered?.answer;
    expect(answer?.found).toBe(true);
    expect(answer?.agency).toEqual({ kk: '«Бірыңғай жинақтаушы зейнетақы қоры» АҚ', ru: 'АО «Единый накопительный пенсионный фонд»' });
    expect(answer?.items).toHaveLength(6);
    for (const item of answer?.items ?? []) {
      expect(item.title.ru).toMatch(/^[А-Я][а-я]+ \d{4} г\.$/);
      expect(item.title.kk).toMatch(/^\d{4} ж\. [а-яәғқңөұүһі]+$/);
      expect(value(item, 'employerBin')?.ru).toMatch(/^\d{12}$/);
      expect(value(item, 'employer')?.kk).not.toBe(value(item, 'employer')?.ru);
      expect(value(item, 'amount')?.ru).toMatch(/^[\d\u00A0]+,\d{2}\u00A0₸$/);
      expect(value(item, 'amount')?.kk).toMatch(/₸$/);
    }
  });

  it('ENF-7: a request forced to fail reports status failed with a kk/ru error and no answer; answerAll keeps it failed', async () => {
    const sent = await send('gbd_fl_person', undefined, 'failed');
    expect(sent).toMatchObject({ status: 'pending', answer: null, error: null });
    fx.sims.control.siopso.answerAll();
    const failed = await fx.adapters.siopso.getRequest(sent.requestId);
    expect(failed).toMatchObject({ status: 'failed', answer: null });
    expect(failed.error?.ru).toMatch(/^Ведомство /);
    expect(failed.error?.kk).toMatch(/^Ведомство /);
    expect(failed.error?.kk).not.toBe(failed.error?.ru);
    fx.sims.control.siopso.answerAll();
    expect(await fx.adapters.siopso.getRequest(sent.requestId)).toEqual(failed);
    // Resending the same requestRef is the same failed request, not a second chance.
    const again = await fx.adapters.siopso.sendRequest({ requestRef: sent.requestRef, type: 'gbd_fl_person', debtorIin: sent.debtorIin, proceedingNumber: 'x' });
    expect(again).toEqual(failed);
  });

  it('ENF-7: unknown request type → rejected; unknown request id → not_found', async () => {
    await expectAdapterError(send('horoscope'), 'rejected');
    await expectAdapterError(fx.adapters.siopso.getRequest('no-such-request'), 'not_found');
  });

  it('X-5: injected 503 → unavailable', async () => {
    fx.sims.control.failNext('siopso', 'unavailable');
    await expectAdapterError(send('vehicles'), 'unavailable');
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('siopso', TEST_TIMEOUT_MS + 300);
    await expectAdapterError(fx.adapters.siopso.listRequestTypes(), 'timeout');
  });
});

describe('СИОПСО simulator timing and outcomes (on the simulators\' clock)', () => {
  const BASE_MS = 1_000;
  const SEED = 7;
  let clockMs = Date.parse('2026-03-10T09:00:00.000Z');
  let sims: RunningSimulators;
  let client: SiopsoHttpClient;
  // Timing here is the simulators' clock, not real time: the client gets a generous timeout so a
  // busy machine cannot abort a request whose late arrival would then consume a forced outcome.
  beforeAll(async () => {
    sims = await startSimulators({ latencyMs: 0, seed: SEED, siopsoAnswerDelayMs: BASE_MS, now: () => new Date(clockMs) });
    client = new SiopsoHttpClient({ baseUrl: sims.baseUrls.siopso, timeoutMs: 10_000 });
  });
  afterAll(async () => sims.close());
  beforeEach(() => sims.control.siopso.resetOutcomes());

  let n = 0;
  const debtorIin = sampleIin({ person: true }, 1);
  const sendTimed = (requestRef = `timed-${++n}`, type = 'vehicles') =>
    client.sendRequest({ requestRef, type, debtorIin, proceedingNumber: '1-2026-000002' });
  const sendMany = async (count: number) => {
    const sent: SiopsoRequestState[] = [];
    for (let i = 0; i < count; i++) sent.push(await sendTimed());
    return sent;
  };
  const statusOf = async (requestId: string) => (await client.getRequest(requestId)).status;

  it('ENF-7: without forcing, each request answers on time, late or with an error as the seed and requestRef decide', async () => {
    const sent = await sendMany(60);
    clockMs += BASE_MS;
    const expected = { answered: 'answered', late: 'pending', failed: 'failed' } as const;
    const seen = new Set<string>();
    for (const request of sent) {
      const outcome = siopsoOutcomeOf(SEED, request.requestRef);
      seen.add(outcome);
      expect(await statusOf(request.requestId)).toBe(expected[outcome]);
    }
    // 60 requests at 70/20/10 show all three (fixed by the seed, so this cannot flake).
    expect(seen).toEqual(new Set(['answered', 'late', 'failed']));
    clockMs += BASE_MS * SIOPSO_LATE_FACTOR;
    for (const request of sent) {
      expect(await statusOf(request.requestId)).toBe(siopsoOutcomeOf(SEED, request.requestRef) === 'failed' ? 'failed' : 'answered');
    }
  });

  it('ENF-7: a request forced late is pending after the base delay and answered after 20 times it, dated then', async () => {
    sims.control.siopso.setOutcome('next', 'late');
    const sent = await sendTimed();
    clockMs += BASE_MS;
    expect(await statusOf(sent.requestId)).toBe('pending');
    clockMs += BASE_MS * (SIOPSO_LATE_FACTOR - 1);
    const answered = await client.getRequest(sent.requestId);
    expect(answered.status).toBe('answered');
    expect(answered.answer?.answeredAt).toBe(new Date(Date.parse(sent.sentAt) + BASE_MS * SIOPSO_LATE_FACTOR).toISOString());
  });

  it('ENF-7: answerAll makes late requests due at once', async () => {
    sims.control.siopso.setOutcome('next', 'late');
    const sent = await sendTimed();
    sims.control.siopso.answerAll();
    expect(await statusOf(sent.requestId)).toBe('answered');
  });

  it('ENF-7: an outcome forced by requestRef applies when it is sent, and re-forcing a sent request re-times it', async () => {
    const refs = [`forced-${++n}`, `forced-${++n}`];
    const [failing = '', onTime = ''] = refs;
    sims.control.siopso.setOutcome(failing, 'failed');
    sims.control.siopso.setOutcome(onTime, 'late');
    const [a, b] = [await sendTimed(failing), await sendTimed(onTime)];
    sims.control.siopso.setOutcome(onTime, 'answered');
    clockMs += BASE_MS;
    expect(await statusOf(a.requestId)).toBe('failed');
    expect(await statusOf(b.requestId)).toBe('answered');
  });

  it('ENF-7: forced "next" outcomes queue up and are not used by a resend of a known requestRef', async () => {
    const first = await sendTimed();
    sims.control.siopso.setOutcome('next', 'failed');
    sims.control.siopso.setOutcome('next', 'answered');
    const resent = await sendTimed(first.requestRef);
    expect(resent.requestId).toBe(first.requestId);
    const [x, y] = [await sendTimed(), await sendTimed()];
    clockMs += BASE_MS;
    expect(await statusOf(x.requestId)).toBe('failed');
    expect(await statusOf(y.requestId)).toBe('answered');
  });

  it('ENF-7: outcome rates are adjustable: zero rates answer every request on time', async () => {
    sims.control.siopso.setOutcomeRates({ late: 0, failed: 0 });
    const sent = await sendMany(20);
    clockMs += BASE_MS;
    for (const request of sent) expect(await statusOf(request.requestId)).toBe('answered');
    expect(() => sims.control.siopso.setOutcomeRates({ late: 0.8, failed: 0.3 })).toThrow(RangeError);
  });
});
