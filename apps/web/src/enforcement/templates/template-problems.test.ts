import { describe, expect, it } from 'vitest';
import { templateProblems } from './template-problems.ts';

describe('ENF-6: template validation errors from the server', () => {
  it('ENF-6: keeps well-formed problems, with or without a placeholder', () => {
    const unknown = { placeholder: 'debtor.nmae', message: { kk: 'Белгісіз толтырғыш', ru: 'Неизвестный заполнитель' } };
    const braces = { code: 'unbalanced_braces', message: { kk: 'Жақшалар', ru: 'Скобки' } };
    expect(templateProblems({ errors: [unknown, braces, { placeholder: 'x' }, 'text'] })).toEqual([unknown, braces]);
    expect(templateProblems({})).toEqual([]);
  });
});
