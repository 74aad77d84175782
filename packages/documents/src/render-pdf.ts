/**
 * A resolution (or request) as an A4 PDF (ENF-6, SIG-1). The bytes produced
 * here are what the bailiff signs and what is stored ("The signature is the
 * act"), so the same input must always give the same bytes: nothing below
 * reads the clock or a random source, and the PDF dates and file ID come
 * from the input.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';
import { qrCanvas } from './qr-canvas';
import type { Locale } from './templates';

export type ResolutionPdfInput = {
  locale: Locale;
  /** Heading lines above the title, e.g. the organisation name; plain text. */
  organisation: string;
  /** Already localized. */
  title: string;
  /** City, e.g. 'Астана'. */
  place: string;
  /** Already formatted, e.g. '02.03.2026'. */
  date: string;
  /** e.g. '710000000-2026-000042-3'. */
  registrationNumber: string;
  /** Filled template text; a blank line starts a new paragraph. */
  body: string;
  /** Card data, printed as a two-column table. */
  facts: readonly { label: string; value: string }[];
  /** Shown above the signature line. */
  signer: { position: string; name: string };
  /** The QR code points here (public verification page). */
  verifyUrl: string;
  /** Printed under the QR code. */
  documentId: string;
};

type Labels = {
  proceeding: string;
  verify: string;
  documentId: string;
  signature: string;
  signedElectronically: string;
  /** ISSUE-13 item 1: the mark of an unsigned draft, and its footer instead of «signed with ЭЦП». */
  draft: string;
  draftFooter: string;
  page: (current: number, count: number) => string;
};

const LABELS: Record<Locale, Labels> = {
  kk: {
    proceeding: 'Атқарушылық іс жүргізу №',
    verify: 'Құжаттың түпнұсқалығын тексеру',
    documentId: 'Құжат ID:',
    signature: 'қолы (ЭЦҚ)',
    signedElectronically: 'Электрондық құжат ЭЦҚ-мен қол қойылған',
    draft: 'ЖОБА',
    draftFooter: 'ЖОБА: құжатқа әлі қол қойылған жоқ, заңды күші жоқ',
    page: (current, count) => `${count} беттің ${current}-беті`,
  },
  ru: {
    proceeding: 'Исполнительное производство №',
    verify: 'Проверка подлинности документа',
    documentId: 'ID документа:',
    signature: 'подпись (ЭЦП)',
    signedElectronically: 'Электронный документ подписан ЭЦП',
    draft: 'ПРОЕКТ',
    draftFooter: 'ПРОЕКТ: документ ещё не подписан и юридической силы не имеет',
    page: (current, count) => `Страница ${current} из ${count}`,
  },
};

// A4 is 595.28 × 841.89 pt. Left margin wider for binding, as in paper files.
const MARGINS = { left: 60, top: 50, right: 50, bottom: 60 } as const;
const CONTENT_WIDTH = 595.28 - MARGINS.left - MARGINS.right;
const QR_SIZE = 90;
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1));
// Section headings of a resolution ("УСТАНОВИЛ:", "ҚАУЛЫ ЕТТІ:") are
// upper-case words ending in a colon; they are centred and bold.
const HEADING = /^[\p{Lu}\s]{3,40}:$/u;

/**
 * The PDF's CreationDate/ModDate, from the act's own date. pdfkit would
 * otherwise stamp `new Date()` and derive the trailer /ID from it, making
 * every rendering different. An unparseable date gets a fixed constant —
 * never the clock.
 */
