import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { iinHints, regionById } from '@oryndau/kz';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture();
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

describe('ГБД ФЛ adapter over HTTP', () => {
  it('LIC-3: finds the applicant by IIN with a plausible Kazakh identity, stable across calls', async () => {
    const iin = sampleIin({ person: true });
    const person = await fx.adapters.gbdFl.getPersonByIin(iin);
    const hints = iinHints(iin);
    expect(person.iin).toBe(iin);
    expect(person.birthDate).toBe(hints.birthDate);
    expect(person.sex).toBe(hints.sex);
    expect(person.surname.length).toBeGreaterThan(1);
    expect(person.registeredAddress.full.kk).toContain(person.registeredAddress.locality.kk);
    expect(person.registeredAddress.full.ru).toContain(person.registeredAddress.locality.ru);
    expect(person.document?.issuer.ru).toBeTruthy();
    expect(await fx.adapters.gbdFl.getPersonByIin(iin)).toEqual(person);
  });

  it('X-1 LIC-3: names and addresses use Kazakh letters across the population', async () => {
    const people = await Promise.all(Array.from({ length: 15 }, (_, i) => fx.adapters.gbdFl.getPersonByIin(sampleIin({ person: true }, i))));
    const text = people.map((p) => `${p.surname} ${p.name} ${p.patronymic ?? ''} ${p.registeredAddress.full.kk}`).join(' ');
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(new Set(people.map((p) => p.registeredAddress.regionCode)).size).toBeGreaterThan(3);
    for (const p of people) expect(regionById(p.registeredAddress.regionCode)?.name.ru, p.registeredAddress.regionCode).toBe(p.registeredAddress.region.ru);
  });

  it('LIC-3: an IIN absent from ГБД ФЛ → not_found (the licensor refuses)', async () => {
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin(sampleIin({ person: false })), 'not_found');
  });

  it('ISSUE-14 item 12, FILE-3: an applicant registering in the court cabinet is found by IIN with the name the simulator was given, over HTTP', async () => {
    const iin = sampleIin({ person: true }, 40);
    const res = await fetch(`${fx.sims.baseUrls['gbd-fl']}/_sim/persons/${iin}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ surname: 'Исабеков', name: 'Данияр', patronymic: 'Асқарұлы' }),
    });
    expect(res.status).toBe(200);
    const person = await fx.adapters.gbdFl.getPersonByIin(iin);
    expect(person).toMatchObject({ iin, surname: 'Исабеков', name: 'Данияр', patronymic: 'Асқарұлы', birthDate: iinHints(iin).birthDate });
    expect(person.registeredAddress.full.kk.length).toBeGreaterThan(5);
  });

  it('ISSUE-14 item 12, FILE-3: an IIN of the absent share can be made known; a known one made unknown → not_found', async () => {
    const absent = sampleIin({ person: false }, 7);
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin(absent), 'not_found');
    const registered = fx.sims.control.gbdFl.registerPerson(absent, { surname: 'Серікбаев', name: 'Әлихан' });
    expect(await fx.adapters.gbdFl.getPersonByIin(absent)).toEqual({ ...registered, patronymic: null });

    const known = sampleIin({ person: true }, 41);
    await expect(fx.adapters.gbdFl.getPersonByIin(known)).resolves.toMatchObject({ iin: known });
    const res = await fetch(`${fx.sims.baseUrls['gbd-fl']}/_sim/persons/${known}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin(known), 'not_found');
  });

  it('ISSUE-14 item 12: the control route refuses a malformed IIN or a nameless person', async () => {
    const put = (iin: string, body: unknown) => fetch(`${fx.sims.baseUrls['gbd-fl']}/_sim/persons/${iin}`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect((await put('123456789012', { surname: 'А', name: 'Б' })).status).toBe(400);
    expect((await put(sampleIin({ person: true }, 42), { surname: ' ', name: 'Б' })).status).toBe(400);
  });

  it('X-5: malformed IIN → rejected', async () => {
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin('12345'), 'rejected');
  });

  it('X-5: injected 503 → unavailable; random failures follow the configured rate', async () => {
    fx.sims.control.failNext('gbd-fl', 'unavailable', 2);
    const iin = sampleIin({ person: true });
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin(iin), 'unavailable');
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin(iin), 'unavailable');
    await expect(fx.adapters.gbdFl.getPersonByIin(iin)).resolves.toMatchObject({ iin });

    fx.sims.control.setFailureRate('gbd-fl', 0.5);
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => fx.adapters.gbdFl.getPersonByIin(iin)));
    const failed = outcomes.filter((o) => o.status === 'rejected').length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('gbd-fl', { minMs: TEST_TIMEOUT_MS + 200, maxMs: TEST_TIMEOUT_MS + 400 });
    await expectAdapterError(fx.adapters.gbdFl.getPersonByIin(sampleIin({ person: true })), 'timeout');
  });
});
