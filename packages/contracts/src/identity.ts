import { ORGANISATION_KINDS, QUEUES, ROLES } from '@oryndau/domain';
import { z } from 'zod';
import { localeSchema, localizedSchema, okSchema } from './errors';
import { base64, uuid } from './validation';

// Identity, sign-in and the signed-in user's own settings (routes/auth.ts, routes/me.ts).

export const organisationSchema = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: localizedSchema,
  regionId: z.string(),
  timeZone: z.string(),
});

/**
 * FILE-3, ISSUE-14 item 2: the legal entity the person acts for in this
 * session — only ever from the verified certificate they signed in with
 * (OU=BIN…, O=…, EKU role first head 1.2.398.3.3.4.1.2.1). Null after a
 * password sign-in (IIN/BIN + password is the person's own IIN) or with an
 * individual's certificate.
 */
export const representingSchema = z.object({
  bin: z.string().regex(/^\d{12}$/),
  organisationName: z.string(),
  firstHead: z.boolean().describe('The certificate carries the first-head role'),
}).describe('Representing');

export const userSchema = z.object({
  id: z.string(),
  iin: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale: localeSchema,
  organisation: organisationSchema.nullable(),
  representing: representingSchema.nullable(),
}).describe('User');

/** GET /api/session */
export const sessionResponse = z.object({ csrfToken: z.string(), devMode: z.boolean(), user: userSchema.nullable() });
/** POST /api/auth/login */
export const loginBody = z.object({
  iin: z.string().regex(/^\d{12}$/, 'IIN must be 12 digits'),
  password: z.string().min(1).max(200),
});
/** E-mail of a cabinet applicant: where the court's notices go. */
export const emailSchema = z.string().trim().max(254).pipe(z.email());

/**
 * POST /api/cabinet/register (FILE-3): a new applicant opens a cabinet
 * account, signed in at once as a citizen. Two ways:
 * - `password`: IIN (check digit), e-mail and a password under the password
 *   policy; the name comes from ГБД ФЛ, which must know the IIN;
 * - `esign`: a fresh sign-in challenge (POST /api/auth/esign/challenge) signed
 *   with an authentication key; the verified certificate decides the IIN (and
 *   the legal entity the person acts for), never a field of this body.
 */
export const registerBody = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('password'),
    iin: z.string().regex(/^\d{12}$/, 'IIN must be 12 digits'),
    email: emailSchema,
    password: z.string().min(1).max(200),
    locale: localeSchema,
  }),
  z.object({
    method: z.literal('esign'),
    challengeId: uuid,
    cms: base64(2_000_000, 16).describe('Base64 CMS of the challenge nonce, signed with an authentication key'),
    email: emailSchema,
    locale: localeSchema,
  }),
]);

/** POST /api/auth/login, POST /api/auth/esign, POST /api/cabinet/register, PUT /api/me/locale, GET /api/me */
export const userResponse = z.object({ user: userSchema });
/** POST /api/auth/logout */
export const logoutResponse = okSchema;
/** PUT /api/me/locale */
export const localeBody = z.object({ locale: localeSchema });

const homeQueueKeys = QUEUES.map((q) => q.key) as [(typeof QUEUES)[number]['key'], ...(typeof QUEUES)[number]['key'][]];
/**
 * GET /api/home: the work queues of the user's roles that have a page, with
 * their counts; `upcoming`: the role's queues whose workspace is not built
 * yet (ISSUE-13 item 11) — named, never counted.
 */
export const homeResponse = z.object({
  queues: z.array(z.object({ key: z.enum(homeQueueKeys), count: z.number().int() })),
  upcoming: z.array(z.enum(homeQueueKeys)),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type User = z.infer<typeof userSchema>;
export type Representing = z.infer<typeof representingSchema>;
export type RegisterBody = z.infer<typeof registerBody>;
export type Session = z.infer<typeof sessionResponse>;
export type HomeQueue = z.infer<typeof homeResponse>['queues'][number];
