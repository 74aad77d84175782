import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../../../test/harness/databases';
import { TestClient } from '../../../../test/harness/test-system';
import { DEV_ERAP_TOKEN, loadConfig } from '../config';
import { startSystem } from '../system';
import type { System } from '../system';
import { REDACTED, redactCredentials } from './log-redaction';

// ISSUE-13 item 14 (SIMP-3, X-3): the debtor's link is a credential; the server's log must never carry it.
const DEBTOR = '900515301006';

describe('ISSUE-13 item 14: debtor-link tokens never reach the log', () => {
  const lines: string[] = [];
  let system: System;

  beforeAll(async () => {
    const { db } = await openMigrated('pglite');
    const webDist = mkdtempSync(join(tmpdir(), 'oryndau-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Oryndau</title>');
    const config = loadConfig({
      NODE_ENV: 'test', DEV_MODE: 'true', PASSWORD_HASH_LOG2N: '12', DATA_DIR: '/nonexistent', WEB_DIST: webDist,
      PKI_DIR: mkdtempSync(join(tmpdir(), 'oryndau-pki-')), DEMO_KEYS: 'false', WORKER_INTERVAL_MS: '50',
      SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open',
    });
    system = await startSystem({ config, db, logger: { write: (line: string) => lines.push(line) } });
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('ISSUE-13 item 14 (SIMP-3): the page, the API, the documents, payment and the SMS delivery log «[redacted]» instead of the token', async () => {
    system.external.simulators!.control.mobileCitizens.setPhone(DEBTOR, '+77011234567');
    const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/erap/fines', headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` },
      payload: { fines: [{ erapFineId: `ERAP-LOG-${Date.now()}`, debtorIin: DEBTOR, debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn: 3_692_000,
        caseOpenedOn: '2026-02-10', territoryKato: '311000000',
        decision: { number: 'АП-LOG-1', date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' } }] } });
    const [result] = answer.json().results;
    expect(result.outcome, answer.body).toBe('initiated');
    const sms = await system.db.query<{ body: string }>("SELECT body FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = $1", [result.caseId]);
    const token = /\/s\/([A-Za-z0-9_-]{20})$/.exec(sms.rows[0]!.body)![1]!;

    const page = await system.app.inject({ method: 'GET', url: `/s/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Oryndau');
    expect((await system.app.inject({ method: 'GET', url: `/s/${token}?payment=return` })).statusCode).toBe(200);
    const view = await system.app.inject({ method: 'GET', url: `/api/public/simplified/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    const document = (view.json() as { documents: Array<{ url: string }> }).documents[0]!;
    expect((await system.app.inject({ method: 'GET', url: document.url })).statusCode).toBe(200);
    const debtor = new TestClient(system);
    await debtor.get('/api/session');
    const pay = await debtor.post(`/api/public/simplified/${token}/pay`, {});
    expect(pay.statusCode, pay.body).toBe(200);
    // A request that fails (an unknown token of the right shape) is logged too — still without it.
    // (Its last character differs from the real one's: a fixed «X» was the real token once in 64 runs.)
    const unknown = `${token.slice(0, 19)}${token.endsWith('X') ? 'Y' : 'X'}`;
    expect((await system.app.inject({ method: 'GET', url: `/api/public/simplified/${unknown}` })).statusCode).toBe(404);
    // The worker hands the SMS (which carries the link) to the gateway.
    await expect.poll(async () => (await system.db.query<{ sent: boolean }>(
      "SELECT sent_at IS NOT NULL AS sent FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = $1", [result.caseId])).rows[0]?.sent,
    { timeout: 15_000 }).toBe(true);

    const log = lines.join('');
    expect(log).toContain('incoming request');
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(0, 19));
    const urls = log.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { req?: { url: string } }).req?.url).filter(Boolean);
    expect(urls).toContain(`/s/${REDACTED}`);
    expect(urls).toContain(`/s/${REDACTED}?payment=return`);
    expect(urls).toContain(`/api/public/simplified/${REDACTED}`);
    expect(urls).toContain(`/api/public/simplified/${REDACTED}/pay`);
    expect(urls).toContain(`/api/public/simplified/${REDACTED}/documents/${document.url.split('/').pop()}`);
  });

  it('ISSUE-13 item 14: redaction keeps the rest of the line and catches a link inside a text', () => {
    expect(redactCredentials('Штраф: https://oryndau.kz/s/AbC-12_xyzAbC-12_xyz')).toBe(`Штраф: https://oryndau.kz/s/${REDACTED}`);
    expect(redactCredentials('/api/public/simplified/AbC-12_xyz/pay?x=1')).toBe(`/api/public/simplified/${REDACTED}/pay?x=1`);
    expect(redactCredentials('/api/x?a=1&token=secret&b=2')).toBe(`/api/x?a=1&token=${REDACTED}&b=2`);
    expect(redactCredentials('/api/enforcement/proceedings?status=open')).toBe('/api/enforcement/proceedings?status=open');
  });
});
