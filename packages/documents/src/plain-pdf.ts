import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';

// A one-page document of labelled lines, in DejaVu Sans (every Kazakh letter
// and ₸): what the simulated external systems hand out, such as the payment
// gateway's receipt (issue 14 item 12, FILE-4). Deterministic: the dates in
// the PDF come from `date`, so the same input gives the same bytes.

export interface PlainPdfInput {
  /** The heading, e.g. «Төлем түбіртегі / Квитанция об оплате». */
  readonly title: string;
  /** Label–value rows; a label in both languages reads «Сома / Сумма». */
  readonly rows: readonly (readonly [label: string, value: string])[];
  /** Small print under the table. */
  readonly note?: string;
  /** The document's date (its info dictionary's creation date). */
  readonly date: Date;
}

export async function renderPlainPdf(input: PlainPdfInput, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    version: '1.7',
    compress: options.compress ?? true,
    info: { title: input.title, creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: input.date, modDate: input.date },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.2 },
    content: [
      { text: input.title, bold: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 14] },
      {
        table: { widths: [190, '*'], body: input.rows.map(([label, value]) => [{ text: label, color: '#444444' }, { text: value }]) },
        layout: 'lightHorizontalLines',
      },
      ...(input.note === undefined ? [] : [{ text: input.note, fontSize: 8, color: '#555555', margin: [0, 14, 0, 0] as [number, number, number, number] }]),
    ],
  };
  return renderPdfDefinition(definition);
}
