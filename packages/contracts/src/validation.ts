import { z } from 'zod';

/**
 * The one validation layer of the API (issue 11 item 6), in
 * `@oryndau/contracts` since issue 11 item 12 so the web checks a form with
 * the very schema the server checks the request with: every route's
 * params, query and body are built from these primitives, so no value that
 * PostgreSQL (or a PDF, or an SMS) cannot hold reaches a use-case. A value
 * they refuse is a 400 `validation` naming the field; the global guard in
 * `registerInputGuard` and the PostgreSQL data-error mapping in `errors.ts`
 * catch what a route still forgets.
 */

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. NUL is one of them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Any control character: for one-line values (names, numbers, codes). */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one: not text in any encoding. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string is text PostgreSQL and people can read: well-formed UTF-16, no control characters but \t \n \r. */
export function isCleanText(value: string, multiline = true): boolean {
  return !(multiline ? CONTROL : CONTROL_ONE_LINE).test(value) && !LONE_SURROGATE.test(value);
}

type TextOptions = { min?: number; multiline?: boolean; trim?: boolean };

/**
 * Text of at most `max` characters, trimmed, without control characters
 * (one line unless `multiline`) or unpaired surrogates. `min` (default 0)
 * counts after trimming.
 */
export function text(max: number, options: TextOptions = {}) {
  const { min = 0, multiline = false, trim = true } = options;
  const base = trim ? z.string().trim() : z.string();
  return base.min(min).max(max).refine((v) => isCleanText(v, multiline), { message: 'text' });
}

/** Several lines of text (a reason, a claim's essence, a template). */
export const multilineText = (max: number, options: Omit<TextOptions, 'multiline'> = {}) => text(max, { ...options, multiline: true });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in its canonical 8-4-4-4-12 hex form — what a PostgreSQL `uuid` column takes (36 dashes do not pass). */
export const uuid = z.string().regex(UUID, 'uuid');

export const isUuid = (value: string) => UUID.test(value);

type YearRange = { minYear?: number; maxYear?: number };

/** True for a real calendar date `YYYY-MM-DD` within the years (default 1900–2100). */
export function isIsoDate(value: string, { minYear = 1900, maxYear = 2100 }: YearRange = {}): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < minYear || year > maxYear) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real calendar date `YYYY-MM-DD`, years 1900–2100 unless the field has its own range. */
export const isoDate = (range: YearRange = {}) => z.string().refine((v) => isIsoDate(v, range), { message: 'date' });

/** An instant with its offset (RFC 3339), years 1900–2100 unless given. */
export const isoDateTime = (range: YearRange = {}) => z.iso.datetime({ offset: true })
  .refine((v) => isIsoDate(v.slice(0, 10), range) && !Number.isNaN(Date.parse(v)), { message: 'datetime' });

/** A whole number in a range, from a query string or JSON; never beyond what JavaScript and PostgreSQL hold exactly. */
export const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(Math.min(max, Number.MAX_SAFE_INTEGER));

/** Base64 (standard or URL alphabet) of at most `max` characters. */
export const base64 = (max: number, min = 4) => z.string().min(min).max(max).regex(/^[A-Za-z0-9+/=_-]+$/, 'base64');

/** A code from reference data: letters, digits, `_ . -`. */
export const code = (max = 64) => z.string().min(1).max(max).regex(/^[A-Za-z0-9_.-]+$/, 'code');

/** Nine-digit КАТО code of a territory. */
export const kato = z.string().regex(/^\d{9}$/, 'kato');

/** Twelve digits (ИИН/БИН; its check digit is the use-case's business). */
export const iin = z.string().regex(/^\d{12}$/, 'iin');

/** A kk and ru pair of texts. */
export const localizedText = (max: number, options: Omit<TextOptions, 'multiline'> & { multiline?: boolean } = {}) =>
  z.object({ kk: text(max, options), ru: text(max, options) });

/** `/:id` as a UUID. */
export const idParams = z.object({ id: uuid });

/** base64url → text, in Node and in the browser alike (the web imports these schemas too); '' when it is not base64. */
function decodeBase64Url(value: string): string {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '='));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/**
 * The queue's keyset cursor: base64url of `<registered_at ISO>|<proceeding uuid>`
 * (see enforcement/queues.ts), checked here so a forged one is a 400.
 */
export const queueCursor = z.string().max(200).refine((value) => {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return false;
  const [at = '', id = '', ...rest] = decodeBase64Url(value).split('|');
  return rest.length === 0 && isUuid(id) && /^\d{4}-\d{2}-\d{2}T/.test(at) && isIsoDate(at.slice(0, 10)) && !Number.isNaN(Date.parse(at));
}, { message: 'cursor' });

/** The first string in a JSON value (or params/query object) that is not clean text, as a dotted path; null when all are. */
export function findUncleanText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return isCleanText(value) ? null : path;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUncleanText(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (!isCleanText(key)) return path;
    const found = findUncleanText(inner, keyPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
