import { ERROR_CODES } from '@oryndau/domain';
import { z } from 'zod';

// Shapes every workspace's contract is built from: the one error body, the
// kk/ru pair, and how a route that answers with bytes says so in OpenAPI.

/** Every error of the API (issue 11 item 7): `{ code, message, details? }`, the message in the caller's language. */
export const errorSchema = z.object({
  code: z.enum(ERROR_CODES as [string, ...string[]]),
  message: z.string().describe('Human-readable, in the caller\'s language (kk or ru)'),
  details: z.record(z.string(), z.unknown()).optional(),
}).describe('Error');
export type ApiErrorBody = z.infer<typeof errorSchema>;

/**
 * The error statuses any route may answer (errors.ts maps each code to one of
 * them); spread into a route's `response` beside its success status.
 */
export const errorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema,
  410: errorSchema, 413: errorSchema, 414: errorSchema, 415: errorSchema, 422: errorSchema, 423: errorSchema, 429: errorSchema,
  500: errorSchema, 503: errorSchema,
} as const;

export const localeSchema = z.enum(['kk', 'ru']);
export type Locale = z.infer<typeof localeSchema>;

/** A text a person reads, in both languages. */
export const localizedSchema = z.object({ kk: z.string(), ru: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

/** `{ ok: true }`: the answer of a command that returns nothing else. */
export const okSchema = z.object({ ok: z.literal(true) });

/**
 * A success answered with bytes (PDF, CMS, CSV, SVG, CRL, OCSP, PKCS#12): in
 * OpenAPI the media types with a binary schema. The handler sends a Buffer or
 * a string with its own Content-Type, which Fastify never passes through the
 * JSON serializer — this schema only documents the answer.
 */
export function binary(mediaTypes: readonly string[], description: string) {
  const media = Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
  // Typed as bytes or text so a handler may send a Buffer; at run time it is a
  // string schema carrying the media types for OpenAPI (never used to serialize).
  return z.string().meta({ description, content: media }) as unknown as z.ZodType<string | Uint8Array>;
}
