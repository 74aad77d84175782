import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isValidIin, regionById } from '@oryndau/kz';
import { TEST_TIMEOUT_MS, expectAdapterError, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import { simulatedPerson } from '../sim/people';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture({ initialFines: 12, seed: 7 });
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

const at = '2026-03-02T05:00:00.000Z';

describe('ЕРАП adapter over HTTP', () => {
  it('SIMP-1 X-5: pulls fines page by page with a cursor, amounts in integer tiyn from MRP', async () => {
    const first = await fx.adapters.erap.pullFines({ limit: 5 });
    expect(first.fines).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    const rest = await fx.adapters.erap.pullFines({ cursor: first.cursor, limit: 50 });
    expect(rest.fines).toHaveLength(7);
    expect(rest.hasMore).toBe(false);
    const ids = [...first.fines, ...rest.fines].map((f) => f.fineId);
    expect(new Set(ids).size).toBe(12);
    const empty = await fx.adapters.erap.pullFines({ cursor: rest.cursor });
    expect(empty.fines).toHaveLength(0);

    for (const fine of [...first.fines, ...rest.fines]) {
      expect(Number.isInteger(fine.amountTiyn)).toBe(true);
      const mrp = { '2025': 3932, '2026': 4325 }[fine.caseOpenedOn.slice(0, 4)];
      expect(fine.amountTiyn).toBe(fine.mrpCount * (mrp ?? Number.NaN) * 100);
      expect(isValidIin(fine.offender.iin)).toBe(true);
      const region = regionById(fine.regionCode);
      expect(region, fine.regionCode).toBeDefined();
      expect(fine.region).toEqual({ kk: region?.name.kk, ru: region?.name.ru });
      expect(fine.fineId.slice(4, 6)).toBe(fine.regionCode.slice(0, 2));
      expect(fine.enteredIntoForceOn > fine.caseOpenedOn).toBe(true);
      expect(fine.article.title.kk).not.toBe('');
      expect(fine.article.title.ru).not.toBe('');
    }
  });

  it('X-5: fines are deterministic for a seed and agree with ГБД ФЛ about the offender', async () => {
    const again = await startAdapterFixture({ initialFines: 12, seed: 7 });
    try {
      const a = await fx.adapters.erap.pullFines();
      const b = await again.adapters.erap.pullFines();
      expect(b.fines.slice(0, 12)).toEqual(a.fines.slice(0, 12));
    } finally {
      await again.close();
    }
    const fine = (await fx.adapters.erap.pullFines({ limit: 1 })).fines[0];
    const person = await fx.adapters.gbdFl.getPersonByIin(fine?.offender.iin ?? '');
    expect(person.surname).toBe(fine?.offender.surname);
    expect(person.name).toBe(fine?.offender.name);
  });

  it('SIMP-2 SIMP-4: pushes initiated then terminated; ЕРАП records both, a repeated event once', async () => {
    const fine = fx.sims.control.erap.addFine({ mrpCount: 5, regionCode: '310000000' });
    expect(fine.regionCode).toBe('310000000');
    expect(fine.region).toEqual({ kk: 'Жамбыл облысы', ru: 'Жамбылская область' });
    const one = await fx.adapters.erap.pushStatus({ eventId: 'ev-1', fineId: fine.fineId, status: 'initiated', at, proceedingNumber: 'S-1' });
    expect(one.duplicate).toBe(false);
    const repeat = await fx.adapters.erap.pushStatus({ eventId: 'ev-1', fineId: fine.fineId, status: 'initiated', at });
    expect(repeat).toMatchObject({ duplicate: true, receivedAt: one.receivedAt });
    await fx.adapters.erap.pushStatus({ eventId: 'ev-2', fineId: fine.fineId, status: 'terminated', at });

    const record = await fx.adapters.erap.getFine(fine.fineId);
    expect(record.statuses.map((s) => s.status)).toEqual(['initiated', 'terminated']);
    expect(record.statuses[0]?.proceedingNumber).toBe('S-1');
    expect(fx.sims.control.erap.statusUpdates(fine.fineId)).toHaveLength(2);
  });

  it('SIMP-5: a cancelled status for an unknown fine is not_found', async () => {
    await expectAdapterError(fx.adapters.erap.pushStatus({ eventId: 'x', fineId: 'nope', status: 'cancelled', at }), 'not_found');
    await expectAdapterError(fx.adapters.erap.getFine('nope'), 'not_found');
  });

  it('SIMP-1: an added fine takes the MRP of its case-opening day; region codes are KATO ids', async () => {
    // 2024: 3 692 ₸, 2025: 3 932 ₸ (DOMAIN.md "Money"); 1.5 MRP of 3 692 ₸ = 5 538 ₸.
    expect(fx.sims.control.erap.addFine({ mrpCount: 10, caseOpenedOn: '2024-12-31' }).amountTiyn).toBe(3_692_000);
    expect(fx.sims.control.erap.addFine({ mrpCount: 10, caseOpenedOn: '2025-01-01' }).amountTiyn).toBe(3_932_000);
    expect(fx.sims.control.erap.addFine({ mrpCount: 1.5, caseOpenedOn: '2024-06-01' }).amountTiyn).toBe(553_800);
    expect(() => fx.sims.control.erap.addFine({ regionCode: 'zhambyl' })).toThrow(/unknown region code/);
    const added = await fetch(`${fx.sims.baseUrls.erap}/_sim/fines`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ regionCode: 'zhambyl' }),
    });
    expect(added.status).toBe(400);
  });

  it('X-5: an added fine for a chosen offender carries that person', async () => {
    const iin = (await fx.adapters.erap.pullFines({ limit: 1 })).fines[0]?.offender.iin ?? '';
    const fine = fx.sims.control.erap.addFine({ offenderIin: iin });
    expect(fine.offender.surname).toBe(simulatedPerson(iin)?.surname);
  });

  it('X-5: injected 503 → unavailable (retryable), then the next call succeeds', async () => {
    fx.sims.control.failNext('erap', 'unavailable');
    const error = await expectAdapterError(fx.adapters.erap.pullFines(), 'unavailable');
    expect(error.retryable).toBe(true);
    expect(error.details.status).toBe(503);
    await expect(fx.adapters.erap.pullFines()).resolves.toBeDefined();
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('erap', TEST_TIMEOUT_MS * 5);
    const started = Date.now();
    await expectAdapterError(fx.adapters.erap.pullFines(), 'timeout');
    // Gave up at its own deadline instead of waiting for the slow answer.
    expect(Date.now() - started).toBeLessThan(TEST_TIMEOUT_MS * 3);
  });

  it('X-5: a forced hang → timeout', async () => {
    fx.sims.control.failNext('erap', 'timeout');
    await expectAdapterError(fx.adapters.erap.getFine('any'), 'timeout');
  });
});
