import { CourtSystemHttpClient, EnforcementIntakeHttpClient } from '@oryndau/adapters';
import type { CourtSystemPort, EnforcementIntakePort } from '@oryndau/adapters';
import type { Config } from '../../config';
import { COURT_WRIT_STATUS_BASE_PATH } from './writ-routes';

/** The enforcement intake's route on this server (enforcement/routes.ts). */
export const ENFORCEMENT_INTAKE_PATH = '/api/integrations/court-system/writs';

/**
 * FILE-16, ENF-11: the two HTTP links between Oryndau's courts and its
 * enforcement — writs one way (the courts' side of the adapters), statuses
 * of those writs the other (the courts'-system status client, pointed at
 * the court side's receiver). By default both are this very server over
 * HTTP (`origin()` once it listens); ENFORCEMENT_INTAKE_URL and
 * COURT_WRIT_STATUS_URL point them elsewhere when the two run apart.
 */
export type CourtWritLinks = { intake: EnforcementIntakePort; ownCourts: CourtSystemPort };

export function courtWritLinks(config: Config, origin: () => string): CourtWritLinks {
  const statusToken = config.courtWrits.enforcementToken;
  return {
    intake: new EnforcementIntakeHttpClient({
      baseUrl: config.courtWrits.intakeUrl ?? (() => `${origin()}${ENFORCEMENT_INTAKE_PATH}`), token: config.courtSystemToken,
      // A writ carries the act's PDF and three signatures: more than a status call, and verified on arrival.
      timeoutMs: 60_000,
    }),
    ownCourts: new CourtSystemHttpClient({
      baseUrl: config.courtWrits.statusUrl ?? (() => `${origin()}${COURT_WRIT_STATUS_BASE_PATH}`),
      headers: (): Record<string, string> => (statusToken === null ? {} : { authorization: `Bearer ${statusToken}` }),
    }),
  };
}
