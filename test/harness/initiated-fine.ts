import { expect } from 'vitest';
import { DEV_ERAP_TOKEN } from '../../apps/server/src/config';
import type { System } from '../../apps/server/src/system';

/**
 * Test support: ЕРАП sends one fine for `debtorIin` (given a phone), the
 * intake initiates it; returns the case and the debtor-link token from its SMS.
 */
export async function initiatedFine(system: System, debtorIin: string, prefix: string): Promise<{ caseId: string; token: string }> {
  system.external.simulators!.control.mobileCitizens.setPhone(debtorIin, '+77011234567');
  const erapFineId = `${prefix}-${Date.now()}`;
  const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/erap/fines', headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` },
    payload: { fines: [{ erapFineId, debtorIin, debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn: 3_692_000, caseOpenedOn: '2026-02-10',
      territoryKato: '311000000', decision: { number: `АП-${erapFineId}`, date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' } }] } });
  const [result] = answer.json().results;
  expect(result.outcome, answer.body).toBe('initiated');
  return { caseId: result.caseId, token: await debtorLinkToken(system, result.caseId) };
}

/** Test support: the debtor-link token from the SMS the intake queued for the case. */
export async function debtorLinkToken(system: System, caseId: string): Promise<string> {
  const sms = await system.db.query<{ body: string }>("SELECT body FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = $1", [caseId]);
  return /\/s\/([A-Za-z0-9_-]{20})$/.exec(sms.rows[0]!.body)![1]!;
}
