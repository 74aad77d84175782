import { ERROR_CODES, ROLES, ORGANISATION_KINDS } from '@oryndau/domain';
import { z } from 'zod';

// Shapes shared by several routes; they also make the OpenAPI document.
export const errorSchema = z.object({
  code: z.enum(ERROR_CODES as [string, ...string[]]),
  message: z.string().describe('Human-readable, in the caller\'s language (kk or ru)'),
  details: z.record(z.string(), z.unknown()).optional(),
}).describe('Error');

export const localeSchema = z.enum(['kk', 'ru']);

export const userSchema = z.object({
  id: z.string(),
  iin: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale: localeSchema,
  organisation: z.object({
    id: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    name: z.object({ kk: z.string(), ru: z.string() }),
    regionId: z.string(),
    timeZone: z.string(),
  }).nullable(),
}).describe('User');

export const errorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema,
  410: errorSchema, 413: errorSchema, 414: errorSchema, 415: errorSchema, 422: errorSchema, 423: errorSchema, 429: errorSchema,
  500: errorSchema, 503: errorSchema,
} as const;
