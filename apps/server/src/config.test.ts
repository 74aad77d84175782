import { describe, expect, it } from 'vitest';
import { isProxyEntry, loadConfig } from './config';

const base = { NODE_ENV: 'test', DATA_DIR: '/nonexistent' };

describe('issue 11 item 3: TRUSTED_PROXIES', () => {
  it('issue 11 item 3 (X-3): no proxy is trusted by default', () => {
    expect(loadConfig(base).trustedProxies).toEqual([]);
  });

  it('issue 11 item 3 (X-3): addresses and CIDR ranges, IPv4 and IPv6, are accepted', () => {
    const config = loadConfig({ ...base, TRUSTED_PROXIES: ' 10.0.0.5, 10.1.0.0/16 ,fd00::/8,::1,2001:db8::1/128' });
    expect(config.trustedProxies).toEqual(['10.0.0.5', '10.1.0.0/16', 'fd00::/8', '::1', '2001:db8::1/128']);
  });

  it('issue 11 item 3 (X-3): anything else stops the start with the variable named', () => {
    for (const bad of ['*', 'true', 'proxy.example', '10.0.0.0/33', 'fd00::/129', '10.0.0.1/8/1', '10.0.0.256', '10.0.0.0/-1', '10.0.0.0/']) {
      expect(isProxyEntry(bad), bad).toBe(false);
      expect(() => loadConfig({ ...base, TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe('issue 11 items 2 and 4: configuration', () => {
  it('issue 11 item 2 X-3: production never seeds demo data nor issues demo keys, whatever the variables say, and warns when asked', () => {
    const asked = loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', DEMO_KEYS: 'true' });
    expect({ seedDemo: asked.seedDemo, demoKeys: asked.trust.demoKeys }).toEqual({ seedDemo: false, demoKeys: false });
    expect(asked.warnings).toEqual([
      'SEED_DEMO=true is ignored in production: demo data is never seeded there',
      'DEMO_KEYS=true is ignored in production: demo key files are never issued there',
    ]);
    const quiet = loadConfig({ NODE_ENV: 'production' });
    expect({ seedDemo: quiet.seedDemo, demoKeys: quiet.trust.demoKeys, warnings: quiet.warnings }).toEqual({ seedDemo: false, demoKeys: false, warnings: [] });
    const dev = loadConfig({});
    expect({ seedDemo: dev.seedDemo, demoKeys: dev.trust.demoKeys, warnings: dev.warnings }).toEqual({ seedDemo: true, demoKeys: true, warnings: [] });
    expect(loadConfig({ SEED_DEMO: 'false' }).trust.demoKeys).toBe(false);
  });

  it('issue 11 item 4 SIG-4: the system organisation\'s BIN defaults to the dev one and must be a valid BIN', () => {
    expect(loadConfig({}).system).toMatchObject({ organisationBin: '220140000008', organisationBinConfigured: false, keyFile: null, keyPin: null });
    expect(loadConfig({ SYSTEM_ORGANISATION_BIN: '120340000004' }).system).toMatchObject({ organisationBin: '120340000004', organisationBinConfigured: true });
    expect(() => loadConfig({ SYSTEM_ORGANISATION_BIN: '120340000005' })).toThrow(/SYSTEM_ORGANISATION_BIN: a BIN/);
  });
});
