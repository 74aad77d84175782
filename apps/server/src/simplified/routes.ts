import type { Adapters } from '@oryndau/adapters';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { integrationTokenHook } from '../http/integration-auth';
import { erapFinesBody, erapFinesResponse, errorResponses } from '@oryndau/contracts';
import { intakeFines, type IntakeDeps } from './intake-fine';
import { registerDebtorRoutes } from './debtor-routes';
import { registerDevFineRoute } from './dev-fine';
import type { OutcomeDeps } from './outcomes';
import { registerPaymentNotifyRoute } from './payment-notify';

/**
 * SIMP-1: 10,000 fines with every text field at its longest in Cyrillic
 * (two bytes a letter) come to ≈ 23 MB of JSON (fines-body-limit.test.ts
 * measures it); a typical fine is ≈ 0.6 kB, a batch ≈ 6 MB.
 */
export const ERAP_BODY_LIMIT = 28 * 1024 * 1024;

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
      body: erapFinesBody,
      response: { 200: erapFinesResponse, ...errorResponses },
    },
  }, async (request) => {
    // Without a usable system key no fine could be sealed: refuse the whole call (503, ЕРАП sends it again) rather than each fine.
    seal.assertReady();
    // By chunks (one phone look-up, one transaction each), answered in order: a bad fine is refused on its own and never sinks the batch.
    return { results: await intakeFines(intake, request.body.fines) };
  });

  registerDebtorRoutes(app, deps, outcomes);
  registerPaymentNotifyRoute(app, deps, outcomes);
  if (deps.config.devMode) registerDevFineRoute(app, deps, intake);
}
