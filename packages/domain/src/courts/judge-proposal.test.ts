import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { proposeJudge, type JudgeCandidate, type JudgeProposal } from './judge-proposal';

const judge = (userId: string, over: Partial<JudgeCandidate> = {}): JudgeCandidate => ({
  userId, name: `Судья ${userId}`, specialisations: ['civil'], active: true, openCases: 10, assignedLast30Days: 5, ...over,
});
const ok = (r: JudgeProposal | DomainError): JudgeProposal => {
  if (r instanceof DomainError) throw r;
  return r;
};

describe('FILE-11 ISSUE-14 item 6: automatic proposal of a judge', () => {
  it('FILE-11 ISSUE-14 item 6: the least loaded specialised active judge wins, with the reason in kk and ru', () => {
    const r = ok(proposeJudge([
      judge('u-a', { openCases: 12 }), judge('u-b', { openCases: 7 }), judge('u-c', { openCases: 3, active: false }),
      judge('u-d', { openCases: 1, specialisations: ['criminal'] }),
    ], { form: 'civil' }));
    expect(r.userId).toBe('u-b');
    expect(r.basis).toBe('specialisation');
    expect(r.reason.ru).toBe('Предложен(а) Судья u-b из 2 судей, специализирующихся на категории «Гражданское дело»: '
      + 'наименьшая нагрузка (открытых дел: 7, распределено за 30 дней: 5).');
    expect(r.reason.kk).toContain('ең аз жүктеме (ашық істер: 7');
  });

  it('FILE-11 ISSUE-14 item 6: a category code in the specialisations matches too', () => {
    const r = ok(proposeJudge([judge('u-a', { openCases: 1 }), judge('u-b', { specialisations: ['family'], openCases: 9 })],
      { form: 'administrative', category: 'family' }));
    expect(r).toMatchObject({ userId: 'u-b', basis: 'specialisation' });
  });

  it('FILE-11 ISSUE-14 item 6: ties go to fewer recent assignments, then the smaller userId — in any input order', () => {
    const a = judge('u-b', { assignedLast30Days: 2 });
    const b = judge('u-a', { assignedLast30Days: 4 });
    expect(ok(proposeJudge([b, a], { form: 'civil' })).userId).toBe('u-b');
    expect(ok(proposeJudge([a, b], { form: 'civil' })).reason.ru).toContain('за последние 30 дней распределено меньше всего дел');
    const same = [judge('u-z'), judge('u-m'), judge('u-q')];
    expect(ok(proposeJudge(same, { form: 'civil' })).userId).toBe('u-m');
    expect(ok(proposeJudge([...same].reverse(), { form: 'civil' })).reason.ru).toContain('выбран по порядку списка');
  });

  it('FILE-11 ISSUE-14 item 6: no specialised judge → any active judge, and the reason says so', () => {
    const r = ok(proposeJudge([judge('u-a', { specialisations: ['civil'], openCases: 4 }), judge('u-b', { specialisations: [], openCases: 2 })],
      { form: 'criminal' }));
    expect(r).toMatchObject({ userId: 'u-b', basis: 'fallback' });
    expect(r.reason.ru).toContain('судей со специализацией «Уголовное дело» нет, поэтому из всех 2 активных судей');
  });

  it('FILE-11 ISSUE-14 item 6: no active judge is a DomainError', () => {
    const r = proposeJudge([judge('u-a', { active: false })], { form: 'civil' });
    expect(r instanceof DomainError && r.code).toBe('courts.no_judge_available');
    expect(proposeJudge([], { form: 'civil' })).toBeInstanceOf(DomainError);
  });
});