export function pdfDateOf(date: string): Date {
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(date.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const [year, month, day] = dotted ? [dotted[3], dotted[2], dotted[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return FALLBACK_DATE;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = parsed.getUTCFullYear() === Number(year) && parsed.getUTCMonth() === Number(month) - 1 && parsed.getUTCDate() === Number(day);
  return real ? parsed : FALLBACK_DATE;
}

/** Splits on blank lines (also lines holding only spaces); single line breaks stay inside a paragraph. */
export function splitParagraphs(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '');
}

// pdfmake justifies a line by spreading the slack over every break
// opportunity, including the one after a hyphen or slash, which opens a
// visible gap inside "сондай-ақ" or "ЖСН/БСН" (and pdftotext then reads
// "ЖСН/ БСН"). Handing it whole words as unbreakable inlines leaves the
// slack between words only. Words split at ordinary spaces only, so a
// no-break space ("1 234,50 ₸") stays inside its word. A token too long
// for a line (a URL) stays breakable rather than running into the margin.
const LONGEST_UNBREAKABLE = 40;

function wordInlines(line: string): Content {
  return (line.match(/[^ \t]+[ \t]*/g) ?? []).map((word) => ({ text: word, noWrap: word.trimEnd().length <= LONGEST_UNBREAKABLE }));
}

function paragraphContent(paragraph: string): Content {
  if (HEADING.test(paragraph)) return { text: paragraph, bold: true, alignment: 'center', margin: [0, 6, 0, 6] };
  // A single line break inside a paragraph is kept: each line is its own
  // block, and its last line is not stretched (as with a forced break).
  const lines = paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return {
    margin: [0, 0, 0, 6],
    stack: lines.map((line, index): Content => ({ text: wordInlines(line), alignment: 'justify', leadingIndent: index === 0 ? 28 : 0 })),
  };
}

function bodyContent(body: string): Content[] {
  return splitParagraphs(body).map(paragraphContent);
}

function factsTable(facts: ResolutionPdfInput['facts']): Content[] {
  if (facts.length === 0) return [];
  return [{
    margin: [0, 8, 0, 0],
    fontSize: 9,
    table: {
      widths: ['38%', '*'],
      dontBreakRows: true,
      body: facts.map((fact) => [{ text: fact.label, color: '#444444' }, { text: fact.value }]),
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  }];
}

function closingBlock(input: ResolutionPdfInput, labels: Labels): Content {
  const signatureWidth = 200;
  return {
    // Signature and QR stay together on one page: a QR alone on a last page
    // would look like a separate document.
    unbreakable: true,
    margin: [0, 20, 0, 0],
    columns: [
      {
        width: '*',
        margin: [0, 24, 0, 0],
        stack: [
          { text: input.signer.position },
          { text: input.signer.name, bold: true, margin: [0, 2, 0, 18] },
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: signatureWidth, y2: 0, lineWidth: 0.5 }] },
          { text: labels.signature, fontSize: 7, color: '#555555', margin: [0, 2, 0, 0] },
        ],
      },
      {
        width: 150,
        stack: [
          { canvas: qrCanvas(input.verifyUrl, QR_SIZE), alignment: 'right' },
          { text: labels.verify, fontSize: 7, alignment: 'right', margin: [0, 2, 0, 0] },
          { text: labels.documentId, fontSize: 6.5, color: '#555555', alignment: 'right' },
          { text: input.documentId, fontSize: 6.5, color: '#555555', alignment: 'right' },
        ],
      },
    ],
  };
}

/**
 * The pdfmake document definition, without rendering it. `compress: false`
 * is for tests only: it leaves the content streams and the font's ToUnicode
 * map readable, so a test can see which code points were embedded.
 */
export function buildResolutionDefinition(input: ResolutionPdfInput, options: RenderOptions = {}): TDocumentDefinitions {
  const labels = LABELS[input.locale];
  const draft = options.draft === true;
  const pdfDate = pdfDateOf(input.date);
  return {
    pageSize: 'A4',
    pageMargins: [MARGINS.left, MARGINS.top, MARGINS.right, MARGINS.bottom],
    version: '1.7',
    language: input.locale === 'kk' ? 'kk-KZ' : 'ru-RU',
    compress: options.compress ?? true,
    info: {
      title: input.title,
      subject: `${labels.proceeding} ${input.registrationNumber}`,
      author: input.signer.name,
      keywords: input.documentId,
      creator: 'Oryndau',
      producer: 'Oryndau (pdfmake)',
      creationDate: pdfDate,
      modDate: pdfDate,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.15 },
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [MARGINS.left, 24, MARGINS.right, 0],
      fontSize: 8,
      color: '#555555',
      columns: [
        { text: draft ? labels.draftFooter : labels.signedElectronically, width: '*', bold: draft },
        { text: labels.page(currentPage, pageCount), width: 'auto', alignment: 'right' },
      ],
    }),
    ...(draft ? {
      watermark: { text: labels.draft, color: '#b00000', opacity: 0.12, bold: true, fontSize: 110, angle: -45 },
      header: (): Content => ({ text: labels.draft, bold: true, color: '#b00000', fontSize: 12, alignment: 'right', margin: [MARGINS.left, 20, MARGINS.right, 0] }),
    } : {}),
    content: [
      { text: input.organisation, bold: true, fontSize: 10, alignment: 'center' },
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.75 }], margin: [0, 0, 0, 14] },
      { text: input.title, bold: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        columns: [
          { text: input.place, width: '*' },
          { text: input.date, width: 'auto', alignment: 'right' },
        ],
        margin: [0, 0, 0, 4],
      },
      { text: `${labels.proceeding} ${input.registrationNumber}`, fontSize: 10, margin: [0, 0, 0, 12] },
      ...bodyContent(input.body),
      ...factsTable(input.facts),
      closingBlock(input, labels),
    ],
  };
}

/**
 * How the act is laid out. `draft`: the reading copy of an act not yet
 * signed — a diagonal «ЖОБА»/«ПРОЕКТ» mark and a header mark, and a footer
 * saying it is unsigned instead of «signed with ЭЦП». The bytes that are
 * signed are rendered without it (they become the signed act).
 */
export type RenderOptions = { compress?: boolean; draft?: boolean };

/** Renders the act to PDF bytes; byte-identical for equal input. */
export async function renderResolutionPdf(input: ResolutionPdfInput, options: { draft?: boolean } = {}): Promise<Uint8Array> {
  return renderPdfDefinition(buildResolutionDefinition(input, options));
}
