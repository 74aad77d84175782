import { renderResolutionPdf, type ResolutionPdfInput } from '@oryndau/documents';
import type { Locale } from '@oryndau/kz';
import { z } from 'zod';

/**
 * The acts the system makes by itself — the initiation, termination and
 * cancellation resolutions of a simplified proceeding, one each per fine,
 * hundreds of thousands a day — are sealed as data, the way the state's
 * own services issue machine-made documents: the system key signs the
 * act's full text in Kazakh and in Russian (title, paragraphs, the table of
 * facts, the signing organisation) as canonical JSON, and the PDF a person
 * downloads is a rendering of exactly that signed text, made when it is
 * asked for, with the QR code of its verification page.
 *
 * An act a person signs stays a PDF (the bailiff signs what they saw);
 * here no one looks before the signature, and rendering a PDF per fine
 * cost more than the signature itself (bench:simplified).
 */
export const SEALED_ACT_MEDIA_TYPE = 'application/vnd.oryndau.act+json';
const SCHEMA = 'oryndau.act/1';

export type SealedAct = {
  schema: typeof SCHEMA;
  documentId: string;
  kind: string;
  /** The act in each language, as its PDF renders it. */
  text: Readonly<Record<Locale, ResolutionPdfInput>>;
};

const resolutionSchema = z.object({
  locale: z.enum(['kk', 'ru']), organisation: z.string(), title: z.string(), place: z.string(), date: z.string(),
  registrationNumber: z.string(), body: z.string(), facts: z.array(z.object({ label: z.string(), value: z.string() })),
  signer: z.object({ position: z.string(), name: z.string() }), verifyUrl: z.string(), documentId: z.string(),
}).strict();

const actSchema = z.object({
  schema: z.literal(SCHEMA), documentId: z.string(), kind: z.string(),
  text: z.object({ kk: resolutionSchema, ru: resolutionSchema }).strict(),
}).strict();

/** Keys sorted at every level, no whitespace: the same act always gives the same bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** The bytes the system key signs. */
export function encodeSealedAct(act: Omit<SealedAct, 'schema'>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(canonical({ schema: SCHEMA, ...act })));
}

/** Reads stored act bytes back; anything else (a damaged row) throws. */
export function decodeSealedAct(bytes: Uint8Array): SealedAct {
  return actSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))) as SealedAct;
}

/** The PDF of a sealed act in one of its languages: a layout of the signed text, nothing added but the page furniture. */
export function renderSealedAct(act: SealedAct, locale: Locale): Promise<Uint8Array> {
  return renderResolutionPdf(act.text[locale]);
}
