/**
 * One parsed copy of each of our fonts per process, shared by every PDF.
 *
 * pdfkit hands the font bytes to fontkit for every new document, and
 * fontkit decodes the tables (cmap, GSUB/GPOS, glyf, hmtx) again each time:
 * for a one-page resolution that was about two thirds of the CPU. fontkit's
 * font objects only cache what they decode (glyphs, metrics, the layout
 * engine) and each document still builds its own subset from it, so
 * sharing them changes nothing in the output — the bytes stay identical —
 * with one exception handled below: the code points a glyph object keeps
 * for the text layer (withCodePoints).
 *
 * The same goes for two per-document costs on top: pdfkit shapes every
 * word with fontkit and caches the result per document only, so the shared
 * fonts keep a bounded cache of shaped words across documents (most words
 * of a resolution recur in every one) and hand out copies, since pdfkit
 * scales the positions of a run in place; and fontkit decodes a glyph's
 * outline anew each time a document's subset takes it in, so each shared
 * glyph keeps its decoded outline (read, never changed, by its users).
 *
 * Last, the embedded subset itself: fontkit's encode() writes a font
 * program that depends only on the ordered list of glyphs the document
 * took in, and documents from one template mostly take in the same letters
 * in the same order. The encoded bytes are kept per font, by that list,
 * and handed out again (pdfkit only copies them into the PDF).
 */
import { createRequire } from 'node:module';

type Position = Record<string, number>;
type GlyphRun = { glyphs: unknown[]; positions: Position[] };
type Glyph = { _decode(): unknown; readonly codePoints: readonly number[] };
type Subset = { glyphs: number[]; encode(): Uint8Array; includeGlyph(glyph: number | { id: number }): number };
type FontkitFont = {
  layout(text: string, ...rest: unknown[]): GlyphRun; getGlyph(id: number, ...rest: unknown[]): Glyph; createSubset(): Subset;
};
type Fontkit = { create(buffer: Uint8Array, postscriptName?: string): FontkitFont };

/** Encoded subsets kept per font (each some tens of kB); when full the oldest goes. */
const SUBSETS_PER_FONT = 64;

/**
 * Shaped words kept per font, in two generations of this many each
 * (twoGenerationCache): the template's words are asked for in every
 * document and stay; names, numbers and dates vary and age out. (It was one
 * map of 20,000 that started afresh when full: 61,000 glyph positions held
 * per process after ten minutes of soak — most of the JavaScript heap's
 * growth.)
 */
const SHAPED_WORDS_PER_GENERATION = 2_000;

const copyOf = <T extends object>(value: T): T => Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);

function cacheDecodedGlyphs(font: FontkitFont): FontkitFont {
  const getGlyph = font.getGlyph.bind(font);
  const known = new WeakSet<Glyph>();
  // Per shared glyph, the views that carry other code points than the glyph itself (see below).
  const views = new WeakMap<Glyph, Map<string, Glyph>>();
  font.getGlyph = (id: number, ...rest: unknown[]) => {
    const glyph = getGlyph(id, ...rest);
    if (!known.has(glyph)) {
      known.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let decoded: { value: unknown } | null = null;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
    }
    return withCodePoints(glyph, rest[0], views);
  };
  return font;
}

/**
 * fontkit makes one glyph object per glyph id and keeps the code points it
 * was *first* asked for; pdfkit writes a document's ToUnicode map (what
 * copying and searching the PDF read) from them. With one font per
 * document that first request was the document's own text. Shared, it may
 * be another document's — or none at all: encoding a subset fetches the
 * parts of composite glyphs without code points («й» is «и» and a breve,
 * «ы» holds «ь»), and every later «и» then came out of the text layer as
 * nothing («Рег онал ная»). So a request that names code points gets them:
 * the shared glyph when they match, else a view of it (its outline and
 * metrics inherited) carrying the requested ones.
 */
