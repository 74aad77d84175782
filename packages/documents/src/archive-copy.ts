import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDFDocument } from 'pdf-lib';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';
import { qrCanvas } from './qr-canvas';

// FILE-17, seed 003 §61 p.4: an archived document "as a copy on paper".
// A PDF original keeps its pages and gets, on each, a stamp (drawn with
// pdf-lib from a small page rendered in DejaVu Sans, so every Kazakh letter
// prints): the case, who signed and when, the document's SHA-256 and the QR
// code of its public verification page. Any other format (or a PDF that
// cannot be read) gets a cover page with the same stamp and carries the
// original as an embedded file. Deterministic: dates come from the caller.

export type ArchiveCopyInput = {
  /** «Электрондық құжаттың көшірмесі / Копия электронного документа». */
  heading: string;
  /** Label–value rows, each label in both languages. */
  rows: readonly (readonly [label: string, value: string])[];
  verifyUrl: string;
  /** Under the QR code. */
  verifyNote: string;
  date: Date;
  original: { bytes: Uint8Array; mediaType: string; fileName: string };
};

const STAMP_WIDTH = 420;
const STAMP_HEIGHT = 150;

function stampContent(input: ArchiveCopyInput, fontSize: number): Content[] {
  return [{
    columns: [
      { width: '*', stack: [
        { text: input.heading, bold: true, fontSize: fontSize + 1, margin: [0, 0, 0, 4] },
        ...input.rows.map(([label, value]) => ({ text: [{ text: `${label}: `, color: '#444444' }, { text: value }], fontSize })),
      ] },
      { width: 96, stack: [{ canvas: qrCanvas(input.verifyUrl, 90) }, { text: input.verifyNote, fontSize: 6, alignment: 'center' }] },
    ],
    columnGap: 8,
  }];
}

/** The stamp alone, as a one-page PDF of its own size (drawn onto the original's pages). */
async function renderStamp(input: ArchiveCopyInput): Promise<Uint8Array> {
  const definition: TDocumentDefinitions = {
    pageSize: { width: STAMP_WIDTH, height: STAMP_HEIGHT }, pageMargins: [6, 6, 6, 6], compress: true,
    info: { title: input.heading, creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: input.date, modDate: input.date },
    defaultStyle: { font: FONT_FAMILY, fontSize: 6.5, lineHeight: 1.1 },
    background: () => ({ canvas: [{ type: 'rect', x: 2, y: 2, w: STAMP_WIDTH - 4, h: STAMP_HEIGHT - 4, lineWidth: 1, lineColor: '#1f3a93' }] }),
    content: stampContent(input, 6.5),
  };
  return renderPdfDefinition(definition);
}

/** A cover page: the stamp, large, and a note that the original is embedded in this PDF. */
async function renderCover(input: ArchiveCopyInput, note: string): Promise<Uint8Array> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4', pageMargins: [56, 56, 56, 56], compress: true,
    info: { title: input.heading, creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: input.date, modDate: input.date },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.2 },
    content: [...stampContent(input, 10), { text: note, fontSize: 9, color: '#333333', margin: [0, 16, 0, 0] }],
  };
  return renderPdfDefinition(definition);
}

async function tryLoad(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount() > 0 ? doc : null;
  } catch {
    return null;
  }
}

/**
 * The paper copy: a PDF original stamped on every page; anything else a
 * cover page (an image original printed on a second page) with the
 * original embedded.
 */
export async function renderArchivePaperCopy(input: ArchiveCopyInput, coverNote: string): Promise<Uint8Array> {
  const original = input.original.mediaType === 'application/pdf' ? await tryLoad(input.original.bytes) : null;
  if (original) {
    const [stamp] = await original.embedPdf(await renderStamp(input), [0]);
    for (const page of original.getPages()) {
      const { width } = page.getSize();
      const scale = Math.min(1, (width - 40) / STAMP_WIDTH) * 0.8;
      page.drawPage(stamp!, { x: 20, y: 14, xScale: scale, yScale: scale });
    }
    original.setModificationDate(input.date);
    return original.save({ useObjectStreams: false });
  }
  const cover = await PDFDocument.load(await renderCover(input, coverNote));
  if (input.original.mediaType === 'image/jpeg') {
    try {
      const image = await cover.embedJpg(input.original.bytes);
      const page = cover.addPage([595.28, 841.89]);
      const scale = Math.min(1, 515 / image.width, 760 / image.height);
      page.drawImage(image, { x: 40, y: 841.89 - 40 - image.height * scale, width: image.width * scale, height: image.height * scale });
    } catch {
      // An image pdf-lib cannot read is still embedded as the original below.
    }
  }
  await cover.attach(input.original.bytes, input.original.fileName, { mimeType: input.original.mediaType, description: input.heading,
    creationDate: input.date, modificationDate: input.date });
  cover.setCreationDate(input.date);
  cover.setModificationDate(input.date);
  return cover.save({ useObjectStreams: false });
}
