/**
 * Issue 13 item 2: a PDF that carries its own proof, the way hybrid
 * e-invoices do (ZUGFeRD / Factur-X): a PDF/A-3 whose associated files are
 * the signed original the pages were rendered from and its detached CMS
 * signature. Whoever holds the PDF holds everything needed to check it.
 *
 * - `attachProof` adds the files (catalog /AF and the EmbeddedFiles name
 *   tree, each with its MIME type, description and AFRelationship), the
 *   PDF/A-3B identification in XMP metadata, an sRGB output intent, the
 *   document language, and fixed dates and file identifier taken from the
 *   caller (never the clock), so the same signed data always gives the same
 *   file.
 * - `readProof` finds those files again in any PDF, however re-saved.
 * - `visibleFingerprint` is how a verifier tells that what a PDF SHOWS is a
 *   given rendering: a hash over its pages — decoded content streams,
 *   resources (fonts, images), boxes, rotation and annotations — taken by
 *   value, with object numbers, stream compression and everything outside
 *   the pages (metadata, attachments, the file's layout) left out. Two PDFs
 *   with the same fingerprint draw the same pages; a changed letter, a
 *   swapped glyph in a font, an added annotation or page changes it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  AFRelationship, decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRawStream,
  PDFRef, PDFStream, PDFString,
} from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

export type ProofFile = {
  /** The file name shown by PDF readers, e.g. `act.json`. */
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  /** Shown by PDF readers beside the file (kk/ru text). */
  description: string;
  /** `Source`: what the pages were rendered from; `Data`: data the document relies on (its signature). */
  relationship: 'Source' | 'Data';
};

export type ProofMetadata = {
  title: string;
  /** `kk` or `ru`: catalog /Lang and XMP dc:language. */
  language: string;
  /** Creation and modification date of the file and of its attachments: from the signed data, never the clock. */
  date: Date;
  /** 16 bytes as 32 hex digits: the trailer /ID, derived from the signed data. */
  fileId: string;
  producer: string;
};

const require = createRequire(import.meta.url);
let srgbProfile: Uint8Array | undefined;

/** The sRGB IEC 61966-2.1 ICC profile pdfkit (under pdfmake) ships for its own PDF/A mode. */
function srgbIccProfile(): Uint8Array {
  if (!srgbProfile) {
    const pdfkit = createRequire(require.resolve('pdfmake')).resolve('pdfkit');
    srgbProfile = new Uint8Array(readFileSync(join(dirname(pdfkit), 'data', 'sRGB_IEC61966_2_1.icc')));
  }
  return srgbProfile;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function xmpPacket(meta: ProofMetadata): string {
  const title = xmlEscape(meta.title);
  const date = xmpDate(meta.date);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${xmlEscape(meta.language)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<xmp:CreatorTool>${xmlEscape(meta.producer)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${xmlEscape(meta.producer)}</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/** The rendered PDF with its proof attached (PDF/A-3B, associated files); deterministic in its inputs. */
export async function attachProof(pdf: Uint8Array, files: readonly ProofFile[], meta: ProofMetadata): Promise<Uint8Array> {
  if (!/^[0-9a-f]{32}$/.test(meta.fileId)) throw new Error('fileId must be 32 lower-case hex digits');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  // The name tree of embedded files must be sorted by name.
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    await doc.attach(file.bytes, file.name, {
      mimeType: file.mimeType, description: file.description, creationDate: meta.date, modificationDate: meta.date,
      afRelationship: file.relationship === 'Source' ? AFRelationship.Source : AFRelationship.Data,
    });
  }
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.language);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const { context, catalog } = doc;
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  const icc = context.flateStream(srgbIccProfile(), { N: 3 });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.obj({
    Type: 'OutputIntent', S: 'GTS_PDFA1', OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'), DestOutputProfile: context.register(icc),
  })]));
  const id = PDFHexString.of(meta.fileId.toUpperCase());
  context.trailerInfo.ID = context.obj([id, id]);
  // No object streams: readable by the oldest PDF readers, and allowed by PDF/A-3.
  await doc.flush();
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

export type FoundFile = { name: string; mimeType: string | null; relationship: string | null; bytes: Uint8Array };

export type ReadProof =
  | { status: 'not_pdf' }
  | { status: 'read'; language: string | null; files: FoundFile[] };

