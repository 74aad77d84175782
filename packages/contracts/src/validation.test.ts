import { describe, expect, it } from 'vitest';
import { findUncleanText, isoDate, isoDateTime, queueCursor, text, uuid } from './validation';

describe('issue 11 item 6: the shared validation primitives', () => {
  it('issue 11 item 6 X-3: uuid is a real UUID — 36 dashes, emoji and near misses fail', () => {
    expect(uuid.safeParse('0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11').success).toBe(true);
    for (const bad of ['-'.repeat(36), '😀', '0b6c1f7e9a3d4c558f512f6b1f0e7a11', '0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a1g', '']) {
      expect(uuid.safeParse(bad).success, bad).toBe(false);
    }
  });
  it('issue 11 item 6 X-3: text refuses NUL, control characters and unpaired surrogates; multiline keeps line breaks', () => {
    const line = text(20);
    expect(line.parse('  Арман 😀 ')).toBe('Арман 😀');
    for (const bad of ['a\u0000b', 'a\u0007', 'a\nb', '\ud800', 'x\udc00', 'x'.repeat(21)]) expect(line.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(text(20, { multiline: true }).safeParse('a\nb\tc').success).toBe(true);
    expect(text(20, { multiline: true }).safeParse('a\u0000b').success).toBe(false);
    expect(text(5, { min: 1 }).safeParse('   ').success).toBe(false);
  });
  it('issue 11 item 6 X-3: isoDate is a real calendar date within 1900–2100 unless the field says otherwise', () => {
    expect(isoDate().safeParse('2024-02-29').success).toBe(true);
    for (const bad of ['0000-01-01', '2026-02-30', '2025-02-29', '1899-12-31', '2101-01-01', '2026-1-1', '20260101']) {
      expect(isoDate().safeParse(bad).success, bad).toBe(false);
    }
    expect(isoDate({ minYear: 1800 }).safeParse('1850-06-01').success).toBe(true);
    expect(isoDateTime().safeParse('2026-03-02T05:00:00Z').success).toBe(true);
    expect(isoDateTime().safeParse('0000-01-01T00:00:00Z').success).toBe(false);
  });
  it('issue 11 item 6 ENF-2: the queue cursor must decode to an instant and a UUID', () => {
    const good = Buffer.from('2026-03-02T05:00:00.000Z|0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11').toString('base64url');
    expect(queueCursor.safeParse(good).success).toBe(true);
    for (const at of ['0000-01-01T00:00:00.000Z', 'x']) {
      expect(queueCursor.safeParse(Buffer.from(`${at}|0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11`).toString('base64url')).success, at).toBe(false);
    }
    expect(queueCursor.safeParse(Buffer.from(`2026-03-02T05:00:00.000Z|${'-'.repeat(36)}`).toString('base64url')).success).toBe(false);
  });
  it('issue 11 item 6: the global guard finds the first unclean string anywhere in a request part', () => {
    expect(findUncleanText({ a: ['ok', { b: 'x\u0000' }] })).toBe('a.1.b');
    expect(findUncleanText({ a: 'line\nbreak', n: 1 })).toBeNull();
    expect(findUncleanText('\ud800')).toBe('');
  });
});
