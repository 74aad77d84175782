import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOcspRequest, checkOcspResponse, createSignedData, devCa, httpOcspTransport, parseCertificate, parseCrl, parseOcspResponse,
} from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { fixedClock } from '@oryndau/domain';
import { migrate, openPglite } from '@oryndau/db';
import { loadConfig } from '../config';
import { startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { crlHealth, nextFetchAt, refreshCrls } from './crl-refresh';
import { setupSignatureTrust } from './trust';

const T0 = new Date('2026-03-02T05:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const ACT = new TextEncoder().encode('Қаулы №11 / Постановление №11');

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

describe('issue 11 item 11 dev OCSP responder over HTTP (SIG-4, SIG-7)', { timeout: 120_000 }, () => {
  let system: System;
  let origin: string;
  let pkiDir: string;
  const clock = fixedClock(T0);

  beforeAll(async () => {
    const started = await startTestSystem('pglite', {}, clock);
    system = started.system;
    pkiDir = started.config.trust.pkiDir;
    await system.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(system.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => system?.stop());

  it('issue 11 item 11 SIG-4 SIG-7: /pki/ocsp answers good, then revoked; the verifier asks it over HTTP and keeps the answer', async () => {
    const dir = nodePkiDirectory(pkiDir);
    let state = (await devCa.loadDevPki(dir))!;
    const user = await devCa.issueCertificate(state.pki, { now: T0, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign' });
    state = devCa.recordIssued(state, user);
    await devCa.saveDevPki(dir, state);
    const cert = parseCertificate(user.certificate);
    const issuer = parseCertificate(state.pki.issuing.certificate);
    const transport = httpOcspTransport();

    const request = await buildOcspRequest(cert, issuer, { hash: 'SHA-256' });
    const answer = await transport(`${origin}/pki/ocsp`, request.der);
    const good = await checkOcspResponse(answer, cert, issuer, { at: T0, expectedNonce: request.nonce });
    expect(good.status).toBe('good');
    // Wrong content type: not an OCSP request.
    const wrongType = await fetch(`${origin}/pki/ocsp`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(wrongType.status).toBeGreaterThanOrEqual(400);
    expect(wrongType.status).toBeLessThan(500);
    const garbage = parseOcspResponse(await transport(`${origin}/pki/ocsp`, Uint8Array.of(1, 2, 3)));
    expect(garbage.responseStatus).toBe('malformedRequest');

    // The verifier of a server configured with this responder (OCSP_URL) asks it for the user certificate.
    const config = loadConfig({
      NODE_ENV: 'test', DATA_DIR: '/nonexistent', WEB_DIST: '/nonexistent', PKI_DIR: pkiDir, DEMO_KEYS: 'false', OCSP_URL: `${origin}/pki/ocsp`,
    });
    const trust = await setupSignatureTrust(config, clock, origin);
    const cms = await createSignedData({ content: ACT, detached: true, privateKey: user.privateKey, certificate: user.certificate, chain: user.chain, signingTime: T0 });
    const accepted = await trust.verify({ cms, content: ACT, purpose: 'sign', at: T0 });
    expect(accepted.reasons).toEqual([]);
    expect(accepted.valid).toBe(true);
    const evidence = accepted.evidence as { ocsp: string[]; ocspResponses: string | null };
    expect(evidence.ocsp).toHaveLength(1);
    expect(evidence.ocspResponses).toBe('1 OCSP');
    expect(parseOcspResponse(new Uint8Array(Buffer.from(evidence.ocsp[0]!, 'base64'))).basic?.responses[0]?.status).toEqual({ kind: 'good' });

    // Revoked in the CA's records (the published CRL is not re-issued): OCSP knows at once.
    await devCa.saveDevPki(dir, devCa.revokeSerial(state, cert.serialNumber, new Date(T0.getTime() - MINUTE), 'keyCompromise'));
    const refused = await trust.verify({ cms, content: ACT, purpose: 'sign', at: T0 });
    expect(refused.valid).toBe(false);
    expect(refused.reasons.map((r) => r.code)).toEqual(['revoked']);
    expect(refused.reasons[0]).toMatchObject({ kk: 'Тіркеу куәлігі кері қайтарып алынған', ru: 'Сертификат отозван' });

    // Another CA's certificate is not answered for.
    const foreign = await devCa.createDevPki({ now: T0 });
    const stranger = await devCa.issueCertificate(foreign, { now: T0, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign' });
    const strangerRequest = await buildOcspRequest(parseCertificate(stranger.certificate), parseCertificate(foreign.issuing.certificate));
    expect(parseOcspResponse(await transport(`${origin}/pki/ocsp`, strangerRequest.der)).responseStatus).toBe('unauthorized');
  });
});

describe('issue 11 item 11 CRL download job (SIG-4)', { timeout: 120_000 }, () => {
  let server: Server;
  let base: string;
  let served: { status: number; body: Uint8Array } = { status: 503, body: new Uint8Array() };
  let fetches = 0;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      fetches += 1;
      response.writeHead(served.status, { 'content-type': 'application/pkix-crl' }).end(Buffer.from(served.body));
    });
    base = await listen(server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('issue 11 item 11 SIG-4: refreshes before nextUpdate, backs off on failure keeping the last good list, and one process downloads at a time', async () => {
    const db = await openPglite();
    await migrate(db);
    const pki = await devCa.createDevPki({ now: new Date(T0.getTime() - DAY) });
    const url = `${base}/issuing.crl`;
    let now = T0;
    const options = { sources: [url], issuers: [pki.root.certificate, pki.issuing.certificate], now: () => now };
    const crlAt = (thisUpdate: Date, crlNumber: number) => devCa.createCrl(pki.issuing, [], { thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + DAY), crlNumber });

    // First download fails: nothing held, retried after 30 s.
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 0, failed: 1 });
    expect(await crlHealth(db, [url], now)).toEqual([{ source: url, issuer: null, lastSuccessAt: null, nextUpdate: null, failures: 1, current: false }]);
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 0, failed: 0 });
    now = new Date(T0.getTime() + 31_000);
    served = { status: 200, body: await crlAt(T0, 1) };
    // Two processes at once: one downloads, the other finds the source leased.
    fetches = 0;
    const both = await Promise.all([refreshCrls(db, options), refreshCrls(db, options)]);
    expect(both.map((r) => r.refreshed).sort()).toEqual([0, 1]);
    expect(fetches).toBe(1);
    const [line] = await crlHealth(db, [url], now);
    expect(line).toMatchObject({ issuer: 'ORYNDAU DEV ISSUING CA', lastSuccessAt: now.toISOString(), failures: 0, current: true });
    // Next fetch is scheduled before the list lapses (a quarter of its lifetime before nextUpdate).
    const row = (await db.query<{ next_attempt_at: Date }>('SELECT next_attempt_at FROM crl_sources')).rows[0]!;
    expect(new Date(row.next_attempt_at).getTime()).toBe(nextFetchAt(parseCrl(served.body), now).getTime());
    expect(new Date(row.next_attempt_at).getTime()).toBeLessThan(T0.getTime() + DAY);
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 0, failed: 0 });

    // When due, the server fails: the good list is kept, the backoff grows.
    now = new Date(row.next_attempt_at);
    served = { status: 500, body: new Uint8Array() };
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 0, failed: 1 });
    now = new Date(now.getTime() + 31_000);
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 0, failed: 1 });
    const kept = (await db.query<{ crl: Uint8Array; failures: number; next_attempt_at: Date }>('SELECT crl, failures, next_attempt_at FROM crl_sources')).rows[0]!;
    expect(kept.failures).toBe(2);
    expect(new Date(kept.next_attempt_at).getTime() - now.getTime()).toBe(60_000);
    expect(parseCrl(new Uint8Array(kept.crl)).crlNumber).toBe(1n);
    // A list by another CA or an older one is refused; the held one stays.
    const foreign = await devCa.createDevPki({ now: T0 });
    now = new Date(now.getTime() + 61_000);
    served = { status: 200, body: await devCa.createCrl(foreign.issuing, [], { thisUpdate: now, nextUpdate: new Date(now.getTime() + DAY), crlNumber: 9 }) };
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 0, failed: 1 });
    expect((await db.query<{ last_error: string }>('SELECT last_error FROM crl_sources')).rows[0]?.last_error).toContain('not signed by a configured CA');
    // Back up with a newer list: refreshed, failures reset.
    now = new Date(now.getTime() + 3_600_000);
    served = { status: 200, body: await crlAt(new Date(now.getTime() - MINUTE), 2) };
    expect(await refreshCrls(db, options)).toEqual({ refreshed: 1, failed: 0 });
    expect((await crlHealth(db, [url], now))[0]).toMatchObject({ failures: 0, current: true, lastSuccessAt: now.toISOString() });
    await db.close();
  });

  it('issue 11 item 11 SIG-4: /health shows the last success per configured CRL source, and the verifier uses the downloaded list', async () => {
    const clock = fixedClock(T0);
    const url = `${base}/health.crl`;
    const { system, config } = await startTestSystem('pglite', { TRUST_CRL_URLS: url }, clock);
    try {
      const before = (await system.app.inject({ method: 'GET', url: '/health' })).json() as { status: string; crls: unknown[] };
      expect(before.status).toBe('ok');
      expect(before.crls).toEqual([{ source: url, issuer: null, lastSuccessAt: null, nextUpdate: null, failures: 0, current: false }]);
      const state = (await devCa.loadDevPki(nodePkiDirectory(config.trust.pkiDir)))!;
      const user = await devCa.issueCertificate(state.pki, { now: T0, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign' });
      const cms = await createSignedData({ content: ACT, detached: true, privateKey: user.privateKey, certificate: user.certificate, chain: user.chain, signingTime: T0 });
      const at = new Date(T0.getTime() + 2 * MINUTE);
      expect((await system.trust.verify({ cms, content: ACT, purpose: 'sign', at })).valid).toBe(true);
      // The downloaded list (newer than the dev CA's published one) revokes the certificate.
      const listed = [{ serialNumber: user.serialNumber, revokedAt: T0, reason: 'keyCompromise' as const }];
      served = { status: 200, body: await devCa.createCrl(state.pki.issuing, listed, { thisUpdate: new Date(T0.getTime() + MINUTE), nextUpdate: new Date(T0.getTime() + DAY), crlNumber: 50 }) };
      expect(await refreshCrls(system.db, { sources: config.trust.crlUrls, issuers: system.trust.caCertificates, now: () => clock.now() })).toEqual({ refreshed: 1, failed: 0 });
      const after = (await system.app.inject({ method: 'GET', url: '/health' })).json() as { crls: Array<Record<string, unknown>> };
      expect(after.crls[0]).toMatchObject({ source: url, issuer: 'ORYNDAU DEV ISSUING CA', lastSuccessAt: T0.toISOString(), current: true });
      await new Promise((resolve) => setTimeout(resolve, 5_100)); // the verifier re-reads downloaded lists every 5 s
      const refused = await system.trust.verify({ cms, content: ACT, purpose: 'sign', at });
      expect(refused.reasons.map((r) => r.code)).toEqual(['revoked']);
    } finally {
      await system.stop();
    }
  });
});
