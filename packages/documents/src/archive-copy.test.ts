import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderArchivePaperCopy } from './archive-copy';
import { readProof } from './hybrid-pdf';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'test-fixtures', 'attachments', name)));
const input = (original: { bytes: Uint8Array; mediaType: string; fileName: string }) => ({
  heading: 'Электрондық құжаттың қағаз көшірмесі / Копия электронного документа',
  rows: [['Қол қойды / Подписал', 'Әлиев Ұлан, 02.03.2026 10:00'], ['SHA-256', 'a'.repeat(64)]] as const,
  verifyUrl: 'https://oryndau.example/verify/00000000-0000-4000-8000-000000000000', verifyNote: 'Тексеру / Проверка',
  date: new Date('2026-03-02T05:00:00Z'), original,
});

describe('FILE-17 §61 p.4: the paper copy of an archived document', () => {
  it('FILE-17: a PDF keeps its pages, each stamped (a drawn form XObject); the same input gives the same bytes', async () => {
    const original = fixture('claim-libreoffice.pdf');
    const copy = await renderArchivePaperCopy(input({ bytes: original, mediaType: 'application/pdf', fileName: 'claim.pdf' }), 'note');
    const before = await PDFDocument.load(original);
    const after = await PDFDocument.load(copy);
    expect(after.getPageCount()).toBe(before.getPageCount());
    expect(copy.length).toBeGreaterThan(original.length);
    expect(await renderArchivePaperCopy(input({ bytes: original, mediaType: 'application/pdf', fileName: 'claim.pdf' }), 'note')).toEqual(copy);
  });

  it('FILE-17: another format gets a cover page with the original embedded (a JPEG also printed on a page of its own)', async () => {
    const jpeg = fixture('scan.jpg');
    const copy = await PDFDocument.load(await renderArchivePaperCopy(input({ bytes: jpeg, mediaType: 'image/jpeg', fileName: 'scan.jpg' }), 'note'));
    expect(copy.getPageCount()).toBe(2);
    const original = fixture('claim.docx');
    const bytes = await renderArchivePaperCopy(input({ bytes: original, fileName: 'claim.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), 'note');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const embedded = await readProof(bytes);
    expect(embedded.status).toBe('read');
    expect(embedded.status === 'read' ? embedded.files.map((f) => [f.name, Buffer.from(f.bytes).equals(Buffer.from(original))]) : [])
      .toEqual([['claim.docx', true]]);
  });
});
