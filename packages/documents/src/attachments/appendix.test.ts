import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAttachments } from '.';

const FIXTURES = join(import.meta.dirname, '../../test-fixtures/attachments');
const file = (name: string, fileName = name) => ({ bytes: new Uint8Array(readFileSync(join(FIXTURES, name))), fileName });

describe('ISSUE-14 item 4: the appendix and the files (FILE-5)', () => {
  it('ISSUE-14 item 4, FILE-5: two listed documents and two readable files pass', () => {
    const check = checkAttachments([file('claim.docx'), file('scan.jpg')], 2);
    expect(check).toMatchObject({ ok: true, countMatchesAppendix: true, missingFiles: 0, extraFiles: 0 });
    expect(check.files.map((f) => f.ok && f.kind)).toEqual(['docx', 'jpeg']);
  });

  it('ISSUE-14 items 4 and 9, FILE-5: a listed document without its file, or a file the appendix does not list, fails the count', () => {
    expect(checkAttachments([file('claim.docx')], 3)).toMatchObject({ ok: false, countMatchesAppendix: false, missingFiles: 2, extraFiles: 0 });
    expect(checkAttachments([file('claim.docx'), file('scan.jpg')], 1)).toMatchObject({ ok: false, countMatchesAppendix: false, missingFiles: 0, extraFiles: 1 });
  });

  it('ISSUE-14 items 4 and 9, FILE-1: the right count with an unreadable file still fails, and says which file', () => {
    const whole = file('claim.docx');
    const check = checkAttachments([file('claim-libreoffice.pdf'), { bytes: whole.bytes.subarray(0, 1000), fileName: 'claim.docx' }], 2, { maxBytes: 1_000_000 });
    expect(check.countMatchesAppendix).toBe(true);
    expect(check.ok).toBe(false);
    expect(check.files).toEqual([{ ok: true, kind: 'pdf', mediaType: 'application/pdf' }, { ok: false, problem: 'unreadable' }]);
  });
});
