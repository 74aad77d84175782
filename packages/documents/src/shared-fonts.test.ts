import { describe, expect, it } from 'vitest';
import { twoGenerationCache } from './shared-fonts';

describe('twoGenerationCache (ISSUE-18 item 7: a long-running server keeps its PDF shaping cache bounded)', () => {
  it('ISSUE-18: never holds more than two generations, and drops what was not asked for again', () => {
    const cache = twoGenerationCache<number>(3);
    for (let i = 0; i < 100; i += 1) {
      cache.set(`word-${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(6);
    }
    expect(cache.get('word-0')).toBeUndefined();
    expect(cache.get('word-99')).toBe(99);
  });

  it('ISSUE-18: a word asked for in every round survives any number of new words', () => {
    const cache = twoGenerationCache<string>(4);
    cache.set('Қаулы', 'run');
    for (let i = 0; i < 50; i += 1) {
      cache.set(`name-${i}`, 'other');
      if (i % 3 === 0) expect(cache.get('Қаулы')).toBe('run');
    }
    expect(cache.get('Қаулы')).toBe('run');
    // Not asked for: gone after two generations.
    cache.set('once', 'x');
    for (let i = 0; i < 9; i += 1) cache.set(`later-${i}`, 'y');
    expect(cache.get('once')).toBeUndefined();
  });
});
