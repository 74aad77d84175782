import type { MobileCitizensPort } from '@oryndau/adapters';
import type { Database } from '@oryndau/db';
import type { Clock, simplified } from '@oryndau/domain';
import type { SystemSeal } from './system-seal';

/** What the ЕРАП intake (SIMP-1, SIMP-2) works with. */
export type IntakeDeps = {
  db: Database; clock: Clock; publicOrigin: string; settings: simplified.SimplifiedSettings; seal: SystemSeal;
  mobileCitizens: () => MobileCitizensPort;
};

/** A fine's decision as the domain made it. */
export type IntakeDecision = { state: simplified.SimplifiedCase; events: readonly simplified.SimplifiedEvent[] };
