import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';
import { qrCanvas } from './qr-canvas';

// LIC-2, LIC-4, LIC-8: the result of a licensing application as PDF in one
// language — the electronic licence (number, licensee, activity, date, who
// signed it) or the refusal with its reasons — with the QR of the public
// verification page, which shows the licence's CURRENT register status.
// Deterministic: the same input gives the same bytes.

export interface LicensingResultPdfInput {
  /** «ЛИЦЕНЗИЯ» / «Отказ в выдаче лицензии», in the chosen language. */
  readonly title: string;
  readonly subtitle?: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
  /** The signature line: who signed, when (masked where the public reads it). */
  readonly signedBy?: string;
  /** The public verification URL the QR encodes (absent: no QR, e.g. a refusal). */
  readonly verifyUrl?: string;
  readonly verifyNote?: string;
  readonly date: Date;
}

export async function renderLicensingResultPdf(input: LicensingResultPdfInput): Promise<Uint8Array> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    version: '1.7',
    info: { title: input.title, creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: input.date, modDate: input.date },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.25 },
    content: [
      { text: input.title, bold: true, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 6] },
      ...(input.subtitle ? [{ text: input.subtitle, alignment: 'center' as const, margin: [0, 0, 0, 14] as [number, number, number, number] }] : []),
      {
        table: { widths: [170, '*'], body: input.rows.map(([label, value]) => [{ text: label, color: '#333333' }, { text: value }]) },
        layout: 'lightHorizontalLines',
      },
      ...(input.signedBy ? [{ text: input.signedBy, fontSize: 9, margin: [0, 16, 0, 0] as [number, number, number, number] }] : []),
      ...(input.verifyUrl ? [{
        margin: [0, 18, 0, 0] as [number, number, number, number],
        columns: [
          { width: 110, stack: [{ canvas: qrCanvas(input.verifyUrl, 100) }] },
          { width: '*', stack: [{ text: input.verifyNote ?? '', fontSize: 8 }, { text: input.verifyUrl, fontSize: 8, color: '#1a4b8c' }] },
        ],
      }] : []),
    ],
  };
  return renderPdfDefinition(definition);
}
