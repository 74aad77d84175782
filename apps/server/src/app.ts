import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Database } from '@oryndau/db';
import { registerReadRouting } from './http/read-routing';
import type { ReadRouting } from './http/read-routing';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, QueueKey, Subject } from '@oryndau/domain';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { sendError } from './http/errors';
import { registerInputGuard } from './http/input-guard';
import { serverLoggerOptions } from './http/log-redaction';
import type { LogDestination } from './http/log-redaction';
import { registerSession } from './http/session';
import { registerAuthRoutes } from './routes/auth';
import { registerCabinetRoutes } from './routes/cabinet';
import { registerCalendarRoutes } from './routes/calendar';
import { registerDevMessageRoutes, registerDevSampleDocumentRoute } from './routes/dev-messages';
import { registerHealthRoutes } from './routes/health';
import { registerJournalRoutes } from './routes/journal';
import { registerMeRoutes } from './routes/me';
import { registerSigningRoutes } from './routes/signing';
import { registerVerifyRoutes } from './routes/verify';
import type { SignatureVerifier } from './signing/verifier';
import type { SigningHooks } from './signing/sign-document';
import type { SignatureTrust } from './signing/trust';
import type { SystemSeal } from './simplified/system-seal';
import { registerPkiRoutes } from './routes/pki';
import { registerEnforcementRoutes } from './enforcement/routes';
import { registerSimplifiedRoutes } from './simplified/routes';
import { registerSimplifiedDashboardRoutes } from './simplified/dashboard-routes';
import { registerCourtDispatchRoutes } from './courts/dispatch-routes';
import { registerCourtOfficeRoutes } from './courts/office-routes';
import { registerCourtArchiveRoutes } from './courts/archive/archive-routes';
import { registerCourtWorkRoutes } from './courts/work/court-work-routes';
import { registerPowerOfAttorneyRoutes } from './courts/poa-routes';
import { registerCabinetNotificationRoutes } from './courts/notification-routes';
import type { Adapters, FileStoragePort } from '@oryndau/adapters';
import { registerCourtFilingRoutes } from './courts/filing-routes';
import { registerCourtWritRoutes } from './courts/writs/writ-routes';
import { registerEnpApplicationRoutes } from './enp/enp-application-routes';
import { registerLicensingApplicantRoutes } from './licensing/applicant-routes';
import { registerLicensingOfficeRoutes } from './licensing/office-routes';
import { registerEnpNotificationRoutes } from './enp/enp-notification-routes';
import { registerEnpOfficeRoutes } from './enp/enp-office-routes';
import { registerEnpEasdOfficeRoutes } from './enp/easd-office-routes';
import { registerEnpPortalRoutes } from './enp/enp-portal-routes';
import { registerCourtActRoutes } from './courts/acts/court-act-routes';
import { registerCourtActDevRoutes } from './courts/acts/dev-routes';
import { registerEnpPublicRoutes } from './enp/enp-public-routes';

export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression,
  FastifyBaseLogger, ZodTypeProvider>;

export type QueueCounter = (db: Database, subject: Subject) => Promise<number>;

export type AppDeps = {
  db: Database;
  /** Issue 18 item 6: where a read-only route's pure reads go (the replica, or the primary; http/read-routing.ts). */
  reads: ReadRouting;
  clock: Clock;
  config: Config;
  queueCounters: Partial<Record<QueueKey, QueueCounter>>;
  /** SIG-4: the checklist verifier (packages/esign) with this installation's trust anchors. */
  verify: SignatureVerifier;
  trust: SignatureTrust | null;
  /** The system organisation's seal (simplified proceedings); its status is on /health. */
  seal: SystemSeal;
  /** Per document kind: who reads/signs it and what its signature does (e.g. an enforcement act moves the proceeding). */
  signingHooks: SigningHooks;
  /** Dev mode: asks the courts' simulator to send a signed writ to our intake (demo and browser tests). */
  /** The external systems' adapters, bound after the app is built (system.ts); absent = every external call is unavailable. */
  adapters?: () => Adapters;
  /** Issue 14 item 4: where attachments, receipts and manifests are stored (content-addressed by SHA-256). */
  files: FileStoragePort;
  devSendWrit?: (request: { overrides?: Record<string, unknown> }) => Promise<{ card: unknown; status: number; body: unknown }>;
};

