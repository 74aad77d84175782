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
