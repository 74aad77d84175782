import type { FastifyInstance } from 'fastify';
import { isValidIin } from '@oryndau/kz';
import { sendError } from '../sim/http';
import { simulatedPerson } from '../sim/people';
import type { SimulatorModule } from '../sim/types';
import type { Person } from './port';

// ГБД ФЛ simulator: every valid IIN maps to one stable person
// (simulatedPerson), a few percent are unknown. The same person appears as
// the offender of ЕРАП fines, so the demo data agrees across systems.

export interface GbdFlSimulatorControl {
  /** Replace the derived person for this IIN, or make it unknown with null. */
  setPerson(iin: string, person: Person | null): void;
}

export class GbdFlSimulator implements SimulatorModule {
  readonly system = 'gbd-fl';
  private readonly overrides = new Map<string, Person | null>();

  readonly control: GbdFlSimulatorControl = {
    setPerson: (iin, person) => {
      this.overrides.set(iin, person);
    },
  };

  register(app: FastifyInstance): void {
    app.get<{ Params: { iin: string } }>('/persons/:iin', async (request, reply) => {
      const { iin } = request.params;
      if (!isValidIin(iin)) return sendError(reply, 400, 'invalid_iin', 'IIN must be 12 digits with a valid check digit');
      const person = this.overrides.has(iin) ? this.overrides.get(iin) : simulatedPerson(iin);
      if (person === null || person === undefined) return sendError(reply, 404, 'not_found', 'no person with this IIN');
      return person;
    });
  }
}
