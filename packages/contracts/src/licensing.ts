import { z } from 'zod';
import { licensing } from '@oryndau/domain';
import { binary, localizedSchema } from './errors';
import { iin, text, uuid } from './validation';

// Issue 17: e-licensing of private bailiffs (LIC-1…LIC-8). Portal (the
// applicant signed in with ЭЦП), staff channel (the licensor's employee),
// review, the electronic licence, the register, survey. Every text a
// person reads comes in kk and ru.

const statuses = licensing.LICENSING_STATUSES as unknown as [licensing.LicensingStatus, ...licensing.LicensingStatus[]];
const services = licensing.LICENSING_SERVICES as unknown as [licensing.LicensingService, ...licensing.LicensingService[]];
const licenceStatuses = licensing.LICENCE_STATUSES as unknown as [licensing.LicenceStatus, ...licensing.LicenceStatus[]];
const kato = z.string().regex(/^[0-9]{9}$/, 'kato');
const docCode = text(50, { min: 1 });

export const licensingParams = z.object({ id: uuid });
export const licensingFileParams = z.object({ id: uuid, position: z.coerce.number().int().min(1).max(1000) });
export const licenceParams = z.object({ id: uuid });
export const licenceNumberParams = z.object({ number: text(20, { min: 1 }) });

/** POST /api/licensing/applications — the portal applicant's draft (the applicant is the signed-in person). */
export const licensingApplicationBody = z.object({
  service: z.enum(services),
  /** Re-issue and duplicate: a reason code of their own list (GET /api/licensing/reference). */
  reason: text(50).nullable().optional(),
  /** Re-issue and duplicate: the licence's number. */
  licenceNumber: text(20).nullable().optional(),
  regionKato: kato,
  email: text(200).nullable().optional(),
  language: z.enum(['kk', 'ru']),
});

/** POST /api/licensing/staff/applications — the licensor's employee enters the applicant (ГБД ФЛ is asked). */
export const licensingStaffApplicationBody = licensingApplicationBody.extend({ applicantIin: iin });

export const licensingAttachQuery = z.object({ code: docCode, paper: z.enum(['true', 'false']).optional() });

export const licensingRefuseBody = z.object({
  version: z.number().int().min(1),
  reasons: z.array(text(50, { min: 1 })).min(1).max(10),
  text: text(2000).nullable().optional(),
});
export const licensingReturnBody = z.object({ version: z.number().int().min(1), text: text(2000, { min: 1 }) });
export const licensingVersionBody = z.object({ version: z.number().int().min(1) });
export const licensingChecklistBody = z.object({ version: z.number().int().min(1), checklist: z.record(z.string(), z.boolean()) });

export const licensingApplicationSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  service: z.enum(services),
  serviceName: localizedSchema,
  reason: z.string().nullable(),
  channel: z.enum(['portal', 'staff']),
  applicantIin: z.string(),
  fullName: z.string(),
  regionKato: z.string(),
  status: z.enum(statuses),
  statusName: localizedSchema,
  version: z.number().int(),
  createdAt: z.string(),
  registeredAt: z.string().nullable(),
  /** LIC-5: the last working day for the decision and the working days left (negative: overdue). */
  deadline: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  fee: z.object({ amountTiyn: z.number().int(), rateMrp: z.number(), mrpTenge: z.number().int(), confirmed: z.boolean(), paid: z.boolean() }).nullable(),
  attachments: z.array(z.object({ position: z.number().int(), code: z.string(), name: localizedSchema, fileName: z.string(), paperPresented: z.boolean(),
    size: z.number().int() })),
  missingDocuments: z.array(z.object({ code: z.string(), name: localizedSchema })),
  correctionText: z.string().nullable(),
  refusal: z.object({ reasons: z.array(z.object({ code: z.string(), name: localizedSchema })), text: z.string().nullable() }).nullable(),
  licence: z.object({ id: z.string(), number: z.string(), documentId: z.string().nullable() }).nullable(),
  /** The licence number reserved and its document to sign (officer, while issuing). */
  licenceDraft: z.object({ number: z.string(), documentId: z.string() }).nullable(),
  surveyAnswered: z.boolean(),
});
export const licensingApplicationListResponse = z.object({ items: z.array(licensingApplicationSchema) });
export const licensingListQuery = z.object({ iin: iin.optional(), overdue: z.enum(['true', 'false']).optional() });

