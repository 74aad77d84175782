import { describe, expect, it } from 'vitest';
import { DEFAULT_SIOPSO_OUTCOME_RATES, checkOutcomeRates, siopsoErrorOf, siopsoOutcomeOf, type SiopsoOutcome } from './outcomes';
import { SIOPSO_REQUEST_TYPES } from './request-types';

const refs = Array.from({ length: 1_000 }, (_, i) => `request-${i}`);

function tally(seed: number): Record<SiopsoOutcome, number> {
  const counts: Record<SiopsoOutcome, number> = { answered: 0, late: 0, failed: 0 };
  for (const ref of refs) counts[siopsoOutcomeOf(seed, ref)]++;
  return counts;
}

describe('СИОПСО simulated outcomes', () => {
  it('ENF-7: over 1,000 requestRefs about 70 % answer on time, 20 % late, 10 % with an error', () => {
    for (const seed of [1, 2, 42]) {
      const counts = tally(seed);
      expect(counts.answered).toBeGreaterThan(640);
      expect(counts.answered).toBeLessThan(760);
      expect(counts.late).toBeGreaterThan(150);
      expect(counts.late).toBeLessThan(250);
      expect(counts.failed).toBeGreaterThan(60);
      expect(counts.failed).toBeLessThan(140);
    }
  });

  it('ENF-7: the outcome is fixed by seed and requestRef, and another seed draws differently', () => {
    const first = refs.map((ref) => siopsoOutcomeOf(1, ref));
    expect(refs.map((ref) => siopsoOutcomeOf(1, ref))).toEqual(first);
    expect(refs.map((ref) => siopsoOutcomeOf(2, ref))).not.toEqual(first);
  });

  it('ENF-7: rates are configurable; zero rates answer everything on time; invalid rates are refused', () => {
    expect(refs.every((ref) => siopsoOutcomeOf(1, ref, { late: 0, failed: 0 }) === 'answered')).toBe(true);
    expect(refs.every((ref) => siopsoOutcomeOf(1, ref, { late: 0, failed: 1 }) === 'failed')).toBe(true);
    expect(checkOutcomeRates(DEFAULT_SIOPSO_OUTCOME_RATES)).toEqual({ late: 0.2, failed: 0.1 });
    expect(() => checkOutcomeRates({ late: 0.6, failed: 0.5 })).toThrow(RangeError);
    expect(() => checkOutcomeRates({ late: -0.1, failed: 0 })).toThrow(RangeError);
  });

  it('ENF-7 X-1: agency errors are kk/ru texts naming the service, a few different ones, stable per request', () => {
    const texts = new Set<string>();
    for (const type of SIOPSO_REQUEST_TYPES) {
      for (const ref of refs.slice(0, 40)) {
        const error = siopsoErrorOf(1, ref, type.code);
        expect(error.kk.length * error.ru.length).toBeGreaterThan(0);
        expect(error.kk).not.toBe(error.ru);
        expect(error.ru).toMatch(/^Ведомство /);
        expect(error.ru).toMatch(/повторите запрос|отправьте запрос заново/);
        expect(siopsoErrorOf(1, ref, type.code)).toEqual(error);
        texts.add(error.ru);
      }
    }
    expect(texts.size).toBeGreaterThanOrEqual(4);
    expect([...texts]).toContain('Ведомство не ответило: сервис ГБД ФЛ временно недоступен, повторите запрос');
  });
});
