import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MEDIA_TYPES, DEFAULT_ATTACHMENT_MAX_BYTES, extensionOf, recogniseAttachment } from '.';

const FIXTURES = join(import.meta.dirname, '../../test-fixtures/attachments');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A minimal ZIP writer (stored entries, no compression) for archives no tool would make on purpose. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
  let count = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = [...ascii(name)];
    const data = [...ascii(text)];
    const offset = locals.length;
    // CRC is left 0: the recogniser does not decompress, and this archive is only ever read by it.
    const common = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0)];
    locals.push(...u32(0x04034b50), ...common, ...nameBytes, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
    count++;
  }
  const eocd = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(locals.length), ...u16(0)];
  return new Uint8Array([...locals, ...central, ...eocd]);
}

describe('ISSUE-14 item 4: attachments recognised by content (FILE-1)', () => {
  it.each([
    ['claim-libreoffice.pdf', 'pdf'],
    ['receipt-pdf-lib.pdf', 'pdf'],
    ['claim.docx', 'docx'],
    ['claim.doc', 'doc'],
    ['calculation.xlsx', 'xlsx'],
    ['scan.jpg', 'jpeg'],
    ['scan-progressive.jpg', 'jpeg'],
  ] as const)('ISSUE-14 item 4, FILE-1: the real file %s is a %s', (name, kind) => {
    expect(recogniseAttachment(fixture(name), name)).toEqual({ ok: true, kind, mediaType: ATTACHMENT_MEDIA_TYPES[kind] });
  });

  it('ISSUE-14 item 4, FILE-1: extensions are compared without case; .jpeg and .jpg both name a JPEG', () => {
    expect(recogniseAttachment(fixture('scan.jpg'), 'СКАН.JPEG')).toMatchObject({ ok: true, kind: 'jpeg' });
    expect(recogniseAttachment(fixture('claim.docx'), 'C:\\Users\\a\\Талап арыз.DOCX')).toMatchObject({ ok: true, kind: 'docx' });
    expect(extensionOf('archive.tar.gz')).toBe('gz');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('dir.v2/claim')).toBe('');
  });

  it('ISSUE-14 item 4, FILE-1: an .exe renamed .pdf is of an unknown type', () => {
    const exe = new Uint8Array(4096);
    exe.set(ascii('MZ'), 0);
    exe.set(ascii('This program cannot be run in DOS mode.'), 78);
    exe.set(ascii('PE\0\0'), 128);
    expect(recogniseAttachment(exe, 'claim.pdf')).toEqual({ ok: false, problem: 'unknown_type' });
  });

  it('ISSUE-14 item 4, FILE-1: an RTF saved as .doc, an .xls workbook and a plain text are not accepted kinds', () => {
    expect(recogniseAttachment(fixture('rtf-named.doc'), 'rtf-named.doc')).toEqual({ ok: false, problem: 'unknown_type' });
    expect(recogniseAttachment(fixture('calculation.xls'), 'calculation.xls')).toEqual({ ok: false, problem: 'unknown_type' });
    expect(recogniseAttachment(ascii('Талап арыз'), 'claim.pdf')).toEqual({ ok: false, problem: 'unknown_type' });
  });

  it('ISSUE-14 item 4, FILE-1: a ZIP that is not an Office document, or a macro-enabled one, is of an unknown type', () => {
    const plainZip = zip({ 'mimetype': 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect(recogniseAttachment(plainZip, 'claim.docx')).toEqual({ ok: false, problem: 'unknown_type' });
    const minimalDocx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(recogniseAttachment(minimalDocx, 'claim.docx')).toMatchObject({ ok: true, kind: 'docx' });
    const minimalXlsx = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(recogniseAttachment(minimalXlsx, 'calc.xlsx')).toMatchObject({ ok: true, kind: 'xlsx' });
    const noContentTypes = zip({ 'word/document.xml': '<w:document/>' });
    expect(recogniseAttachment(noContentTypes, 'claim.docx')).toEqual({ ok: false, problem: 'unknown_type' });
    const docm = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>', 'word/vbaProject.bin': 'macro' });
    expect(recogniseAttachment(docm, 'claim.docx')).toEqual({ ok: false, problem: 'unknown_type' });
  });

  it('ISSUE-14 item 4, FILE-1: a real PDF named .docx, or a name with no extension, is a name mismatch', () => {
    expect(recogniseAttachment(fixture('receipt-pdf-lib.pdf'), 'claim.docx')).toEqual({ ok: false, problem: 'name_mismatch', kind: 'pdf' });
    expect(recogniseAttachment(fixture('claim.docx'), 'claim.doc')).toEqual({ ok: false, problem: 'name_mismatch', kind: 'docx' });
    expect(recogniseAttachment(fixture('claim.doc'), 'claim')).toEqual({ ok: false, problem: 'name_mismatch', kind: 'doc' });
  });

  it('ISSUE-14 items 4 and 9: a truncated DOCX or XLSX cannot be read', () => {
    for (const name of ['claim.docx', 'calculation.xlsx']) {
      const whole = fixture(name);
      for (const keep of [whole.length - 1, whole.length - 22, Math.floor(whole.length / 2), 30]) {
        expect(recogniseAttachment(whole.subarray(0, keep), name), `${name} cut to ${keep}`).toEqual({ ok: false, problem: 'unreadable' });
      }
    }
  });

  it('ISSUE-14 items 4 and 9: a DOCX whose central directory points past its data cannot be read', () => {
    const minimal = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const broken = minimal.slice();
    // The EOCD's central-directory offset (its bytes 16..19) moved one byte on.
    const eocd = broken.length - 22;
    broken[eocd + 16] = (broken[eocd + 16] ?? 0) + 1;
    expect(recogniseAttachment(broken, 'claim.docx')).toEqual({ ok: false, problem: 'unreadable' });
    // A stored entry that claims more data than lies before the central directory.
    const oversized = minimal.slice();
    const central = oversized.length - 22 - (46 + 19) - (46 + 17);
    oversized[central + 20] = 0xff;
    expect(recogniseAttachment(oversized, 'claim.docx')).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('ISSUE-14 items 4 and 9: a truncated or damaged PDF cannot be read', () => {
    for (const name of ['claim-libreoffice.pdf', 'receipt-pdf-lib.pdf']) {
      const whole = fixture(name);
      expect(recogniseAttachment(whole.subarray(0, whole.length - 8), name)).toEqual({ ok: false, problem: 'unreadable', kind: 'pdf' });
      expect(recogniseAttachment(whole.subarray(0, Math.floor(whole.length / 2)), name)).toEqual({ ok: false, problem: 'unreadable', kind: 'pdf' });
      // startxref pointing at the wrong place.
      const text = new TextDecoder('latin1').decode(whole);
      const wrong = text.replace(/startxref\s+(\d+)/, (_m, n: string) => `startxref\n${Number(n) - 3}`);
      expect(recogniseAttachment(Uint8Array.from(wrong, (c) => c.charCodeAt(0)), name)).toEqual({ ok: false, problem: 'unreadable', kind: 'pdf' });
    }
    expect(recogniseAttachment(ascii('%PDF-1.7\n%%EOF\n'), 'a.pdf')).toEqual({ ok: false, problem: 'unreadable', kind: 'pdf' });
  });

  it('ISSUE-14 items 4 and 9: a truncated or damaged DOC cannot be read', () => {
    const whole = fixture('claim.doc');
    for (const keep of [whole.length - 512, Math.floor(whole.length / 2), 600, 100]) {
      expect(recogniseAttachment(whole.subarray(0, keep), 'claim.doc'), `cut to ${keep}`).toEqual({ ok: false, problem: 'unreadable' });
    }
    const badSectorSize = whole.slice();
    badSectorSize[30] = 10; // 1024-byte sectors do not exist in version 3
    expect(recogniseAttachment(badSectorSize, 'claim.doc')).toEqual({ ok: false, problem: 'unreadable' });
    const badByteOrder = whole.slice();
    badByteOrder[28] = 0xff;
    expect(recogniseAttachment(badByteOrder, 'claim.doc')).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('ISSUE-14 items 4 and 9: a truncated JPEG, or one with no frame, cannot be read', () => {
    for (const name of ['scan.jpg', 'scan-progressive.jpg']) {
      const whole = fixture(name);
      expect(whole[whole.length - 2]).toBe(0xff);
      expect(whole[whole.length - 1]).toBe(0xd9);
      expect(recogniseAttachment(whole.subarray(0, whole.length - 2), name)).toEqual({ ok: false, problem: 'unreadable', kind: 'jpeg' });
      expect(recogniseAttachment(whole.subarray(0, Math.floor(whole.length / 2)), name)).toEqual({ ok: false, problem: 'unreadable', kind: 'jpeg' });
    }
    expect(recogniseAttachment(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 'a.jpg')).toEqual({ ok: false, problem: 'unreadable', kind: 'jpeg' });
  });

  it('ISSUE-14 item 4, FILE-1: an empty file is empty; a file over the limit is too large (default 10 MB, or the setting)', () => {
    expect(recogniseAttachment(new Uint8Array(0), 'claim.pdf')).toEqual({ ok: false, problem: 'empty' });
    expect(DEFAULT_ATTACHMENT_MAX_BYTES).toBe(10 * 1024 * 1024);
    const docx = fixture('claim.docx');
    expect(recogniseAttachment(docx, 'claim.docx', { maxBytes: docx.length })).toMatchObject({ ok: true });
    expect(recogniseAttachment(docx, 'claim.docx', { maxBytes: docx.length - 1 })).toEqual({ ok: false, problem: 'too_large' });
    const big = new Uint8Array(DEFAULT_ATTACHMENT_MAX_BYTES + 1);
    big.set(fixture('receipt-pdf-lib.pdf'));
    expect(recogniseAttachment(big, 'big.pdf')).toEqual({ ok: false, problem: 'too_large' });
  });

  it('ISSUE-14 item 9: the recogniser uses no Node API, so the browser can warn with it before sending', () => {
    const sources = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) expect(readFileSync(join(import.meta.dirname, file), 'utf8'), file).not.toMatch(/from '(node:|fs|path|zlib|buffer)/);
  });
});
