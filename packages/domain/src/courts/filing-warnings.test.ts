import { describe, expect, it } from 'vitest';
import { filingWarningText, filingWarnings, hasBlockingWarning, type FilingWarningsInput } from './filing-warnings';

const BASE: FilingWarningsInput = {
  appendix: [{ position: 1 }, { position: 2 }],
  attachments: [{ position: 1 }, { position: 2 }],
  unreadable: [],
  duplicateOf: null,
  court: { instances: ['first'], forms: ['civil', 'administrative'] },
  service: 'claim',
  form: 'civil',
};

describe('ISSUE-14 item 8: warnings before sending (FILE-5, §37)', () => {
  it('ISSUE-14 item 8: a complete filing to the right court has no warnings', () => {
    expect(filingWarnings(BASE)).toEqual([]);
  });

  it('FILE-5 ISSUE-14 item 8: a listed attachment missing blocks (the server refuses anyway)', () => {
    const w = filingWarnings({ ...BASE, attachments: [{ position: 1 }] });
    expect(w).toEqual([{ code: 'attachments_missing', blocking: true, ground: 'attachments_missing', params: { expected: 2, given: 1 } }]);
    expect(hasBlockingWarning(w)).toBe(true);
    expect(filingWarningText(w[0]!, 'ru')).toContain('В приложении указано документов: 2, а приложено файлов: 1.');
    // Same count but a file at a position the appendix does not list.
    expect(filingWarnings({ ...BASE, attachments: [{ position: 1 }, { position: 3 }] })[0]!.code).toBe('attachments_missing');
  });

  it('ISSUE-14 item 8: an unreadable file and a duplicate warn without blocking', () => {
    const w = filingWarnings({ ...BASE, unreadable: [2, 1, 2], duplicateOf: '7194-20260310-00007' });
    expect(w.map((x) => [x.code, x.blocking, x.ground])).toEqual([
      ['attachment_unreadable', false, 'unreadable'], ['duplicate', false, 'duplicate'],
    ]);
    expect(hasBlockingWarning(w)).toBe(false);
    expect(filingWarningText(w[0]!, 'kk')).toContain('1, 2 позициясындағы файл оқылмайды');
    expect(filingWarningText(w[1]!, 'ru')).toContain('уже зарегистрировано: № 7194-20260310-00007');
  });

  it('ISSUE-14 item 8: a court that does not hear the instance or the form blocks', () => {
    const appeal = filingWarnings({ ...BASE, service: 'appeal' });
    expect(appeal).toEqual([{ code: 'instance_not_heard', blocking: true, ground: 'wrong_court', params: {} }]);
    expect(filingWarnings({ ...BASE, form: 'criminal' }).map((x) => x.code)).toEqual(['form_not_heard']);
    // Hearing-record services follow the target case's instance.
    expect(filingWarnings({ ...BASE, service: 'hearing_record_request', targetInstance: 'first' })).toEqual([]);
    expect(filingWarnings({ ...BASE, service: 'hearing_record_remarks', targetInstance: 'cassation' })[0]!.code).toBe('instance_not_heard');
  });

  it('ISSUE-14 item 8: every warning text is filled in both languages (no braces left)', () => {
    const w = filingWarnings({ ...BASE, attachments: [], unreadable: [1], duplicateOf: '1', service: 'cassation', form: 'criminal' });
    expect(w).toHaveLength(5);
    for (const x of w) for (const locale of ['kk', 'ru'] as const) expect(filingWarningText(x, locale)).not.toMatch(/[{}]/);
  });
});
