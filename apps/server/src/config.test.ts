import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

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