/** The officer's view: + ГБД ФЛ data and the qualification checklist with its legal basis. */
export const licensingReviewSchema = licensingApplicationSchema.extend({
  gbdPerson: z.record(z.string(), z.unknown()).nullable(),
  checklist: z.array(z.object({ code: z.string(), text: localizedSchema, basis: z.string(), confirmed: z.boolean(), met: z.boolean() })),
});

export const licensingSigningResponse = z.object({
  challengeId: z.string(), documentId: z.string(), contentHash: z.string(), startedAt: z.string(), expiresAt: z.string(),
});
export const licensingPaymentResponse = z.object({ paymentId: z.string(), redirectUrl: z.string(), amountTiyn: z.number().int() });

export const licensingReferenceResponse = z.object({
  services: z.array(z.object({ code: z.string(), name: localizedSchema })),
  reissueReasons: z.array(z.object({ code: z.string(), name: localizedSchema, confirmed: z.boolean() })),
  duplicateReasons: z.array(z.object({ code: z.string(), name: localizedSchema, confirmed: z.boolean() })),
  documents: z.array(z.object({ code: z.string(), name: localizedSchema, services: z.array(z.string()), required: z.boolean(), confirmed: z.boolean(),
    source: z.string() })),
  refusalReasons: z.array(z.object({ code: z.string(), name: localizedSchema, confirmed: z.boolean() })),
  registerGrounds: z.record(z.string(), z.array(z.object({ code: z.string(), name: localizedSchema }))),
  survey: z.array(z.object({ code: z.string(), text: localizedSchema })),
});

export const licenceSchema = z.object({
  id: z.string(), number: z.string(), licenseeIin: z.string(), licenseeName: z.string(), regionKato: z.string(), issuedOn: z.string(),
  status: z.enum(licenceStatuses), statusName: localizedSchema, statusSince: z.string().nullable(), documentId: z.string().nullable(),
  version: z.number().int(),
});
export const licenceListResponse = z.object({ items: z.array(licenceSchema) });
export const registerSearchQuery = z.object({
  iin: iin.optional(), name: text(200).optional(), number: text(20).optional(), region: kato.optional(), status: z.enum(licenceStatuses).optional(),
});
export const registerExportQuery = registerSearchQuery.extend({ format: z.enum(['csv', 'xlsx']) });
export const registerExportResponse = binary(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  'The register (filtered) as CSV (UTF-8 with BOM) or XLSX, columns in kk/ru.');

export const registerActBody = z.object({
  act: z.enum(['suspended', 'resumed', 'terminated']),
  version: z.number().int().min(1),
  ground: text(50, { min: 1 }),
  groundText: text(2000).nullable().optional(),
  /** The day it takes effect (default: today in the licensor's zone). */
  effectiveOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

/** GET /api/licensing/verify/:number — public: the licence's CURRENT register status. */
export const licenceVerificationSchema = z.object({
  number: z.string(), licensee: z.string(), activity: localizedSchema, issuedOn: z.string(), status: z.enum(licenceStatuses),
  statusName: localizedSchema, statusSince: z.string().nullable(), documentId: z.string().nullable(),
});

export const licensingPdfQuery = z.object({ lang: z.enum(['kk', 'ru']) });
export const licensingPdfResponse = binary(['application/pdf'], 'The result (licence or refusal) as PDF in the language asked, with the verification QR.');

export const surveyBody = z.object({ process: z.number().int().min(1).max(3), information: z.number().int().min(1).max(3) });
export const surveyDashboardResponse = z.object({
  answers: z.number().int(),
  process: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), mean: z.number().nullable() }),
  information: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), mean: z.number().nullable() }),
  decided: z.number().int(),
  shareDecidedInTime: z.number().nullable(),
  byStatus: z.record(z.string(), z.number().int()),
  overdue: z.number().int(),
});

export const bailiffProceedingsResponse = z.object({
  licence: z.object({ number: z.string(), status: z.enum(licenceStatuses), statusName: localizedSchema }),
  items: z.array(z.object({ id: z.string(), number: z.string().nullable(), regionKato: z.string(), status: z.string() })),
});

export type LicensingApplicationBody = z.infer<typeof licensingApplicationBody>;
export type LicensingStaffApplicationBody = z.infer<typeof licensingStaffApplicationBody>;
export type LicensingRefuseBody = z.infer<typeof licensingRefuseBody>;
export type RegisterActBody = z.infer<typeof registerActBody>;
export type RegisterSearchQuery = z.infer<typeof registerSearchQuery>;

/** 204 answers. */
export const licensingNoContent = z.null();
