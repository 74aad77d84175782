import { z } from 'zod';
import { iinSchema } from '../contract-common';
import { formatKzMobile } from '../phone';
import type { MobilePhoneRecord } from './port';

// Wire format of GET /phones/:iin. The phone is normalised on the way in so
// a real system's "87012345678" still satisfies the port's display form.
export const mobilePhoneRecordSchema: z.ZodType<MobilePhoneRecord, unknown> = z.object({
  iin: iinSchema,
  phone: z.string().transform((raw, ctx) => {
    const formatted = formatKzMobile(raw);
    if (formatted === null) {
      ctx.addIssue({ code: 'custom', message: `not a Kazakh mobile number: ${raw}` });
      return z.NEVER;
    }
    return formatted;
  }),
  operator: z.string().nullable(),
  registeredOn: z.iso.date().nullable(),
});

/** Wire format of POST /phones/lookup: one entry per IIN asked, in order. */
export const phoneLookupResponseSchema = z.object({
  results: z.array(z.union([
    z.object({ iin: z.string(), found: z.literal(true), record: mobilePhoneRecordSchema }),
    z.object({ iin: z.string(), found: z.literal(false) }),
    z.object({ iin: z.string(), error: z.literal('invalid_iin') }),
  ])),
});
