import { expect, it } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';

// issue 11 item 5: one bad fine in an ЕРАП batch is refused on its own; the
// rest of the batch is taken in, and the resend is answered from storage.
const WITH_PHONE = '900515301006';

const fine = (erapFineId: string, overrides: Record<string, unknown> = {}, decision: Record<string, unknown> = {}) => ({
  erapFineId, debtorIin: WITH_PHONE, debtorName: 'Жақсыбеков Арман Серікұлы', amount: '36 920,00', caseOpenedOn: '2026-02-10',
  territoryKato: '311000000',
  decision: { number: `АП-${erapFineId}`, date: '2026-02-12', enteredIntoForceOn: '2026-02-22', article: 'ст. 610 ч. 1 КоАП РК',
    issuingBody: 'УП г. Тараз', ...decision },
  ...overrides,
});

const postFines = (client: TestClient, fines: unknown[]) =>
  client.request({ method: 'POST', url: '/api/integrations/erap/fines', payload: { fines }, headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` } });

/** A JSON body as ЕРАП's serializer would write it: lone surrogates stay `\ud800` escapes. */
const postRaw = (client: TestClient, json: string) =>
  client.request({ method: 'POST', url: '/api/integrations/erap/fines', payload: json,
    headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}`, 'content-type': 'application/json' } });

describeSystemOnEachEngine('issue 11 item 5: a bad fine never sinks an ЕРАП batch', ({ system, client }) => {
  it('issue 11 item 5 SIMP-1: NUL bytes, lone surrogates and year 0000 refuse their own fine only; the good ones are taken in; the resend works', async () => {
    system().external.simulators!.control.mobileCitizens.setPhone(WITH_PHONE, '+77011234567');
    const c = client('ru');
    const batch = [
      fine('BAD-OK-1'),
      fine('BAD-NUL-NAME', { debtorName: 'Жақсыбеков\u0000Арман' }),
      fine('BAD-NUL\u0000ID'),
      fine('BAD-NUL-NUMBER', {}, { number: 'АП-\u00001' }),
      fine('BAD-SURROGATE-NAME', { debtorName: 'Арман \ud800' }),
      fine('BAD-SURROGATE-NUMBER', {}, { number: 'АП-\udc00' }),
      fine('BAD-YEAR-0', { caseOpenedOn: '0000-01-01' }),
      fine('BAD-YEAR-0-DECISION', {}, { date: '0000-02-12' }),
      fine('BAD-FEB-30', { caseOpenedOn: '2026-02-30' }),
      fine('BAD-OK-2'),
    ];
    const json = JSON.stringify({ fines: batch });
    // JSON.stringify writes lone surrogates as escapes, as a Java or .NET client would.
    expect(json).toContain('\\ud800');
    const first = await postRaw(c, json);
    expect(first.statusCode, first.body).toBe(200);
    const results = first.json().results as Array<{ erapFineId: string | null; outcome: string; reasons?: Array<{ code: string; text: { kk: string; ru: string } }> }>;
    expect(results.map((r) => r.outcome), JSON.stringify(results[0])).toEqual(['initiated', ...Array(8).fill('refused'), 'initiated']);
    const refusedOnes = results.slice(1, 9);
    expect(refusedOnes.map((r) => r.erapFineId)).toEqual(batch.slice(1, 9).map((f) => f.erapFineId));
    for (const r of refusedOnes) {
      expect(r.reasons?.map((x) => x.code)).toEqual(['validation']);
      // Each reason names its field in kk and ru, never by its English identifier.
      for (const text of [r.reasons![0]!.text.kk, r.reasons![0]!.text.ru]) {
        expect(text).not.toMatch(/[A-Za-z]{4,}/);
        expect(text).not.toMatch(/\.\./);
      }
    }
    expect(refusedOnes[0]!.reasons![0]!.text.ru).toBe('Данные заполнены неверно: ФИО должника.');
    expect(refusedOnes[0]!.reasons![0]!.text.kk).toBe('Деректер қате толтырылған: борышкердің аты.');
    expect(refusedOnes[2]!.reasons![0]!.text.ru).toBe('Данные заполнены неверно: номер постановления.');
    expect(refusedOnes[5]!.reasons![0]!.text.ru).toBe('Данные заполнены неверно: дата возбуждения дела.');

    // Nothing of a refused fine is stored; the good ones are, once.
    const stored = await system().db.query<{ erap_fine_id: string }>(
      "SELECT erap_fine_id FROM simplified_cases WHERE erap_fine_id LIKE 'BAD-%' ORDER BY erap_fine_id");
    expect(stored.rows.map((r) => r.erap_fine_id)).toEqual(['BAD-OK-1', 'BAD-OK-2']);

    // The resend (ЕРАП retries the whole batch): the good ones are replays, the bad ones refused again, no 500.
    const again = await postRaw(c, json);
    expect(again.statusCode, again.body).toBe(200);
    const replayed = again.json().results as Array<{ outcome: string; replay: boolean }>;
    expect(replayed.map((r) => r.outcome)).toEqual(['initiated', ...Array(8).fill('refused'), 'initiated']);
    expect([replayed[0]!.replay, replayed[9]!.replay]).toEqual([true, true]);

    // Once ЕРАП corrects a fine, it is taken in.
    const fixed = await postFines(c, [fine('BAD-NUL-NAME'), fine('BAD-YEAR-0')]);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['initiated', 'initiated']);
  });
}, { DEMO_KEYS: 'true', SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' });
