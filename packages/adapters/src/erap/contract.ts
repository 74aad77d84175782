import { z } from 'zod';
import { iinSchema, instantSchema, localizedSchema, tiynSchema } from '../contract-common';
import { ERAP_FINE_STATUSES, type ErapFine, type ErapFinePage, type ErapFineRecord, type ErapStatusReceipt } from './port';

// Wire format: GET /fines?cursor&limit, GET /fines/:id, POST /fines/:id/status.

export const erapFineSchema = z.object({
  fineId: z.string().min(1),
  protocolNumber: z.string().min(1),
  offender: z.object({
    iin: iinSchema,
    surname: z.string().min(1),
    name: z.string().min(1),
    patronymic: z.string().min(1).nullable(),
  }),
  article: z.object({ number: z.string().min(1), part: z.string().min(1).nullable(), title: localizedSchema }),
  amountTiyn: tiynSchema,
  mrpCount: z.number().positive(),
  caseOpenedOn: z.iso.date(),
  enteredIntoForceOn: z.iso.date(),
  regionCode: z.string().min(1),
  region: localizedSchema,
  issuingBody: localizedSchema,
}) satisfies z.ZodType<ErapFine>;

export const erapFinePageSchema: z.ZodType<ErapFinePage> = z.object({
  fines: z.array(erapFineSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
});

export const erapFineRecordSchema: z.ZodType<ErapFineRecord> = erapFineSchema.extend({
  statuses: z.array(
    z.object({ status: z.enum(ERAP_FINE_STATUSES), at: instantSchema, proceedingNumber: z.string().nullable() }),
  ),
});

/** Body of POST /fines/:fineId/status (the fine id travels in the path). */
export const erapStatusBodySchema = z.object({
  eventId: z.string().min(1).max(200),
  status: z.enum(ERAP_FINE_STATUSES),
  at: instantSchema,
  proceedingNumber: z.string().min(1).optional(),
  note: z.string().max(2000).optional(),
});

export const erapStatusReceiptSchema: z.ZodType<ErapStatusReceipt> = z.object({
  fineId: z.string(),
  eventId: z.string(),
  receivedAt: instantSchema,
  duplicate: z.boolean(),
});
