import { ORGANISATION_KINDS, QUEUES, ROLES } from '@oryndau/domain';
import { z } from 'zod';
import { localeSchema, localizedSchema, okSchema } from './errors';

// Identity, sign-in and the signed-in user's own settings (routes/auth.ts, routes/me.ts).

export const organisationSchema = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: localizedSchema,
  regionId: z.string(),
  timeZone: z.string(),
});

export const userSchema = z.object({
  id: z.string(),
  iin: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale: localeSchema,
  organisation: organisationSchema.nullable(),
}).describe('User');

/** GET /api/session */
export const sessionResponse = z.object({ csrfToken: z.string(), devMode: z.boolean(), user: userSchema.nullable() });
/** POST /api/auth/login */
export const loginBody = z.object({
  iin: z.string().regex(/^\d{12}$/, 'IIN must be 12 digits'),
  password: z.string().min(1).max(200),
});
/** POST /api/auth/login, POST /api/auth/esign, PUT /api/me/locale */
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
export type Session = z.infer<typeof sessionResponse>;
export type HomeQueue = z.infer<typeof homeResponse>['queues'][number];
