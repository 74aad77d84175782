import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { simulatedPhone } from '../sim/people';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture();
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

describe('mobile-citizens adapter over HTTP', () => {
  it('SIMP-2: returns the debtor phone as +7 7xx xxx xx xx, the same on every call', async () => {
    const iin = sampleIin({ phone: true });
    const record = await fx.adapters.mobileCitizens.getPhoneByIin(iin);
    expect(record.iin).toBe(iin);
    expect(record.phone).toMatch(/^\+7 7\d{2} \d{3} \d{2} \d{2}$/);
    expect(record.phone).toBe(simulatedPhone(iin)?.phone);
    expect(await fx.adapters.mobileCitizens.getPhoneByIin(iin)).toEqual(record);
  });

  it('SIMP-2: an IIN without a registered phone → not_found (no simplified proceeding)', async () => {
    const error = await expectAdapterError(fx.adapters.mobileCitizens.getPhoneByIin(sampleIin({ phone: false })), 'not_found');
    expect(error.retryable).toBe(false);
    expect(error.system).toBe('mobile-citizens');
  });

  it('SIMP-2: a pinned phone in another spelling comes back normalised; a pinned absence is not_found', async () => {
    const withPhone = sampleIin({ phone: true }, 1);
    fx.sims.control.mobileCitizens.setPhone(withPhone, '8 (701) 555-12-34');
    expect((await fx.adapters.mobileCitizens.getPhoneByIin(withPhone)).phone).toBe('+7 701 555 12 34');
    fx.sims.control.mobileCitizens.setPhone(withPhone, null);
    await expectAdapterError(fx.adapters.mobileCitizens.getPhoneByIin(withPhone), 'not_found');
  });

  it('X-5: an IIN with a wrong check digit → rejected', async () => {
    const iin = sampleIin({ phone: true });
    const broken = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    await expectAdapterError(fx.adapters.mobileCitizens.getPhoneByIin(broken), 'rejected');
  });

  it('X-5: injected 503 → unavailable', async () => {
    fx.sims.control.failNext('mobile-citizens', 'unavailable');
    await expectAdapterError(fx.adapters.mobileCitizens.getPhoneByIin(sampleIin({ phone: true })), 'unavailable');
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('mobile-citizens', TEST_TIMEOUT_MS * 3);
    await expectAdapterError(fx.adapters.mobileCitizens.getPhoneByIin(sampleIin({ phone: true })), 'timeout');
  });

  it('SIMP-2 (issue 18): a batch look-up answers every IIN in order — phone, none, invalid — as the single look-up does', async () => {
    const withPhone = sampleIin({ phone: true }, 2);
    const without = sampleIin({ phone: false }, 2);
    const pinned = sampleIin({ phone: true }, 3);
    fx.sims.control.mobileCitizens.setPhone(pinned, '8 (701) 555-12-35');
    const broken = withPhone.slice(0, 11) + String((Number(withPhone[11]) + 1) % 10);
    const answers = await fx.adapters.mobileCitizens.getPhonesByIins([withPhone, without, broken, pinned]);
    expect(answers).toEqual([
      { iin: withPhone, record: await fx.adapters.mobileCitizens.getPhoneByIin(withPhone) },
      { iin: without, record: null },
      { iin: broken, refused: 'invalid_iin' },
      { iin: pinned, record: expect.objectContaining({ phone: '+7 701 555 12 35' }) },
    ]);
  });

  it('X-5 (issue 18): a batch look-up in an outage → unavailable for the whole batch', async () => {
    fx.sims.control.failNext('mobile-citizens', 'unavailable');
    await expectAdapterError(fx.adapters.mobileCitizens.getPhonesByIins([sampleIin({ phone: true })]), 'unavailable');
  });

  it('X-5: a share of IINs has no phone, as in the real base', () => {
    const iins = Array.from({ length: 200 }, (_, i) => sampleIin({}, i));
    const without = iins.filter((iin) => simulatedPhone(iin) === null).length;
    expect(without).toBeGreaterThan(15);
    expect(without).toBeLessThan(70);
  });
});
