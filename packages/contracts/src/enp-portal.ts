import { z } from 'zod';
import { binary, localizedSchema } from './errors';

// ЭНП public portal (issue 16 item 2, ENP-3): the routes the portal's menu
// pages read without any sign-in — the courts from the reference data and the
// sample applications. The sign-in and the case itself are in ./enp.

/** GET /api/enp/courts — every court with its name, address and time zone, in kk and ru (public, cacheable). */
export const enpCourtSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedSchema,
  level: z.enum(['district', 'regional', 'cassation']),
  levelName: localizedSchema,
  region: localizedSchema,
  address: localizedSchema,
  /** IANA zone the court keeps its dates in, e.g. Asia/Almaty. */
  timeZone: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export const enpCourtsResponse = z.object({ courts: z.array(enpCourtSchema) });

/** The sample applications the portal offers (Образцы заявлений). */
export const ENP_SAMPLE_IDS = ['password', 'act-copy', 'familiarisation'] as const;
export const enpSampleIdSchema = z.enum(ENP_SAMPLE_IDS);

/** GET /api/enp/samples/:sample/:language — the sample as a PDF in that language (an attachment). */
export const enpSampleParams = z.object({ sample: enpSampleIdSchema, language: z.enum(['kk', 'ru']) });
export const enpSampleResponse = binary(['application/pdf'], 'The sample application, a one-page PDF in the requested language.');

export type EnpCourt = z.infer<typeof enpCourtSchema>;
export type EnpCourtsResponse = z.infer<typeof enpCourtsResponse>;
export type EnpSampleId = z.infer<typeof enpSampleIdSchema>;
