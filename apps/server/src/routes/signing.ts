import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import {
  documentChallengeSchema, documentContentParams, documentContentQuery, documentContentResponse, errorResponses, esignSignInBody, signInChallengeSchema,
  signatureAcceptedSchema, signatureBody, signatureParams, userResponse,
} from '@oryndau/contracts';
import { actorOf, requireSubject, setSessionCookie } from '../http/session';
import { completeEsignSignIn, startEsignSignIn } from '../identity/esign-sign-in';
import { findDraftRendering } from '@oryndau/db';
import { loadDocument } from '../signing/documents';
import { mayReadDocument, startDocumentSigning, submitDocumentSignature } from '../signing/sign-document';

const decode = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** SIG-1…SIG-4 and ЭЦП sign-in over HTTP; the use-cases do the work. */
export function registerSigningRoutes(app: ZodApp, deps: AppDeps): void {
  const signing = { db: deps.db, clock: deps.clock, verify: deps.verify, hooks: deps.signingHooks };

  app.get('/api/documents/:id/content', {
    schema: { tags: ['signing'], summary: 'The exact bytes to sign (or, for=reading, an unsigned act\'s draft rendering)', params: documentContentParams,
      querystring: documentContentQuery,
      response: { 200: documentContentResponse, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const document = await loadDocument(deps.db, request.params.id);
    if (!document) throw new DomainError(ErrorCode.notFound);
    // Someone else's document is answered as a missing one (issue 11 item 8).
    if (!(await mayReadDocument(signing, subject, document))) throw new DomainError(ErrorCode.notFound);
    const draft = request.query.for === 'reading' && !document.signedAt ? await findDraftRendering(deps.db, document.id) : null;
    return reply.type(document.mediaType).send(Buffer.from(draft ?? document.content));
  });

  app.post('/api/documents/:id/signing', {
    schema: {
      tags: ['signing'],
      summary: 'Start signing a document (SIG-3: the challenge lives 5 minutes)',
      params: documentContentParams,
      response: { 200: documentChallengeSchema, ...errorResponses },
    },
  }, async (request) => {
    const { challenge, document } = await startDocumentSigning(signing, requireSubject(request), actorOf(request), request.params.id);
    return { challengeId: challenge.id, documentId: document.id, contentHash: document.contentHash,
      startedAt: challenge.startedAt.toISOString(), expiresAt: challenge.expiresAt.toISOString() };
  });

  app.post('/api/signing/:challengeId/signature', {
    schema: {
      tags: ['signing'],
      summary: 'Submit a detached CMS signature of the document (verified before anything moves)',
      params: signatureParams,
      body: signatureBody,
      response: { 200: signatureAcceptedSchema, ...errorResponses },
    },
  }, async (request) => submitDocumentSignature(signing, requireSubject(request), actorOf(request),
    { challengeId: request.params.challengeId, cms: decode(request.body.cms) }));

  app.post('/api/auth/esign/challenge', {
    schema: {
      tags: ['auth'],
      summary: 'ЭЦП sign-in: a single-use nonce living 60 seconds',
      response: { 200: signInChallengeSchema, ...errorResponses },
    },
    config: { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async () => {
    const challenge = await startEsignSignIn(signing);
    return { challengeId: challenge.id, nonce: challenge.nonce, expiresAt: challenge.expiresAt.toISOString() };
  });

  app.post('/api/auth/esign', {
    schema: {
      tags: ['auth'],
      summary: 'ЭЦП sign-in: the nonce signed (CMS, attached or detached) with an authentication key',
      body: esignSignInBody,
      response: { 200: userResponse, ...errorResponses },
    },
    config: { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { token, user } = await completeEsignSignIn({ ...signing, session: deps.config.session }, {
      challengeId: request.body.challengeId, cms: decode(request.body.cms), ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null, requestId: request.id,
    });
    setSessionCookie(reply, token, deps.config.production, deps.config.session.maxHours);
    return { user };
  });
}
