import { describe, expect, it } from 'vitest';
import { requestStateSchema } from './contract';

const base = {
  requestId: 'r-1',
  requestRef: 'ref-1',
  type: 'gbd_fl_person',
  debtorIin: '880412300110',
  proceedingNumber: '1-2026-000001',
  sentAt: '2026-03-10T09:00:00.000Z',
};

describe('СИОПСО wire contract', () => {
  it('ENF-7: a failed request carries a kk/ru error and no answer', () => {
    const error = { kk: 'Ведомство жауап бермеді', ru: 'Ведомство не ответило' };
    expect(requestStateSchema.parse({ ...base, status: 'failed', answer: null, error })).toMatchObject({ status: 'failed', error });
  });

  it('ENF-7: `error` is optional on the wire (a СИОПСО without error answers) and null in the state when absent', () => {
    expect(requestStateSchema.parse({ ...base, status: 'pending', answer: null })).toMatchObject({ status: 'pending', error: null });
    expect(requestStateSchema.parse({ ...base, status: 'pending', answer: null, error: null }).error).toBeNull();
  });

  it('ENF-7: unknown statuses and half-translated errors are refused', () => {
    expect(requestStateSchema.safeParse({ ...base, status: 'lost', answer: null }).success).toBe(false);
    expect(requestStateSchema.safeParse({ ...base, status: 'failed', answer: null, error: { ru: 'Ошибка' } }).success).toBe(false);
  });
});
