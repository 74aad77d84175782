import type { FastifyInstance } from 'fastify';
import { isValidIin } from '@oryndau/kz';
import { formatKzMobile } from '../phone';
import { sendError } from '../sim/http';
import { simulatedPhone } from '../sim/people';
import type { SimulatorModule } from '../sim/types';
import { PHONE_BATCH_MAX, type MobilePhoneRecord } from './port';

// Mobile-citizens base simulator: the phone is derived from the IIN
// (simulatedPhone), about one IIN in five has none. Tests pin a number, or
// its absence, with control.mobileCitizens.setPhone().

export interface MobileCitizensSimulatorControl {
  /** A phone for this IIN, or null for "registered none"; overrides the derived data. */
  setPhone(iin: string, phone: string | null): void;
}

export class MobileCitizensSimulator implements SimulatorModule {
  readonly system = 'mobile-citizens';
  private readonly overrides = new Map<string, MobilePhoneRecord | null>();

  readonly control: MobileCitizensSimulatorControl = {
    setPhone: (iin, phone) => {
      if (phone === null) {
        this.overrides.set(iin, null);
        return;
      }
      const formatted = formatKzMobile(phone);
      if (formatted === null) throw new RangeError(`not a Kazakh mobile number: ${phone}`);
      this.overrides.set(iin, { iin, phone: formatted, operator: null, registeredOn: null });
    },
  };

  private lookup(iin: string): MobilePhoneRecord | null {
    const record = this.overrides.has(iin) ? this.overrides.get(iin) : simulatedPhone(iin);
    return record ?? null;
  }

  register(app: FastifyInstance): void {
    // Many IINs in one request, as a batch client meets the base: one answer per IIN, in order; an invalid IIN is refused on its own.
    app.post<{ Body: unknown }>('/phones/lookup', async (request, reply) => {
      const iins = (request.body as { iins?: unknown } | null)?.iins;
      if (!Array.isArray(iins) || iins.length === 0 || iins.length > PHONE_BATCH_MAX || iins.some((iin) => typeof iin !== 'string')) {
        return sendError(reply, 400, 'invalid_request', `iins must be 1…${PHONE_BATCH_MAX} strings`);
      }
      return {
        results: (iins as string[]).map((iin) => {
          if (!isValidIin(iin)) return { iin, error: 'invalid_iin' };
          const record = this.lookup(iin);
          return record ? { iin, found: true, record } : { iin, found: false };
        }),
      };
    });
    app.get<{ Params: { iin: string } }>('/phones/:iin', async (request, reply) => {
      const { iin } = request.params;
      if (!isValidIin(iin)) return sendError(reply, 400, 'invalid_iin', 'IIN must be 12 digits with a valid check digit');
      const record = this.lookup(iin);
      if (record === null) return sendError(reply, 404, 'not_found', 'no phone registered for this IIN');
      return record;
    });
  }
}
