import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { erapStatusBodySchema } from './contract';
import { generateFine, type FineOverrides } from './fine-generator';
import type { ErapFine, ErapFineRecord, ErapStatusUpdate } from './port';

// ЕРАП simulator: a feed of fines with a cursor (the fine's sequence number)
// plus the statuses pushed back. Starts with `initialFines` deterministic
// fines; tests append more through control.erap.addFine().

export interface ErapSimulatorOptions {
  readonly initialFines?: number;
}

export interface ErapSimulatorControl {
  addFine(overrides?: FineOverrides): ErapFine;
  fines(): readonly ErapFine[];
  statusUpdates(fineId?: string): readonly ErapStatusUpdate[];
}

const pageQuerySchema = z.object({
  cursor: z.string().regex(/^\d+$/, 'cursor is a number this system gave').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const addFineBodySchema = z
  .object({
    offenderIin: z.string().regex(/^\d{12}$/).optional(),
    mrpCount: z.number().positive().optional(),
    regionCode: z.string().optional(),
    caseOpenedOn: z.iso.date().optional(),
  })
  .default({});

export class ErapSimulator implements SimulatorModule {
  readonly system = 'erap';
  private readonly feed: ErapFine[] = [];
  private readonly updates: (ErapStatusUpdate & { receivedAt: string })[] = [];

  readonly control: ErapSimulatorControl = {
    addFine: (overrides) => this.append(overrides),
    fines: () => [...this.feed],
    statusUpdates: (fineId) => this.updates.filter((u) => fineId === undefined || u.fineId === fineId),
  };

  constructor(
    private readonly ctx: SimulatorContext,
    options: ErapSimulatorOptions = {},
  ) {
    for (let i = 0; i < (options.initialFines ?? 20); i++) this.append();
  }

  register(app: FastifyInstance): void {
    app.get('/fines', async (request, reply) => {
      const query = await parseOr400(pageQuerySchema, request.query, reply);
      if (query === undefined) return;
      const after = Number(query.cursor ?? '0');
      const rest = this.feed.slice(after);
      const fines = rest.slice(0, query.limit);
      return { fines, cursor: String(after + fines.length), hasMore: rest.length > fines.length };
    });

    app.get<{ Params: { fineId: string } }>('/fines/:fineId', async (request, reply) => {
      const record = this.record(request.params.fineId);
      if (record === undefined) return sendError(reply, 404, 'not_found', 'no such fine');
      return record;
    });

    app.post<{ Params: { fineId: string } }>('/fines/:fineId/status', async (request, reply) => {
      const body = await parseOr400(erapStatusBodySchema, request.body, reply);
      if (body === undefined) return;
      const { fineId } = request.params;
      if (!this.feed.some((f) => f.fineId === fineId)) return sendError(reply, 404, 'not_found', 'no such fine');
      const earlier = this.updates.find((u) => u.eventId === body.eventId);
      if (earlier !== undefined) {
        if (earlier.fineId !== fineId) return sendError(reply, 409, 'conflict', 'eventId already used for another fine');
        return { fineId, eventId: body.eventId, receivedAt: earlier.receivedAt, duplicate: true };
      }
      const receivedAt = this.ctx.now().toISOString();
      this.updates.push({ ...body, fineId, receivedAt });
      return { fineId, eventId: body.eventId, receivedAt, duplicate: false };
    });

    app.get('/_sim/status-updates', async () => ({ updates: this.updates }));

    app.post('/_sim/fines', async (request, reply) => {
      const body = await parseOr400(addFineBodySchema, request.body ?? undefined, reply);
      if (body === undefined) return;
      try {
        return this.append(body);
      } catch (error) {
        return sendError(reply, 400, 'invalid_request', error instanceof Error ? error.message : String(error));
      }
    });
  }

  private append(overrides?: FineOverrides): ErapFine {
    const fine = generateFine(this.ctx.seed, this.feed.length + 1, overrides);
    this.feed.push(fine);
    return fine;
  }

  private record(fineId: string): ErapFineRecord | undefined {
    const fine = this.feed.find((f) => f.fineId === fineId);
    if (fine === undefined) return undefined;
    const statuses = this.updates
      .filter((u) => u.fineId === fineId)
      .map((u) => ({ status: u.status, at: u.at, proceedingNumber: u.proceedingNumber ?? null }));
    return { ...fine, statuses };
  }
}
