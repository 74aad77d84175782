import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { demoWritSigner } from './demo-writ-signer';

// The courts' simulator signs writs with the dev PKI's demo keys; what it
// signs must pass the same verification as any signature our intake takes.

const JUDGE = '710830300000';
const SECRETARY = '950101400002';

let system: System;
beforeAll(async () => {
  ({ system } = await startTestSystem('pglite', { DEMO_KEYS: 'true' }));
});
afterAll(async () => {
  await system?.stop();
});

describe('demo writ signer', () => {
  it('ENF-11: signs detached CMS with the demo judge’s and secretary’s signing keys, valid for the trust', async () => {
    const signer = demoWritSigner(system.trust);
    const content = new TextEncoder().encode('{"externalId":"EAIAS-2026-000001"}');
    const [judge, again, secretary] = await Promise.all([
      signer.sign(JUDGE, content),
      signer.sign(JUDGE, content),
      signer.sign(SECRETARY, content),
    ]);
    const at = new Date();
    const outcome = await system.trust.verify({ cms: judge, content, purpose: 'sign', expectIin: JUDGE, at });
    expect(outcome.valid, JSON.stringify(outcome.reasons)).toBe(true);
    expect(outcome.signer?.iin).toBe(JUDGE);
    expect((await system.trust.verify({ cms: again, content, purpose: 'sign', expectIin: JUDGE, at })).valid).toBe(true);
    expect((await system.trust.verify({ cms: secretary, content, purpose: 'sign', expectIin: SECRETARY, at })).valid).toBe(true);
    // Detached: the signature does not hold over other bytes, nor for another person.
    const changed = new TextEncoder().encode('{"externalId":"EAIAS-2026-000002"}');
    expect((await system.trust.verify({ cms: judge, content: changed, purpose: 'sign', expectIin: JUDGE, at })).valid).toBe(false);
    expect((await system.trust.verify({ cms: judge, content, purpose: 'sign', expectIin: SECRETARY, at })).valid).toBe(false);
  });

  it('ENF-11: an IIN without a demo key is refused with a clear error', async () => {
    const signer = demoWritSigner(system.trust);
    const content = new Uint8Array([1, 2, 3]);
    await expect(signer.sign('900101300006', content)).rejects.toThrow(/no demo signing key for IIN 900101300006/);
    await expect(signer.sign('../../etc/passwd', content)).rejects.toThrow(/not an IIN/);
    // A refused IIN does not poison the signer for the others.
    expect((await signer.sign(JUDGE, content)).length).toBeGreaterThan(100);
  });
});
