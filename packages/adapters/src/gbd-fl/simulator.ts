import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isValidIin } from '@oryndau/kz';
import { parseOr400, sendError } from '../sim/http';
import { derivedPerson, simulatedPerson } from '../sim/people';
import type { SimulatorModule } from '../sim/types';
import type { Person } from './port';

// ГБД ФЛ simulator: every valid IIN maps to one stable person
// (simulatedPerson), a few percent are unknown. The same person appears as
// the offender of ЕРАП fines, so the demo data agrees across systems.
// Court e-filing (issue 14 item 12, FILE-3) looks applicants up here when
// they register in the cabinet: a test or a dev server makes a given IIN a
// known person with a given name (control.registerPerson, or PUT
// /_sim/persons/:iin from another process) or an unknown one (DELETE).

export interface GbdFlSimulatorControl {
  /** Replace the derived person for this IIN, or make it unknown with null. */
  setPerson(iin: string, person: Person | null): void;
  /** Makes the IIN a known person with this name (the rest derived from the IIN, even for one of the absent share). */
  registerPerson(iin: string, name: PersonName): Person;
}

export interface PersonName {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | null;
}

const personNameSchema = z.object({
  surname: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(100),
  patronymic: z.string().trim().min(1).max(100).nullable().optional(),
});

export class GbdFlSimulator implements SimulatorModule {
  readonly system = 'gbd-fl';
  private readonly overrides = new Map<string, Person | null>();

  readonly control: GbdFlSimulatorControl = {
    setPerson: (iin, person) => {
      this.overrides.set(iin, person);
    },
    registerPerson: (iin, name) => {
      if (!isValidIin(iin)) throw new RangeError(`not a valid IIN: ${iin}`);
      const person: Person = { ...derivedPerson(iin), surname: name.surname, name: name.name, patronymic: name.patronymic ?? null };
      this.overrides.set(iin, person);
      return person;
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

    app.put<{ Params: { iin: string } }>('/_sim/persons/:iin', async (request, reply) => {
      if (!isValidIin(request.params.iin)) return sendError(reply, 400, 'invalid_iin', 'IIN must be 12 digits with a valid check digit');
      const body = await parseOr400(personNameSchema, request.body, reply);
      if (body === undefined) return;
      return this.control.registerPerson(request.params.iin, body);
    });

    app.delete<{ Params: { iin: string } }>('/_sim/persons/:iin', async (request, reply) => {
      if (!isValidIin(request.params.iin)) return sendError(reply, 400, 'invalid_iin', 'IIN must be 12 digits with a valid check digit');
      this.control.setPerson(request.params.iin, null);
      return reply.code(204).send();
    });
  }
}
