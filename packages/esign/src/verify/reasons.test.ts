import { describe, expect, it } from 'vitest';
import { REASON_CODES, REASON_TEXT, reason } from './reasons';

describe('reasons (X-1 kk/ru)', () => {
  it('SIG-4: every reason code has a Kazakh and a Russian text, all distinct', () => {
    for (const code of REASON_CODES) {
      const text = REASON_TEXT[code];
      expect(text.kk.length, code).toBeGreaterThan(5);
      expect(text.ru.length, code).toBeGreaterThan(5);
      expect(text.kk).not.toBe(text.ru);
    }
    expect(new Set(REASON_CODES.map((c) => REASON_TEXT[c].kk)).size).toBe(REASON_CODES.length);
    expect(new Set(REASON_CODES.map((c) => REASON_TEXT[c].ru)).size).toBe(REASON_CODES.length);
    expect(reason('signature_invalid')).toEqual({ code: 'signature_invalid', kk: 'Қолтаңба жарамсыз', ru: 'Подпись недействительна' });
  });
});
