import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './hash-router.ts';

describe('hash router', () => {
  it('maps hashes to routes', () => {
    expect(parseHash('')).toBe('home');
    expect(parseHash('#/')).toBe('home');
    expect(parseHash('#/journal')).toBe('journal');
    expect(parseHash('#/journal/')).toBe('journal');
    expect(parseHash('#/dev/outbox')).toBe('devOutbox');
    expect(parseHash('#/dev/signing')).toBe('devSigning');
    expect(parseHash('#/nowhere')).toBe('notFound');
  });

  it('builds links that parse back', () => {
    for (const route of ['home', 'journal', 'devOutbox', 'devSigning'] as const) expect(parseHash(hrefFor(route))).toBe(route);
  });
});
