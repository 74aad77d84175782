import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';

// ENP-2 (seed 002 «Печать карточки с паролем»): the 10×15 cm card the court
// office prints and hands to the participant: the court's name in Kazakh
// and Russian, the case's particulars, the password and the portal's
// address. The office prints on pre-cut stock, so the left and top margins
// are the court's settings (courts.card_margin_left_mm / _top_mm): the
// text's box starts exactly there. Deterministic: dates come from the caller.

/** 1 mm in PDF points. */
const MM = 72 / 25.4;
export const ENP_CARD_WIDTH_PT = 100 * MM;
export const ENP_CARD_HEIGHT_PT = 150 * MM;
/** Right and bottom margins: fixed, small (the stock's own edge). */
const EDGE_MM = 5;

export type EnpCardInput = {
  court: { kk: string; ru: string };
  /** Label–value rows; each label in both languages («Іс нөмірі / Номер дела»). */
  rows: readonly (readonly [label: string, value: string])[];
  /** The sentence before the password, both languages. */
  passwordLabel: string;
  password: string;
  portalUrl: string;
  marginLeftMm: number;
  marginTopMm: number;
  date: Date;
};

export async function renderEnpCard(input: EnpCardInput): Promise<Uint8Array> {
  const content: Content[] = [
    { text: input.court.kk, bold: true, fontSize: 8.5, alignment: 'left' },
    { text: input.court.ru, bold: true, fontSize: 8.5, alignment: 'left', margin: [0, 1, 0, 3] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ENP_CARD_WIDTH_PT - (input.marginLeftMm + EDGE_MM) * MM, y2: 0, lineWidth: 0.5 }] },
    ...input.rows.map(([label, value]): Content => ({
      text: [{ text: `${label}: `, color: '#333333' }, { text: value }], fontSize: 7, margin: [0, 2.5, 0, 0],
    })),
    { text: `${input.passwordLabel}:`, fontSize: 7, margin: [0, 6, 0, 0] },
    { text: input.portalUrl, fontSize: 7.5, margin: [0, 1, 0, 0] },
    // The password large, so it is copied without doubt (its alphabet has no look-alikes); no letter spacing, so a copy-paste of it stays whole.
    { text: input.password, bold: true, fontSize: 16, margin: [0, 4, 0, 0] },
  ];
  const definition: TDocumentDefinitions = {
    pageSize: { width: ENP_CARD_WIDTH_PT, height: ENP_CARD_HEIGHT_PT },
    pageMargins: [input.marginLeftMm * MM, input.marginTopMm * MM, EDGE_MM * MM, EDGE_MM * MM],
    version: '1.7',
    compress: true,
    info: { title: 'ЭНП', creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: input.date, modDate: input.date },
    defaultStyle: { font: FONT_FAMILY, fontSize: 7, lineHeight: 1.1 },
    content,
  };
  return renderPdfDefinition(definition);
}
