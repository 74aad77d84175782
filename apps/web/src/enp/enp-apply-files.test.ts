import { describe, expect, it } from 'vitest';
import { enpApplyTexts } from './enp-apply-texts.ts';
import { fileProblem, MAX_FILE_BYTES } from './enp-apply-files.ts';

describe('ENP-7: the documents of an online application', () => {
  it('ENP-7: PDF and JPEG up to 10 MB pass; another type or a larger file is refused with a kk/ru reason naming it', () => {
    for (const language of ['kk', 'ru'] as const) {
      const t = enpApplyTexts[language];
      expect(fileProblem({ name: 'сенімхат.PDF', size: 1000 }, t)).toBe('');
      expect(fileProblem({ name: 'scan.jpeg', size: MAX_FILE_BYTES }, t)).toBe('');
      expect(fileProblem({ name: 'claim.docx', size: 1000 }, t)).toBe(t.fileType('claim.docx'));
      expect(fileProblem({ name: 'big.pdf', size: MAX_FILE_BYTES + 1 }, t)).toBe(t.fileSize('big.pdf'));
      expect(t.fileType('claim.docx')).toContain('claim.docx');
    }
    expect(enpApplyTexts.kk.fileType('a')).not.toBe(enpApplyTexts.ru.fileType('a'));
  });
});
