import type { Adapters } from '@oryndau/adapters';
import { DomainError, ErrorCode } from '@oryndau/domain';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../app';
import { integrationTokenHook } from '../http/integration-auth';
import { errorResponses } from '../http/schemas';
import { intakeFines, type IntakeDeps } from './intake-fine';
import { registerDebtorRoutes } from './debtor-routes';
import { registerDevFineRoute } from './dev-fine';
import type { OutcomeDeps } from './outcomes';
import { registerPaymentNotifyRoute } from './payment-notify';

export const MAX_FINES_PER_BATCH = 10_000;

/**
 * SIMP-1: 10,000 fines with every text field at its longest in Cyrillic
 * (two bytes a letter) come to ≈ 23 MB of JSON (fines-body-limit.test.ts
 * measures it); a typical fine is ≈ 0.6 kB, a batch ≈ 6 MB.
 */
export const ERAP_BODY_LIMIT = 28 * 1024 * 1024;

const reason = z.object({ code: z.string(), text: z.object({ kk: z.string(), ru: z.string() }) });
const outcomeSchema = z.union([
  z.object({ erapFineId: z.string(), outcome: z.literal('initiated'), caseId: z.string(), lastDay: z.string(), expiresAt: z.string(), replay: z.boolean() }),
  z.object({ erapFineId: z.string(), outcome: z.literal('ordinary'), caseId: z.string(), proceedingId: z.string(), registrationNumber: z.string(),
    cause: z.enum(['ineligible', 'no_phone']), reasons: z.array(reason), replay: z.boolean() }),
  z.object({ erapFineId: z.string().nullable(), outcome: z.literal('refused'), reasons: z.array(reason), replay: z.boolean() }),
]);

/** SIMP-1, SIMP-2 over HTTP: the machine-to-machine intake of fines from ЕРАП (docs/api.md). */
export function registerSimplifiedRoutes(app: ZodApp, deps: AppDeps & { adapters?: () => Adapters }): void {
  const { seal } = deps;
  const outcomes: OutcomeDeps = { seal, publicOrigin: deps.config.publicOrigin };
  const intake: IntakeDeps = {
    db: deps.db, clock: deps.clock, publicOrigin: deps.config.publicOrigin, settings: deps.config.simplified, seal,
    mobileCitizens: () => {
      if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'mobile-citizens' });
      return deps.adapters().mobileCitizens;
    },
  };

  app.post('/api/integrations/erap/fines', {
    bodyLimit: ERAP_BODY_LIMIT,
    onRequest: integrationTokenHook(deps.config.erapToken),
    // Each fine's strings are checked with it (fine-input.ts): a bad one is refused alone, the batch goes on.
    config: { perItemBody: true },
    schema: {
      tags: ['integrations'], summary: 'SIMP-1, SIMP-2: fines from ЕРАП for compulsory collection (1…10,000 per call)',
      body: z.object({ fines: z.array(z.unknown()).min(1).max(MAX_FINES_PER_BATCH) }),
      response: { 200: z.object({ results: z.array(outcomeSchema) }), ...errorResponses },
    },
  }, async (request) => {
    // Without a usable system key no fine could be sealed: refuse the whole call (503, ЕРАП sends it again) rather than each fine.
    seal.assertReady();
    // One transaction per fine, a few at a time, answered in order: a bad fine is refused on its own and never sinks the batch.
    return { results: await intakeFines(intake, request.body.fines) };
  });

  registerDebtorRoutes(app, deps, outcomes);
  registerPaymentNotifyRoute(app, deps, outcomes);
  if (deps.config.devMode) registerDevFineRoute(app, deps, intake);
}
