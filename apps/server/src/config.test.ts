import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATORS_PORT, isProxyEntry, journalWitnesses, loadConfig } from './config';

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

  it('ENP-9, SIMP-3: delivered messages\' credentials are masked in the outbox by default in production only, and on request', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).scrubOutboxSecrets).toBe(true);
    expect(loadConfig({}).scrubOutboxSecrets).toBe(false);
    expect(loadConfig({ OUTBOX_SCRUB_SECRETS: 'true' }).scrubOutboxSecrets).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', OUTBOX_SCRUB_SECRETS: 'false' }).scrubOutboxSecrets).toBe(false);
  });

  it('issue 11 item 4 SIG-4: the system organisation\'s BIN defaults to the dev one and must be a valid BIN', () => {
    expect(loadConfig({}).system).toMatchObject({ organisationBin: '220140000008', organisationBinConfigured: false, keyFile: null, keyPin: null });
    expect(loadConfig({ SYSTEM_ORGANISATION_BIN: '120340000004' }).system).toMatchObject({ organisationBin: '120340000004', organisationBinConfigured: true });
    expect(() => loadConfig({ SYSTEM_ORGANISATION_BIN: '120340000005' })).toThrow(/SYSTEM_ORGANISATION_BIN: a BIN/);
  });
});

describe('issue 12: the journal\'s sealer and witnesses', () => {
  it('X-2: JOURNAL_WITNESSES takes http(s) endpoints, e-mail addresses and directories; anything else stops the start', () => {
    expect(journalWitnesses('https://witness.example/heads, mailto:auditor@example.kz,archive@example.kz, file:///srv/heads,/var/heads')).toEqual([
      { kind: 'http', url: 'https://witness.example/heads' },
      { kind: 'email', address: 'auditor@example.kz' },
      { kind: 'email', address: 'archive@example.kz' },
      { kind: 'directory', path: '/srv/heads' },
      { kind: 'directory', path: '/var/heads' },
    ]);
    expect(journalWitnesses('')).toEqual([]);
    expect(() => journalWitnesses('relative/dir')).toThrow(/JOURNAL_WITNESSES entry "relative\/dir"/);
    expect(() => journalWitnesses('ftp://x.example')).toThrow(/JOURNAL_WITNESSES/);
  });

  it('X-2: a directory witness by default outside production, none in production; JOURNAL_SEAL_SECONDS in milliseconds', () => {
    const dev = loadConfig({ NODE_ENV: 'development', DATA_DIR: '/data/oryndau' });
    expect(dev.journal).toEqual({ sealMs: 1000, witnesses: [{ kind: 'directory', path: '/data/oryndau/journal-witness' }] });
    const production = loadConfig({ NODE_ENV: 'production', JOURNAL_SEAL_SECONDS: '2.5' });
    expect(production.journal).toEqual({ sealMs: 2500, witnesses: [] });
    expect(() => loadConfig({ NODE_ENV: 'development', JOURNAL_SEAL_SECONDS: '0' })).toThrow(/JOURNAL_SEAL_SECONDS/);
  });
});

describe('ISSUE-13 item 14: the simulators\' port', () => {
  it('ISSUE-13 item 14: a fixed, documented default outside tests, overridable; tests take any free port', () => {
    expect(DEFAULT_SIMULATORS_PORT).toBe(3199);
    expect(loadConfig({}).simulators).toEqual({ port: 3199, fixed: false });
    expect(loadConfig({ NODE_ENV: 'development' }).simulators).toEqual({ port: 3199, fixed: false });
    expect(loadConfig(base).simulators).toEqual({ port: 0, fixed: false });
    expect(loadConfig({ SIMULATORS_PORT: '4100' }).simulators).toEqual({ port: 4100, fixed: true });
    expect(() => loadConfig({ SIMULATORS_PORT: 'x' })).toThrow(/SIMULATORS_PORT/);
  });
});

describe('ISSUE-14 item 4: stored files and the attachment size limit', () => {
  it('ISSUE-14 item 4, FILE-1: files under $DATA_DIR/files and 10 MB per attachment by default; both settings override', () => {
    expect(loadConfig(base).files).toEqual({ directory: '/nonexistent/files', attachmentMaxBytes: 10 * 1024 * 1024 });
    expect(loadConfig({ ...base, FILES_DIR: '/srv/oryndau-files', ATTACHMENT_MAX_BYTES: '5242880' }).files)
      .toEqual({ directory: '/srv/oryndau-files', attachmentMaxBytes: 5 * 1024 * 1024 });
    expect(() => loadConfig({ ...base, ATTACHMENT_MAX_BYTES: 'ten megabytes' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadConfig({ ...base, ATTACHMENT_MAX_BYTES: '0' })).toThrow(/ATTACHMENT_MAX_BYTES/);
  });
});
