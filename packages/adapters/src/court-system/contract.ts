import { z } from 'zod';
import { instantSchema, localizedSchema } from '../contract-common';
import { EXECUTIVE_DOCUMENT_STATUSES, type CourtStatusReceipt } from './port';

// Wire format: POST /executive-documents/:documentId/status.

export const statusBodySchema = z
  .object({
    eventId: z.string().min(1).max(200),
    status: z.enum(EXECUTIVE_DOCUMENT_STATUSES),
    at: instantSchema,
    registrationNumber: z.string().min(1).optional(),
    registrationDate: z.iso.date().optional(),
    reason: localizedSchema.optional(),
    bailiffName: z.string().min(1).optional(),
    note: z.string().max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.status === 'registered' && (body.registrationNumber === undefined || body.registrationDate === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'registered needs registrationNumber and registrationDate', path: ['status'] });
    }
    if ((body.status === 'refused' || body.status === 'returned') && body.reason === undefined) {
      ctx.addIssue({ code: 'custom', message: `${body.status} needs a reason`, path: ['reason'] });
    }
  });

export const statusReceiptSchema: z.ZodType<CourtStatusReceipt> = z.object({
  documentId: z.string(),
  eventId: z.string(),
  receivedAt: instantSchema,
  duplicate: z.boolean(),
});
