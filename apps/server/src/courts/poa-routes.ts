import {
  createPowerOfAttorneyBody, documentChallengeSchema, errorResponses, powerOfAttorneyParams, powerOfAttorneySchema, powersOfAttorneyResponse,
  revokePowerOfAttorneyBody,
} from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { startDocumentSigning } from '../signing/sign-document';
import { createPowerOfAttorney } from './create-power-of-attorney';
import { myPowersOfAttorney, ownDraftPowerOfAttorney, trustedPowersOfAttorney } from './list-powers-of-attorney';
import { revokeOwnPowerOfAttorney } from './revoke-power-of-attorney';

/** A body with a legal entity's appointment order: up to 10 MB of file as base64 (×4/3) and the form. */
export const POA_BODY_LIMIT = 15 * 1024 * 1024;

/** Issue 14 item 11 (FILE-9, SIG-8, §26): electronic powers of attorney in the cabinet. */
export function registerPowerOfAttorneyRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  const base = { db, clock };
  const signing = { db, clock, verify: deps.verify, hooks: deps.signingHooks };

  app.post('/api/powers-of-attorney', {
    schema: { tags: ['courts'], summary: 'FILE-9: draw up a power of attorney (a legal entity attaches the order appointing its head)',
      body: createPowerOfAttorneyBody, response: { 201: powerOfAttorneySchema, ...errorResponses } },
    bodyLimit: POA_BODY_LIMIT,
  }, async (request, reply) => {
    const created = await createPowerOfAttorney({ ...base, config: deps.config }, requireSubject(request), actorOf(request),
      { body: request.body, representingName: request.user?.representing?.organisationName ?? null });
    return reply.code(201).send(created);
  });

  app.get('/api/powers-of-attorney', {
    schema: { tags: ['courts'], summary: 'FILE-9: the powers of attorney I gave (as a person or for my legal entity)',
      response: { 200: powersOfAttorneyResponse, ...errorResponses } },
  }, async (request) => ({ items: await myPowersOfAttorney(base, requireSubject(request)) }));

  app.get('/api/powers-of-attorney/trusted', {
    schema: { tags: ['courts'], summary: 'FILE-9: «Сенімхаттар / Доверенности» — the signed powers of attorney naming me as a trustee',
      response: { 200: powersOfAttorneyResponse, ...errorResponses } },
  }, async (request) => ({ items: await trustedPowersOfAttorney(base, requireSubject(request)) }));

  app.post('/api/powers-of-attorney/:id/signing', {
    schema: { tags: ['courts'], summary: 'SIG-8: start signing a draft power of attorney (then POST /api/signing/:challengeId/signature)',
      params: powerOfAttorneyParams, response: { 200: documentChallengeSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await ownDraftPowerOfAttorney(db, subject, request.params.id);
    const { challenge, document } = await startDocumentSigning(signing, subject, actorOf(request), request.params.id);
    return { challengeId: challenge.id, documentId: document.id, contentHash: document.contentHash,
      startedAt: challenge.startedAt.toISOString(), expiresAt: challenge.expiresAt.toISOString() };
  });

  app.post('/api/powers-of-attorney/:id/revoke', {
    schema: { tags: ['courts'], summary: 'FILE-9: revoke a power of attorney — effective at once',
      params: powerOfAttorneyParams, body: revokePowerOfAttorneyBody, response: { 200: powerOfAttorneySchema, ...errorResponses } },
  }, async (request) => revokeOwnPowerOfAttorney(base, requireSubject(request), actorOf(request), request.params.id, request.body.version));
}
