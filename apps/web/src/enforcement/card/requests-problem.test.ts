import { describe, expect, it } from 'vitest';
import { kk } from '../../i18n/kk.ts';
import { ru } from '../../i18n/ru.ts';
import { problemKey } from './requests-tab.tsx';

describe('ENF-7: a request that could not be sent says why, in both languages', () => {
  it('ENF-7: known failure codes map to their own text, anything else to a plain sending error', () => {
    for (const code of ['unavailable', 'timeout', 'rejected', 'bad_response', 'not_found', 'agency_error']) {
      expect(problemKey(code)).toBe(code);
      expect(ru.enf.requests.problem[problemKey(code)]).toMatch(/\S/);
      expect(kk.enf.requests.problem[problemKey(code)]).toMatch(/\S/);
    }
    expect(problemKey('socket hang up')).toBe('error');
    expect(ru.enf.requests.problem.error).toBe('Ошибка отправки');
  });
});
