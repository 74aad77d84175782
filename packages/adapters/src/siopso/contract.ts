import { z } from 'zod';
import { iinSchema, instantSchema, localizedSchema } from '../contract-common';
import type { SiopsoRequestState, SiopsoRequestType } from './port';

// Wire format: GET /request-types, POST /requests, GET /requests/:id.

export const requestTypesSchema: z.ZodType<{ types: SiopsoRequestType[] }> = z.object({
  types: z.array(z.object({ code: z.string().min(1), name: localizedSchema, agency: localizedSchema })),
});

export const sendRequestBodySchema = z.object({
  requestRef: z.string().min(1).max(200),
  type: z.string().min(1),
  debtorIin: iinSchema,
  proceedingNumber: z.string().min(1),
  signature: z.base64().optional(),
});

const answerSchema = z.object({
  answeredAt: instantSchema,
  found: z.boolean(),
  summary: localizedSchema,
  agency: localizedSchema,
  items: z.array(
    z.object({
      title: localizedSchema,
      fields: z.array(z.object({ key: z.string(), label: localizedSchema, value: localizedSchema })),
    }),
  ),
});

export const requestStateSchema: z.ZodType<SiopsoRequestState> = z.object({
  requestId: z.string().min(1),
  requestRef: z.string(),
  type: z.string(),
  debtorIin: iinSchema,
  proceedingNumber: z.string(),
  status: z.enum(['pending', 'answered', 'failed']),
  sentAt: instantSchema,
  answer: answerSchema.nullable(),
  // Optional on the wire: a СИОПСО that predates error answers omits it.
  error: localizedSchema.nullable().default(null),
});
