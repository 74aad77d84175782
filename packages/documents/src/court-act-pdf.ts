import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';

// Issue 15 item 1 (FILE-14, §42–44): a court act drawn up from the kk/ru
// template — the court, the act's kind and number of the case, its date and
// place, the four parts the judge wrote and the panel. Rendered ONCE: these
// bytes are what the judges sign (CMS, detached) and what is stored; a later
// change is a new document. Deterministic: dates come from the input.

export interface CourtActPdfInput {
  readonly language: 'kk' | 'ru';
  /** «ШЕШІМ» / «РЕШЕНИЕ» and the like, the heading of the act. */
  readonly heading: string;
  readonly court: string;
  readonly caseNumber: string;
  /** '02.03.2026' as the act prints it, and the city. */
  readonly dateText: string;
  readonly place: string;
  /** Label and text of each part, in order; empty parts are left out. */
  readonly parts: readonly { readonly label: string; readonly text: string }[];
  /** The panel: «Судья» / «Председательствующий судья», name. */
  readonly judges: readonly { readonly role: string; readonly name: string }[];
  /** A correction names the act it corrects. */
  readonly correctionNote?: string;
  readonly date: Date;
}

/** Space kept free under the text of the last page: the legal-force stamp is drawn there on the copies shown (never on these bytes). */
export const COURT_ACT_STAMP_SPACE = 110;

export async function renderCourtActPdf(input: CourtActPdfInput): Promise<Uint8Array> {
  const parts: Content[] = input.parts.filter((p) => p.text.trim() !== '').flatMap((p): Content[] => [
    { text: p.label, bold: true, margin: [0, 10, 0, 4] },
    { text: p.text, alignment: 'justify' },
  ]);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [64, 56, 48, 56],
    version: '1.7',
    compress: true,
    info: { title: `${input.heading} ${input.caseNumber}`, creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: input.date, modDate: input.date },
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.25 },
    content: [
      { text: input.court, alignment: 'center', bold: true, margin: [0, 0, 0, 6] },
      { text: input.heading, alignment: 'center', bold: true, fontSize: 14, margin: [0, 6, 0, 4] },
      { text: `№ ${input.caseNumber}`, alignment: 'center', margin: [0, 0, 0, 10] },
      { columns: [{ text: input.place }, { text: input.dateText, alignment: 'right' }], margin: [0, 0, 0, 8] },
      ...(input.correctionNote ? [{ text: input.correctionNote, italics: true, margin: [0, 0, 0, 6] } as Content] : []),
      ...parts,
      {
        margin: [0, 24, 0, 0],
        table: { widths: ['*', 'auto'], body: input.judges.map((j) => [{ text: j.role }, { text: j.name, bold: true }]) },
        layout: 'noBorders',
      },
      // Room for the legal-force stamp of the copies shown (COURT_ACT_STAMP_SPACE).
      { text: ' ', margin: [0, COURT_ACT_STAMP_SPACE, 0, 0] },
    ],
  };
  return renderPdfDefinition(definition);
}