function withCodePoints(glyph: Glyph, requested: unknown, views: WeakMap<Glyph, Map<string, Glyph>>): Glyph {
  if (!Array.isArray(requested) || requested.length === 0) return glyph;
  const wanted = requested as number[];
  if (sameCodePoints(glyph.codePoints, wanted)) return glyph;
  const key = wanted.join(',');
  let byKey = views.get(glyph);
  if (!byKey) views.set(glyph, (byKey = new Map()));
  let view = byKey.get(key);
  if (!view) {
    view = Object.create(glyph) as Glyph;
    Object.defineProperty(view, 'codePoints', { value: Object.freeze([...wanted]), enumerable: true });
    byKey.set(key, view);
  }
  return view;
}

const sameCodePoints = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((cp, i) => cp === b[i]);

function cacheSubsets(font: FontkitFont): FontkitFont {
  const createSubset = font.createSubset.bind(font);
  // The glyph list before encode() → the encoded program and the list after it (compound glyphs add their parts).
  const encoded = new Map<string, { bytes: Uint8Array; glyphs: readonly number[] }>();
  font.createSubset = () => {
    const subset = createSubset();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      const known = encoded.get(key);
      if (known) {
        for (const id of known.glyphs) subset.includeGlyph(id);
        return known.bytes;
      }
      const bytes = encode();
      if (encoded.size >= SUBSETS_PER_FONT) encoded.delete(encoded.keys().next().value as string);
      encoded.set(key, { bytes, glyphs: [...subset.glyphs] });
      return bytes;
    };
    return subset;
  };
  return font;
}

/**
 * A cache in two generations of at most `perGeneration` entries each: when
 * the young one is full it becomes the old one and the former old one is
 * dropped; an entry found in the old generation moves back to the young
 * one. What is asked for again and again stays; the rest ages out. Never
 * more than 2 × perGeneration entries.
 */
export function twoGenerationCache<V>(perGeneration: number) {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const keep = (key: string, value: V) => {
    if (young.size >= perGeneration) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return {
    get(key: string): V | undefined {
      const value = young.get(key);
      if (value !== undefined) return value;
      const aged = old.get(key);
      if (aged === undefined) return undefined;
      old.delete(key);
      keep(key, aged);
      return aged;
    },
    set: keep,
    get size() { return young.size + old.size; },
  };
}

function cacheShaping(font: FontkitFont): FontkitFont {
  const layout = font.layout.bind(font);
  const shaped = twoGenerationCache<GlyphRun>(SHAPED_WORDS_PER_GENERATION);
  font.layout = (text: string, ...rest: unknown[]) => {
    // Only the plain call pdfkit makes for ordinary text; features, script or direction go straight through.
    if (rest.some((arg) => arg !== undefined)) return layout(text, ...rest);
    let run = shaped.get(text);
    if (!run) {
      run = layout(text);
      shaped.set(text, run);
    }
    return Object.assign(copyOf(run), { glyphs: [...run.glyphs], positions: run.positions.map(copyOf) });
  };
  return font;
}

/**
 * Hands pdfkit a fontkit whose `create` answers our font buffers — the very
 * Buffer objects pdfmake's virtual file system passes on — with the shared
 * parsed font; any other font is parsed as before. fontkit's exports are
 * read-only getters, so pdfkit gets a view of the module through the
 * require cache, which must happen before pdfkit is first loaded. Were
 * pdfkit already loaded by someone else, nothing would change but speed.
 */
export function shareParsedFonts(pdfmakePath: string, fonts: readonly Buffer[]): void {
  const require = createRequire(pdfmakePath);
  const pdfkitPath = require.resolve('pdfkit');
  if (require.cache[pdfkitPath]) return;
  const fromPdfkit = createRequire(pdfkitPath);
  const fontkit = fromPdfkit('fontkit') as Fontkit;
  const loaded = require.cache[fromPdfkit.resolve('fontkit')];
  if (!loaded) return;
  const create = fontkit.create;
  const parsed = new Map<Uint8Array, FontkitFont>(fonts.map((font) => [font, cacheSubsets(cacheShaping(cacheDecodedGlyphs(create(font))))]));
  const view = Object.create(fontkit as object) as Fontkit;
  Object.defineProperty(view, 'create', {
    enumerable: true,
    value: (buffer: Uint8Array, postscriptName?: string) =>
      (postscriptName === undefined ? parsed.get(buffer) : undefined) ?? create(buffer, postscriptName),
  });
  loaded.exports = view;
}
