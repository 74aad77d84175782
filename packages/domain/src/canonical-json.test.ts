import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

// X-2, SIG-7: the journal's leaves and the signed filing manifests hash these bytes, so they must never change.

/** The definition, written the plain way: entries filtered, sorted by code units, mapped. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('cannot serialise');
    return text;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => reference(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${reference(item)}`).join(',')}}`;
}

/** A small deterministic generator (no randomness in tests): values of every JSON kind, nested. */
function* values(seed: number): Generator<unknown> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const keys = ['b', 'a', 'é', 'Ä', 'z', '10', '9', 'қ', 'ж', 'a b', '"q"', '\u0000', '😀', 'A'];
  const make = (depth: number): unknown => {
    const r = next();
    if (depth > 3 || r < 0.3) {
      const leaf = [null, true, false, 0, -1.5, 1e21, 'text', 'Қазақстан "q" \\ \n', undefined, new Date(Date.UTC(2026, 11, 4, 5, 6, 7, 89))];
      return leaf[Math.floor(next() * leaf.length)];
    }
    if (r < 0.55) return Array.from({ length: Math.floor(next() * 4) }, () => make(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 6); i > 0; i -= 1) object[keys[Math.floor(next() * keys.length)]!] = make(depth + 1);
    return object;
  };
  for (let i = 0; i < 500; i += 1) yield make(0);
}

describe('canonicalJson', () => {
  it('X-2: keys sorted by UTF-16 code units at every level, no whitespace, undefined members left out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined, { y: 1, x: 2 }], c: 'ж' }, u: undefined, 'é': null, Z: false }))
      .toBe('{"Z":false,"a":{"c":"ж","d":[3,null,{"x":2,"y":1}]},"b":1,"é":null}');
    expect(canonicalJson({ '😀': 1, '\uffff': 2 })).toBe('{"😀":1,"\uffff":2}');
    expect(canonicalJson(new Date(Date.UTC(2026, 0, 2)))).toBe('"2026-01-02T00:00:00.000Z"');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('X-2: the same bytes as the plain definition for 500 generated values', () => {
    for (const value of values(20261204)) {
      if (value === undefined) continue;
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

  it('X-2: what JSON cannot hold is refused, not dropped', () => {
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
