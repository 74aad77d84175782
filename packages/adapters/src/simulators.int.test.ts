import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdapterError, adaptersConfigFromEnv, createAdapters, simulatorBaseUrls, startSimulators, type RunningSimulators } from './index';
import { expectAdapterError, sampleIin } from './testing/fixture';

let sims: RunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0 });
});
afterAll(async () => sims.close());

describe('simulators and createAdapters', () => {
  it('X-5: one server mounts every system under its prefix on an ephemeral port', async () => {
    expect(sims.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sims.baseUrls).toEqual(simulatorBaseUrls(sims.url));
    const adapters = createAdapters({ baseUrls: sims.baseUrls });
    const [fines, types] = await Promise.all([adapters.erap.pullFines({ limit: 1 }), adapters.siopso.listRequestTypes()]);
    expect(fines.fines).toHaveLength(1);
    expect(types.length).toBeGreaterThan(3);
    expect(sims.control.requests().map((r) => r.system)).toEqual(expect.arrayContaining(['erap', 'siopso']));
  });

  it('X-5: default latency is realistic (20–80 ms)', async () => {
    const adapters = createAdapters({ baseUrls: sims.baseUrls });
    const started = performance.now();
    await adapters.gbdFl.getPersonByIin(sampleIin({ person: true })).catch(() => undefined);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(19);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('X-5: faults can be injected over HTTP for another process (503 for all, then reset)', async () => {
    const adapters = createAdapters({ baseUrls: sims.baseUrls, timeoutMs: 2_000 });
    const post = (path: string, body?: unknown) =>
      fetch(`${sims.url}${path}`, {
        method: 'POST',
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    expect((await post('/_control/faults', { system: 'all', failureRate: 1 })).status).toBe(200);
    await expectAdapterError(adapters.sms.getStatus('x'), 'unavailable');
    await expectAdapterError(adapters.archive.getPackage('x'), 'unavailable');
    await post('/_control/reset');
    await expectAdapterError(adapters.archive.getPackage('x'), 'not_found');
    expect((await post('/_control/faults', { system: 'nowhere', failureRate: 1 })).status).toBe(400);
  });

  it('X-5: a system without a base URL fails as unavailable, before any request', async () => {
    const adapters = createAdapters({ baseUrls: {} });
    const error = await expectAdapterError(adapters.erap.pullFines(), 'unavailable');
    expect(error.details.reason).toBe('not_configured');
  });

  it('X-5: a refused connection → unavailable', async () => {
    const gone = await startSimulators();
    await gone.close();
    const adapters = createAdapters({ baseUrls: gone.baseUrls, timeoutMs: 2_000 });
    await expectAdapterError(adapters.gbdFl.getPersonByIin(sampleIin({ person: true })), 'unavailable');
  });

  it('X-5: an answer that breaks the contract → bad_response, not a crash further on', async () => {
    const fakeFetch: typeof fetch = async () =>
      new Response(JSON.stringify({ iin: '1', phone: 'call me' }), { status: 200, headers: { 'content-type': 'application/json' } });
    const adapters = createAdapters({ baseUrls: { 'mobile-citizens': 'http://mobile.invalid' }, fetch: fakeFetch });
    const error = await expectAdapterError(adapters.mobileCitizens.getPhoneByIin(sampleIin({})), 'bad_response');
    expect(error).toBeInstanceOf(AdapterError);
    const notJson: typeof fetch = async () => new Response('<html>maintenance</html>', { status: 200 });
    const other = createAdapters({ baseUrls: { erap: 'http://erap.invalid' }, fetch: notJson });
    await expectAdapterError(other.erap.pullFines(), 'bad_response');
  });

  it('X-5: the configuration is read from the environment', () => {
    const config = adaptersConfigFromEnv({
      ERAP_URL: 'https://erap.example/api',
      GBD_FL_URL: 'https://shep.example/gbd',
      COURT_SYSTEM_URL: 'https://court.example',
      SMTP_URL: 'smtp://u:p@mail.example:587',
      ADAPTER_TIMEOUT_MS: '5000',
    });
    expect(config).toEqual({
      baseUrls: { erap: 'https://erap.example/api', 'gbd-fl': 'https://shep.example/gbd', 'court-system': 'https://court.example' },
      smtpUrl: 'smtp://u:p@mail.example:587',
      timeoutMs: 5000,
    });
  });
});
