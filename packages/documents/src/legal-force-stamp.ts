import { PDFDocument } from 'pdf-lib';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';
import { qrCanvas } from './qr-canvas';

// Issue 15 item 2 (SIG-6, §49): the legal-force mark shown on the act — a
// small block with the QR code of the mark's signature (leading to the
// public verification page) and its words in Kazakh and Russian — drawn on
// a COPY of the act's last page for display and download. The signed bytes
// stay as they are (the stamp is never part of what the judges signed).
// The block is rendered by pdfmake (DejaVu has every Kazakh letter) and
// placed with pdf-lib as an embedded page, so no font is needed in pdf-lib.

export interface LegalForceStampInput {
  /** The verification link the QR code holds. */
  readonly url: string;
  /** Lines beside the QR code (kk, then ru). */
  readonly lines: readonly string[];
}

const WIDTH = 340;
const HEIGHT = 96;

async function stampBlock(input: LegalForceStampInput): Promise<Uint8Array> {
  const definition: TDocumentDefinitions = {
    pageSize: { width: WIDTH, height: HEIGHT },
    pageMargins: [4, 4, 4, 4],
    compress: true,
    info: { title: 'legal-force-stamp', creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: new Date(0), modDate: new Date(0) },
    defaultStyle: { font: FONT_FAMILY, fontSize: 7.5, lineHeight: 1.15 },
    content: [{
      table: {
        widths: [84, '*'],
        body: [[
          { canvas: qrCanvas(input.url, 80), margin: [0, 0, 0, 0] },
          { stack: input.lines.map((line, i) => ({ text: line, bold: i < 2 })), margin: [4, 2, 2, 2] },
        ]],
      },
      layout: { hLineColor: () => '#1f3a93', vLineColor: () => '#1f3a93' },
    }],
  };
  return renderPdfDefinition(definition);
}

/** A copy of `pdf` with the stamp at the bottom of its last page (left margin). */
export async function stampLegalForce(pdf: Uint8Array, input: LegalForceStampInput): Promise<Uint8Array> {
  const copy = await PDFDocument.load(pdf, { updateMetadata: false });
  const [block] = await copy.embedPdf(await stampBlock(input), [0]);
  const pages = copy.getPages();
  const last = pages[pages.length - 1]!;
  last.drawPage(block!, { x: 40, y: 24, width: WIDTH, height: HEIGHT });
  return copy.save({ useObjectStreams: false });
}
