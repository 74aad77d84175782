import type { FastifyInstance } from 'fastify';
import type { SystemName } from '../systems';

/** What every simulator gives `startSimulators`: its name (= URL prefix) and its routes. */
export interface SimulatorModule {
  readonly system: SystemName;
  register(app: FastifyInstance): void;
}

export interface SimulatorContext {
  /** Seed of the deterministic demo data (ЕРАП fines) and of failure injection. */
  readonly seed: number;
  /** The simulators' clock; tests may move it to make SIOPSO answers or SMS delivery due. */
  readonly now: () => Date;
}
