import { z } from 'zod';
import { enp } from '@oryndau/domain';
import { binary, localizedSchema } from './errors';
import { emailSchema } from './identity';
import { enpParticipantCategorySchema } from './enp';
import { text, uuid } from './validation';

// ЭНП online applications (ENP-7, ENP-9) and e-mail notifications (ENP-8),
// issue 16 items 5 and 7. The applicant is a cabinet user signed in with
// ЭЦП; the application is their signed document (the checklist binds the
// signer's IIN to theirs). Every text a person reads comes in kk and ru.

export const enpApplicationParams = z.object({ id: uuid });

/** POST /api/enp/applications — a draft: the case (number + court), the category, the e-mail for the password. */
export const enpApplicationBody = z.object({
  courtId: text(100, { min: 1 }),
  caseNumber: text(100, { min: 1 }),
  category: enpParticipantCategorySchema,
  email: emailSchema,
  language: z.enum(['kk', 'ru']),
});

export const enpApplicationStatusSchema = z.enum(['draft', 'submitted', 'approved', 'refused']);

export const enpApplicationSchema = z.object({
  id: z.string(),
  /** Given when it is signed and registered. */
  number: z.string().nullable(),
  court: localizedSchema,
  courtId: z.string(),
  caseNumber: z.string(),
  /** Whether the number names a case of that court (known once registered; staff only). */
  caseFound: z.boolean().nullable(),
  applicantIin: z.string(),
  fullName: z.string(),
  category: enpParticipantCategorySchema,
  categoryName: localizedSchema,
  email: z.string(),
  language: z.enum(['kk', 'ru']),
  status: enpApplicationStatusSchema,
  statusName: localizedSchema,
  version: z.number().int(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  refusal: z.object({ reason: z.string(), reasonName: localizedSchema, text: z.string().nullable() }).nullable(),
  attachments: z.array(z.object({ position: z.number().int(), name: z.string(), kind: z.string(), size: z.number().int() })),
  /** Staff only: the applicant's signature as the server checked it when it registered the application (null for a draft and for the applicant). */
  signature: z.object({ signerIin: z.string().nullable(), signerName: z.string().nullable(), valid: z.boolean(), checkedAt: z.string() }).nullable(),
});
export const enpApplicationListResponse = z.object({ items: z.array(enpApplicationSchema) });

/** POST /api/enp/applications/:id/signing — the manifest to sign (the document's exact bytes at /api/documents/:documentId/content). */
export const enpApplicationSigningResponse = z.object({
  challengeId: z.string(), documentId: z.string(), contentHash: z.string(), startedAt: z.string(), expiresAt: z.string(),
});

/** GET /api/enp/office/applications/count — the home counter of a court's staff. */
export const enpApplicationCountResponse = z.object({ submitted: z.number().int() });
export const enpOfficeApplicationsQuery = z.object({ decided: z.enum(['true', 'false']).optional() });

/** POST /api/enp/office/applications/:id/approve — the version read; the password goes by e-mail only. */
export const enpApproveBody = z.object({ version: z.number().int().positive() });
/** POST /api/enp/office/applications/:id/refuse — a reference reason and, for `other` required, the court's own words. */
export const enpRefuseBody = z.object({
  version: z.number().int().positive(),
  reason: z.enum(enp.ENP_REFUSAL_REASONS),
  text: text(1000).nullable().optional(),
});
export const enpRefusalReasonsResponse = z.object({ items: z.array(z.object({ code: z.string(), name: localizedSchema })) });
export const enpApplicationFileParams = z.object({ id: uuid, position: z.coerce.number().int().positive().max(100) });

// --- Notifications (ENP-8) ---------------------------------------------------

/** GET/PUT /api/enp/notifications — the signed-in participant's choices for their case. */
export const enpPreferencesSchema = z.object({ acts: z.boolean(), documents: z.boolean(), course: z.boolean() });
export const enpUnsubscribeParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'token') });
/** The confirm page (GET) and the result page (POST): a tiny kk/ru HTML page that needs no script and no sign-in. */
export const enpUnsubscribeHtml = binary(['text/html'], 'ENP-8: a kk/ru page (confirm, or done) — no script, no sign-in');

export type EnpApplicationBody = z.infer<typeof enpApplicationBody>;
export type EnpApplicationView = z.infer<typeof enpApplicationSchema>;
export type EnpRefuseBody = z.infer<typeof enpRefuseBody>;
export type EnpPreferences = z.infer<typeof enpPreferencesSchema>;
