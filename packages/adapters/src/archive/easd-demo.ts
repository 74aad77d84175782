import type { DepositBody } from './contract';
import { sha256Hex } from './checksum';

// ENP-10: the archive simulator's demo data — old cases of the archive
// system ИС «ЭАСД», as if scanned long ago, under fixed archive ids so the
// court office can find them (demos, the browser test). Their metadata
// follows the convention the ЭНП reads (packages/domain/src/enp/easd-package.ts):
// the court, the form, the registration day, the participants with IIN and
// category (JSON), and per file its title and day (JSON, by position).
// The people are invented; their IINs carry valid check digits.

/** A one-page PDF with a line of text: a stand-in for a scanned page. */
export function demoScanPdf(line: string): Uint8Array {
  const text = line.replace(/[()\\]/g, ' ');
  const stream = `BT /F1 14 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A small scanned photo (24×16 JPEG, packages/documents/test-fixtures/attachments/scan.jpg). */
const DEMO_JPEG_BASE64 = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAQABgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDx+x8P9Pk/SugsvD/T5P0rvrHw/wBPk/SugsfD/T5P0r0MTnXmeRkvEO2pwFj4f6fJ+lFev2Ph/p8n6UV4tTOve3P0/B8Q/u1qf//Z';

export const EASD_DEMO_ARCHIVE_ID = 'easd-demo-2-1234-2009';

export const EASD_DEMO_PARTICIPANTS = [
  { iin: '850615300109', name: 'Иванов Ерлан Ерланович', category: 'plaintiff' },
  { iin: '900101300017', name: 'Өмірзақов Ержан Серікұлы', category: 'defendant' },
  { iin: '850312300002', name: 'Жақсылықов Нұрлан Серікұлы', category: 'third_party' },
] as const;

function file(filename: string, contentType: string, content: Uint8Array): DepositBody['files'][number] {
  return { filename, contentType, contentBase64: Buffer.from(content).toString('base64'), sha256: sha256Hex(content) };
}

/** The demo packages: archive id → the deposit that made it (with its day). */
export function easdDemoPackages(): { archiveId: string; depositedAt: string; body: DepositBody }[] {
  const jpeg = new Uint8Array(Buffer.from(DEMO_JPEG_BASE64, 'base64'));
  return [{
    archiveId: EASD_DEMO_ARCHIVE_ID,
    depositedAt: '2010-02-15T04:00:00.000Z',
    body: {
      packageRef: 'easd-demo-1', caseNumber: '2-1234/2009',
      title: { kk: 'Қарызды өндіру туралы азаматтық іс (2009)', ru: 'Гражданское дело о взыскании долга (2009)' },
      metadata: {
        courtId: 'court-astana-esil', form: 'civil', instance: 'first', registeredOn: '2009-03-10',
        participants: JSON.stringify(EASD_DEMO_PARTICIPANTS),
        documents: JSON.stringify([
          { title: { kk: 'Талап арыз (скан)', ru: 'Исковое заявление (скан)' }, date: '2009-03-10' },
          { title: { kk: 'Сот шешімі (скан)', ru: 'Решение суда (скан)' }, date: '2009-06-22' },
          { title: { kk: 'Қолхат (фото)', ru: 'Расписка (фото)' }, date: '2009-03-10' },
        ]),
      },
      retentionYears: null,
      files: [
        file('claim-2009.pdf', 'application/pdf', demoScanPdf('Case 2-1234/2009: statement of claim, scanned')),
        file('decision-2009.pdf', 'application/pdf', demoScanPdf('Case 2-1234/2009: decision of 22.06.2009, scanned')),
        file('receipt-2009.jpg', 'image/jpeg', jpeg),
      ],
    },
  }];
}
