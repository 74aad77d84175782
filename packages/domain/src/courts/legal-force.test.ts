import { KZ_WORKING_CALENDAR } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import type { COURT_ACT_KINDS } from './court-acts';
import { LEGAL_FORCE_RULES, appealBlocksEntry, computeLegalForce, isLegalForceMarkOverdue, legalForceMarkAllowedOn } from './legal-force';
import { legalForceMark, legalForceMarkBytes } from './legal-force-mark';

// Issue 15 item 2 (FILE-15, SIG-6, seed 003 §48–49): the legal-force date on
// the working-day calendar (2026: 9 March moved holiday, 23–25 March Nauryz).
const cal = KZ_WORKING_CALENDAR;
const at = (kind: (typeof COURT_ACT_KINDS)[number], form: 'civil' | 'criminal' | 'administrative', finalFormDate: string, instance: 'first' | 'appeal' = 'first') =>
  computeLegalForce({ kind, form, instance, finalFormDate, calendar: cal });

describe('FILE-15: the date an act enters into legal force', () => {
  it('FILE-15 (ГПК 403 p.3, 240 p.1): a civil decision — one month, in force the next day', () => {
    expect(at('decision', 'civil', '2026-03-02')).toMatchObject({ appealDeadline: '2026-04-02', date: '2026-04-03', rule: { mark: 'C' } });
    // A month from 31 January ends on the last day of February (a Saturday) → Monday 2 March.
    expect(at('decision', 'civil', '2026-01-31')).toMatchObject({ appealDeadline: '2026-03-02', date: '2026-03-03' });
  });

  it('FILE-15 (ГПК 123 p.3–4): a term ending on a weekend or holiday moves to the next working day', () => {
    // 28 Feb (Sat) + 1 month = 28 March (Sat) → Monday 30 March.
    expect(at('decision', 'civil', '2026-02-28')).toMatchObject({ appealDeadline: '2026-03-30', date: '2026-03-31' });
    // 23 Feb + 1 month = 23 March, Nauryz (23–25 March off) → 26 March.
    expect(at('decision', 'civil', '2026-02-23')).toMatchObject({ appealDeadline: '2026-03-26', date: '2026-03-27' });
    // Criminal sentence, 15 days: 8 March + 15 = 23 March (Nauryz) → 26 March.
    expect(at('sentence', 'criminal', '2026-03-08')).toMatchObject({ appealDeadline: '2026-03-26', date: '2026-03-27' });
  });

  it('FILE-15 (ГПК 429 p.1): a civil ruling — 10 working days, weekends and holidays skipped', () => {
    // From Mon 16 March: 17,18,19,20, 26,27, 30,31, 1,2 April (21–25 off).
    expect(at('ruling', 'civil', '2026-03-16')).toMatchObject({ appealDeadline: '2026-04-02', date: '2026-04-03' });
  });

  it('FILE-15 (АППК 168): an administrative decision — two months', () => {
    expect(at('decision', 'administrative', '2026-03-02')).toMatchObject({ appealDeadline: '2026-05-04', date: '2026-05-05' });
  });

  it('FILE-15 (ГПК 431): an appellate act enters into force on its own day; the operative part and the hearing record never by themselves', () => {
    expect(at('resolution', 'civil', '2026-03-02', 'appeal')).toMatchObject({ appealDeadline: null, date: '2026-03-02' });
    expect(at('operative_part', 'civil', '2026-03-02')).toBeNull();
    expect(at('hearing_record', 'civil', '2026-03-02')).toBeNull();
  });

  it('FILE-15: every rule names its source and a mark; the unconfirmed court order is marked U', () => {
    for (const rule of LEGAL_FORCE_RULES) {
      expect(rule.source).not.toBe('');
      expect(['C', 'C2', 'U', 'X']).toContain(rule.mark);
    }
    expect(at('court_order', 'civil', '2026-03-02')?.rule.mark).toBe('U');
  });

  it('FILE-15, SIG-6: an appeal received by the deadline blocks, a later one does not; the mark waits for the date', () => {
    const lf = at('decision', 'civil', '2026-03-02')!;
    expect(appealBlocksEntry(lf, '2026-04-02')).toBe(true);
    expect(appealBlocksEntry(lf, '2026-04-03')).toBe(false);
    expect(appealBlocksEntry({ appealDeadline: null }, '2026-03-01')).toBe(false);
    expect(legalForceMarkAllowedOn('2026-04-03', '2026-04-02')).toBe(false);
    expect(legalForceMarkAllowedOn('2026-04-03', '2026-04-03')).toBe(true);
  });

  it('FILE-15: a mark due today is not overdue yet; the day after, it is', () => {
    expect(isLegalForceMarkOverdue('2026-04-03', '2026-04-03')).toBe(false);
    expect(isLegalForceMarkOverdue('2026-04-03', '2026-04-04')).toBe(true);
  });

  it('SIG-6: the mark is canonical JSON naming the act\'s hash; the chairman\'s carries the reason', () => {
    const base = { act: { id: 'a', kind: 'decision' as const, documentId: 'd', sha256: 'f'.repeat(64) }, case: { id: 'c', number: 'N' },
      court: { id: 'k' }, legalForceDate: '2026-04-03', markedBy: { userId: 'u', iin: '1', name: 'Судья', capacity: 'judge' as const } };
    const text = new TextDecoder().decode(legalForceMarkBytes(legalForceMark(base)));
    expect(text).toContain('"sha256":"ffff');
    expect(text).not.toContain('judgeAbsenceReason');
    expect(new TextDecoder().decode(legalForceMarkBytes(legalForceMark({ ...base, judgeAbsenceReason: 'Демалыста' })))).toContain('Демалыста');
  });
});