const nameOf = (value: PDFObject | undefined): string | null => (value instanceof PDFName ? value.decodeText() : null);
const textOf = (value: PDFObject | undefined): string | null =>
  (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

function fileOf(doc: PDFDocument, spec: PDFObject | undefined): FoundFile | null {
  const dict = spec instanceof PDFRef ? doc.context.lookup(spec) : spec;
  if (!(dict instanceof PDFDict)) return null;
  const ef = dict.lookup(PDFName.of('EF'));
  if (!(ef instanceof PDFDict)) return null;
  const stream = ef.lookup(PDFName.of('F')) ?? ef.lookup(PDFName.of('UF'));
  if (!(stream instanceof PDFRawStream)) return null;
  return {
    name: textOf(dict.lookup(PDFName.of('UF'))) ?? textOf(dict.lookup(PDFName.of('F'))) ?? '',
    mimeType: nameOf(stream.dict.lookup(PDFName.of('Subtype'))),
    relationship: nameOf(dict.lookup(PDFName.of('AFRelationship'))),
    bytes: decodePDFRawStream(stream).decode(),
  };
}

/** Walks a name tree (Names / Kids), at most 16 levels deep. */
function nameTreeValues(node: PDFObject | undefined, out: PDFObject[], depth = 0): void {
  if (!(node instanceof PDFDict) || depth > 16) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) for (let i = 1; i < names.size(); i += 2) out.push(names.get(i));
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) nameTreeValues(kids.lookup(i), out, depth + 1);
}

async function loadPdf(bytes: Uint8Array): Promise<PDFDocument | null> {
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return null;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false, throwOnInvalidObject: false });
    doc.getPages();
    return doc;
  } catch {
    return null;
  }
}

/** The files a PDF carries (catalog /AF and the EmbeddedFiles name tree, each file once) and its declared language. */
export async function readProof(bytes: Uint8Array): Promise<ReadProof> {
  const doc = await loadPdf(bytes);
  if (!doc) return { status: 'not_pdf' };
  try {
    return readFiles(doc);
  } catch {
    return { status: 'not_pdf' };
  }
}

function readFiles(doc: PDFDocument): ReadProof {
  const specs: PDFObject[] = [];
  const af = doc.catalog.lookup(PDFName.of('AF'));
  if (af instanceof PDFArray) for (let i = 0; i < af.size(); i++) specs.push(af.get(i));
  const names = doc.catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) nameTreeValues(names.lookup(PDFName.of('EmbeddedFiles')), specs);
  const seen = new Set<PDFObject>();
  const files: FoundFile[] = [];
  for (const spec of specs) {
    const target = spec instanceof PDFRef ? doc.context.lookup(spec) : spec;
    if (target === undefined || seen.has(target)) continue;
    seen.add(target);
    try {
      const file = fileOf(doc, spec);
      if (file) files.push(file);
    } catch {
      // A damaged attachment is simply not there; the caller says what is missing.
    }
  }
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  return { status: 'read', language: textOf(lang), files };
}

// Keys that say how an object is stored or who holds it, not what is drawn.
const STORAGE_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL', 'Parent', 'P']);

class Fingerprinter {
  private readonly done = new Map<PDFRef, string>();
  private readonly open = new Set<PDFRef>();
  constructor(private readonly doc: PDFDocument) {}

  of(value: PDFObject | undefined): string {
    if (value === undefined) return 'u';
    if (value instanceof PDFRef) {
      const known = this.done.get(value);
      if (known !== undefined) return known;
      if (this.open.has(value)) return 'cycle';
      this.open.add(value);
      const digest = sha256(this.of(this.doc.context.lookup(value)));
      this.open.delete(value);
      this.done.set(value, digest);
      return digest;
    }
    if (value instanceof PDFRawStream) return `s(${this.dict(value.dict)}:${sha256Bytes(decodePDFRawStream(value).decode())})`;
    if (value instanceof PDFStream) return `s(${this.dict(value.dict)}:${sha256Bytes(value.getContents())})`;
    if (value instanceof PDFDict) return this.dict(value);
    if (value instanceof PDFArray) return `[${value.asArray().map((item) => this.of(item)).join(',')}]`;
    if (value instanceof PDFName) return `/${value.decodeText()}`;
    if (value instanceof PDFNumber) return `#${value.asNumber()}`;
    if (value instanceof PDFString || value instanceof PDFHexString) return `"${Buffer.from(value.asBytes()).toString('hex')}"`;
    if (value instanceof PDFBool) return value.asBoolean() ? 'T' : 'F';
    if (value === PDFNull) return 'null';
    return `?${value.constructor.name}`;
  }

  private dict(dict: PDFDict): string {
    const entries = dict.entries().filter(([key]) => !STORAGE_KEYS.has(key.decodeText()))
      .map(([key, value]) => `${key.decodeText()}=${this.of(value)}`).sort();
    return `{${entries.join(';')}}`;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sha256Bytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** See the file comment: a hash of what the pages draw; null when the bytes are not a readable PDF. */
export async function visibleFingerprint(bytes: Uint8Array): Promise<string | null> {
  const doc = await loadPdf(bytes);
  if (!doc) return null;
  try {
    return fingerprintOf(doc);
  } catch {
    return null;
  }
}

function fingerprintOf(doc: PDFDocument): string {
  const print = new Fingerprinter(doc);
  const pages = doc.getPages().map((page) => {
    const leaf = page.node;
    // Inheritable attributes count wherever in the page tree they are set.
    const inherited = [leaf.Resources(), leaf.MediaBox(), leaf.CropBox(), leaf.Rotate()].map((v) => print.of(v)).join('|');
    return `${print.of(leaf)}|${inherited}`;
  });
  return sha256(`${pages.length}\n${pages.join('\n')}`);
}
