import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { devCa } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import { loadConfig } from '../config';
import type { System } from '../system';

// Issue 11 item 4: the system seal used to take its organisation from the
// demo data and open demo-keys/system-<BIN>-sign.p12 with the public demo
// PIN, so in production every seal failed and the intake stopped. Engine
// independent (the key is a file), so PGlite only.

const OPERATOR_BIN = '120340000004';
const OTHER_BIN = '021240000002';
const PIN = 'Oper-PIN-5829';
const ERAP_TOKEN = 'erap-token-for-the-test-0001';

const scratch = mkdtempSync(join(tmpdir(), 'oryndau-system-key-'));
const keyFile = join(scratch, 'operator-sign.p12');
const personalKeyFile = join(scratch, 'person-sign.p12');
const pinFile = join(scratch, 'system-key.pin');
const rootPem = join(scratch, 'pki', devCa.PKI_FILES.rootCertificate);

/** A CA standing in for the NCA (the dev PKI helpers of packages/esign), the operator's organisation key and a personal key. */
beforeAll(async () => {
  const now = new Date();
  const dir = nodePkiDirectory(join(scratch, 'pki'));
  let { state } = await devCa.loadOrCreateDevPki(dir, { now });
  const organisation = await devCa.issueCertificate(state.pki, { now, purpose: 'sign', kind: 'organization', name: 'ОПЕРАТОР ORYNDAU', bin: OPERATOR_BIN,
    organization: 'ОПЕРАТОР ORYNDAU', role: 'first-head' });
  const person = await devCa.issueCertificate(state.pki, { now, purpose: 'sign', name: 'ТЕСТОВ ТЕСТ', iin: '920707300005' });
  state = devCa.recordIssued(devCa.recordIssued(state, organisation), person);
  await devCa.saveDevPki(dir, state);
  await devCa.publishDevCrls(dir, state, now);
  writeFileSync(keyFile, devCa.exportPkcs12({ ...organisation, pin: PIN }));
  writeFileSync(personalKeyFile, devCa.exportPkcs12({ ...person, pin: PIN }));
  writeFileSync(pinFile, `${PIN}\n`);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const production = (env: Record<string, string> = {}) => ({
  NODE_ENV: 'production', ERAP_TOKEN, TRUST_ANCHORS: rootPem,
  TRUST_CRLS: [devCa.PKI_FILES.crl, devCa.PKI_FILES.rootCrl].map((f) => join(scratch, 'pki', f)).join(','), ...env,
});

async function withSystem(env: Record<string, string>, fn: (system: System, client: TestClient) => Promise<void>): Promise<void> {
  const { system } = await startTestSystem('pglite', env);
  try {
    await fn(system, new TestClient(system, 'ru'));
  } finally {
    await system.stop();
  }
}

const intake = (client: TestClient, language: 'kk' | 'ru' = 'ru') => client.request({ method: 'POST', url: '/api/integrations/erap/fines',
  headers: { authorization: `Bearer ${ERAP_TOKEN}`, 'accept-language': language }, payload: { fines: [{ erapFineId: 'E-1' }] } });

async function expectIntakeRefused(client: TestClient) {
  const ru = await intake(client, 'ru');
  expect(ru.statusCode).toBe(503);
  expect(ru.json()).toEqual({ code: 'system.key_unavailable', message: expect.stringContaining('Ключ подписи системы не настроен или непригоден') });
  const kk = await intake(client, 'kk');
  expect(kk.json().message).toContain('Жүйенің қол қою кілті бапталмаған');
}

const content = new TextEncoder().encode('{"act":"test"}');

describe('issue 11 item 4: the system seal takes its organisation from the database and its key from the configuration', () => {
  it('issue 11 item 4 SIMP-2: dev with no settings seals as before (the dev PKI issues the system key)', async () => {
    await withSystem({}, async (system, client) => {
      const { seal } = system.outcomes;
      expect(seal.organisation).toEqual({ id: 'system', bin: '220140000008', name: { kk: 'Қазақстан Республикасының Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' } });
      expect(seal.status()).toMatchObject({ ok: true, source: 'dev-pki', bin: '220140000008' });
      const sealed = await seal.seal(content, new Date());
      expect(sealed.outcome.valid).toBe(true);
      expect(sealed.outcome.signer).toMatchObject({ bin: '220140000008', iin: null });
      expect((await client.get('/health')).json()).toMatchObject({ status: 'ok', systemKey: { ok: true } });
    });
  });

  it('issue 11 item 4 SIMP-2: production without SYSTEM_KEY_FILE — the ЕРАП intake answers 503 (kk/ru) and /health names what is missing', async () => {
    await withSystem(production(), async (system, client) => {
      const health = await client.get('/health');
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({ status: 'degraded', database: { ok: true },
        systemKey: { ok: false, detail: 'missing: SYSTEM_KEY_FILE, SYSTEM_ORGANISATION_BIN' } });
      await expectIntakeRefused(client);
      await expect(system.outcomes.seal.seal(content, new Date())).rejects.toMatchObject({ code: 'system.key_unavailable' });
      // No dev key was issued in its place.
      expect((await system.db.query("SELECT bin FROM organisations WHERE id = 'system'")).rows).toEqual([{ bin: '220140000008' }]);
    });
  });

  it('issue 11 item 4 SIG-4: production with SYSTEM_KEY_FILE and its PIN (or a PIN file) seals with that key', async () => {
    const pins: Record<string, string>[] = [{ SYSTEM_KEY_PIN: PIN }, { SYSTEM_KEY_PIN_FILE: pinFile }];
    for (const pin of pins) {
      await withSystem(production({ SYSTEM_ORGANISATION_BIN: OPERATOR_BIN, SYSTEM_KEY_FILE: keyFile, ...pin }), async (system, client) => {
        const health = (await client.get('/health')).json();
        expect(health).toMatchObject({ status: 'ok', systemKey: { ok: true, detail: expect.stringMatching(/^SYSTEM_KEY_FILE, BIN 120340000004, valid until /) } });
        expect(JSON.stringify(health)).not.toContain(PIN);
        const { seal } = system.outcomes;
        expect(seal.organisation.bin).toBe(OPERATOR_BIN);
        const sealed = await seal.seal(content, new Date());
        expect(sealed.outcome.valid, JSON.stringify(sealed.outcome.reasons)).toBe(true);
        expect(sealed.outcome.signer).toMatchObject({ bin: OPERATOR_BIN });
        // The organisation's BIN in the database follows SYSTEM_ORGANISATION_BIN.
        expect((await system.db.query("SELECT bin FROM organisations WHERE id = 'system'")).rows).toEqual([{ bin: OPERATOR_BIN }]);
        // Past the key check: the intake takes the call (no fine here passes parsing, so each is refused on its own).
        expect((await intake(client)).statusCode).toBe(200);
      });
    }
  });

  it('issue 11 item 4 SIG-4: a wrong PIN is a clear start-up and /health error that never shows the PIN', async () => {
    await withSystem(production({ SYSTEM_ORGANISATION_BIN: OPERATOR_BIN, SYSTEM_KEY_FILE: keyFile, SYSTEM_KEY_PIN: 'Wrong-PIN-0000' }), async (system, client) => {
      const health = (await client.get('/health')).json();
      expect(health.systemKey).toEqual({ ok: false, detail: 'SYSTEM_KEY_FILE cannot be opened: wrong PIN (SYSTEM_KEY_PIN / SYSTEM_KEY_PIN_FILE)' });
      expect(JSON.stringify(health)).not.toContain('Wrong-PIN-0000');
      expect(system.outcomes.seal.status()).toMatchObject({ ok: false });
      await expectIntakeRefused(client);
    });
  });

  it('issue 11 item 4 SIG-4: a key whose certificate does not carry the system organisation\'s BIN is refused', async () => {
    await withSystem(production({ SYSTEM_ORGANISATION_BIN: OTHER_BIN, SYSTEM_KEY_FILE: keyFile, SYSTEM_KEY_PIN: PIN }), async (_system, client) => {
      expect((await client.get('/health')).json().systemKey).toEqual({ ok: false,
        detail: `SYSTEM_KEY_FILE is issued to BIN ${OPERATOR_BIN}, but the system organisation's BIN is ${OTHER_BIN} (SYSTEM_ORGANISATION_BIN)` });
      await expectIntakeRefused(client);
    });
    await withSystem(production({ SYSTEM_ORGANISATION_BIN: OPERATOR_BIN, SYSTEM_KEY_FILE: personalKeyFile, SYSTEM_KEY_PIN: PIN }), async (_system, client) => {
      expect((await client.get('/health')).json().systemKey.detail).toContain('SYSTEM_KEY_FILE is a personal key (no BIN)');
    });
  });

  it('issue 11 item 4: the PIN never prints with the configuration; PIN and PIN file together are refused', () => {
    const config = loadConfig(production({ SYSTEM_KEY_FILE: keyFile, SYSTEM_KEY_PIN: PIN }));
    expect(config.system.keyPin?.reveal()).toBe(PIN);
    expect(JSON.stringify(config)).not.toContain(PIN);
    expect(inspect(config, { depth: 10 })).not.toContain(PIN);
    expect(`${String(config.system.keyPin)}`).toBe('[redacted]');
    expect(() => loadConfig(production({ SYSTEM_KEY_FILE: keyFile, SYSTEM_KEY_PIN: PIN, SYSTEM_KEY_PIN_FILE: pinFile })))
      .toThrow('set SYSTEM_KEY_PIN or SYSTEM_KEY_PIN_FILE, not both');
  });
});
