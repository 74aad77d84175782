/**
 * pdfmake 0.3 on the server, configured once per process.
 *
 * pdfmake's Node entry (`js/index.js`) exports a *singleton* via
 * `module.exports = new pdfmake()`, so it is loaded with `require`: an ESM
 * `import` of that CommonJS object sees no named exports. The fonts go into
 * pdfmake's in-memory file system once (read from disk a single time per
 * process) and are parsed once too, the parsed fonts shared by every
 * document (shared-fonts.ts): parsing them per document was most of the
 * cost of a one-page act.
 *
 * DejaVu Sans, not pdfmake's default Roboto: Roboto has no ₸ and DejaVu
 * covers every Kazakh letter (ARCHITECTURE.md, recommended dependencies).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfMakeApi from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { shareParsedFonts } from './shared-fonts';

export const FONT_FAMILY = 'DejaVuSans';

const FONT_FILES = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

// A prefix keeps our entries apart from anything else put into pdfmake's
// process-wide virtual file system.
const VFS_PREFIX = 'oryndau-documents/';

type VirtualFs = { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
type PdfMakeServer = typeof PdfMakeApi & { virtualfs: VirtualFs };

const require = createRequire(import.meta.url);
let engine: PdfMakeServer | undefined;

/** The directory holding DejaVu's .ttf files (the package keeps them under ttf/). */
export function dejaVuDirectory(): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function loadEngine(): PdfMakeServer {
  if (engine) return engine;
  const dir = dejaVuDirectory();
  const fonts = Object.values(FONT_FILES).map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  // Before pdfmake (and with it pdfkit) is loaded.
  shareParsedFonts(require.resolve('pdfmake'), fonts.map((font) => font.bytes));
  const instance = require('pdfmake') as PdfMakeServer;
  for (const { file, bytes } of fonts) {
    if (!instance.virtualfs.existsSync(VFS_PREFIX + file)) instance.virtualfs.writeFileSync(VFS_PREFIX + file, bytes);
  }
  engine = instance;
  return instance;
}

function fontDictionary(): TFontDictionary {
  return {
    [FONT_FAMILY]: {
      normal: VFS_PREFIX + FONT_FILES.normal,
      bold: VFS_PREFIX + FONT_FILES.bold,
      italics: VFS_PREFIX + FONT_FILES.italics,
      bolditalics: VFS_PREFIX + FONT_FILES.bolditalics,
    },
  };
}

// Nothing we render needs the network or the disk; denying both means a
// stray URL or path in user text can never make the renderer fetch or read.
const deny = (): boolean => false;

/**
 * Renders a document definition to PDF bytes. The singleton's settings are
 * re-applied before every call (synchronously, right before createPdf reads
 * them), so another module configuring pdfmake cannot change our output.
 */
export async function renderPdfDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const pdfMake = loadEngine();
  pdfMake.setFonts(fontDictionary());
  pdfMake.setUrlAccessPolicy(deny);
  pdfMake.setLocalAccessPolicy(deny);
  pdfMake.clearTableLayouts();
  const buffer = await pdfMake.createPdf(definition).getBuffer();
  // A plain Uint8Array (not a Buffer view into a pooled allocation) is what
  // gets hashed, signed and stored.
  return new Uint8Array(buffer);
}