/** Builds the HTTP application; routes stay thin and call use-cases. */
export async function buildApp(deps: AppDeps, options: { logger?: boolean | LogDestination } = {}): Promise<ZodApp> {
  const app = Fastify({
    // Never log a credential: debtor-link tokens are redacted from every line (http/log-redaction.ts).
    logger: options.logger ? serverLoggerOptions(options.logger === true ? process.stdout : options.logger) : false,
    // X-Forwarded-For only from the configured proxies (TRUSTED_PROXIES): otherwise anyone could rotate it
    // past the rate limits and write a made-up address into the journal.
    trustProxy: deps.config.trustedProxies.length > 0 ? deps.config.trustedProxies : false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // The router's own refusals (an over-long or undecodable parameter) answer in our shape and language too.
    frameworkErrors: (error, request, reply) => sendError(request, reply, error),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
  registerInputGuard(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'wss://127.0.0.1:13579'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: deps.config.production ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.production,
  });
  await app.register(fastifyCookie);
  // Issue 14 item 4 (FILE-1): attachments and scanned receipts come as multipart/form-data, one file per request,
  // at most the attachment size limit (a larger one is a 413 in kk/ru, courts/multipart.ts).
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.files.attachmentMaxBytes, files: 1, fields: 10, parts: 11, fieldSize: 4096, headerPairs: 100 },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: deps.config.ratePerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => new DomainError(ErrorCode.rateLimited, { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
  registerSession(app, { db: deps.db, clock: deps.clock, policy: deps.config.session, secureCookies: deps.config.production });
  registerReadRouting(app, deps.reads, { stickyMs: deps.config.replica.stickyMs, clock: deps.clock, secure: deps.config.production });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Oryndau API', version: '0.1.0', description: 'Errors are { code, message } with message in kk or ru.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerHealthRoutes(app, deps.db, { systemKey: () => deps.seal.status(), crls: { sources: deps.config.trust.crlUrls, now: () => deps.clock.now() },
    journal: { sealMs: deps.config.journal.sealMs } });
  registerAuthRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerCabinetRoutes(app, deps);
  registerJournalRoutes(app, deps);
  registerDevMessageRoutes(app, deps);
  registerDevSampleDocumentRoute(app, deps);
  registerCalendarRoutes(app, deps);
  registerSigningRoutes(app, deps);
  registerVerifyRoutes(app, deps);
  registerPkiRoutes(app, deps);
  registerEnforcementRoutes(app, deps);
  registerSimplifiedRoutes(app, deps);
  registerSimplifiedDashboardRoutes(app, deps);
  registerCourtDispatchRoutes(app, deps);
  registerCourtOfficeRoutes(app, deps);
  registerCourtArchiveRoutes(app, deps);
  registerCourtWorkRoutes(app, deps);
  registerPowerOfAttorneyRoutes(app, deps);
  registerCabinetNotificationRoutes(app, deps);
  registerCourtFilingRoutes(app, deps);
  registerCourtWritRoutes(app, deps);
  registerCourtActRoutes(app, deps);
  registerEnpOfficeRoutes(app, deps);
  registerEnpEasdOfficeRoutes(app, deps);
  registerEnpPortalRoutes(app, deps);
  registerEnpApplicationRoutes(app, deps);
  registerLicensingApplicantRoutes(app, deps);
  registerLicensingOfficeRoutes(app, deps);
  registerEnpNotificationRoutes(app, deps);
  registerCourtActDevRoutes(app, deps);
  registerEnpPublicRoutes(app, deps);

  const webIndex = join(deps.config.webDist, 'index.html');
  if (existsSync(webIndex)) {
    await app.register(fastifyStatic, {
      root: deps.config.webDist, wildcard: false, index: ['index.html'],
      // ISSUE-13 item 12: the build writes <file>.br and <file>.gz (apps/web/vite-precompress.ts);
      // they are sent as they are to a browser that accepts them, never compressed per request.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz', '.vite/**'],
      cacheControl: false,
      setHeaders: (reply, path) => { void reply.header('cache-control', staticCacheControl(path)); },
    });
  }
  // Unknown API paths answer in JSON; any other GET is a page of the SPA.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && existsSync(webIndex)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(request, reply, new DomainError(ErrorCode.notFound));
  });
  return app;
}

/**
 * ISSUE-13 item 12: Vite names what it builds under assets/ by content hash, so
 * such a file never changes — a browser keeps it for a year without asking.
 * Everything else (index.html, favicon) is asked for again each time, so a new
 * release is seen at once.
 */
export function staticCacheControl(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.(?:js|css)(?:\.br|\.gz)?$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
