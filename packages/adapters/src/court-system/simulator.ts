import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { statusBodySchema } from './contract';
import type { ExecutiveDocumentStatusUpdate } from './port';

// Courts' system simulator: records every status pushed for an executive
// document so tests (and the dev console) can see what the court would see.

export type RecordedCourtStatus = ExecutiveDocumentStatusUpdate & { readonly receivedAt: string };

export interface CourtSystemSimulatorControl {
  statusUpdates(documentId?: string): readonly RecordedCourtStatus[];
}

const listQuerySchema = z.object({ documentId: z.string().optional() });

export class CourtSystemSimulator implements SimulatorModule {
  readonly system = 'court-system';
  private readonly updates: RecordedCourtStatus[] = [];

  readonly control: CourtSystemSimulatorControl = {
    statusUpdates: (documentId) => this.updates.filter((u) => documentId === undefined || u.documentId === documentId),
  };

  constructor(private readonly ctx: SimulatorContext) {}

  register(app: FastifyInstance): void {
    app.post<{ Params: { documentId: string } }>('/executive-documents/:documentId/status', async (request, reply) => {
      const body = await parseOr400(statusBodySchema, request.body, reply);
      if (body === undefined) return;
      const { documentId } = request.params;
      const earlier = this.updates.find((u) => u.eventId === body.eventId);
      if (earlier !== undefined) {
        if (earlier.documentId !== documentId) return sendError(reply, 409, 'conflict', 'eventId already used for another document');
        return { documentId, eventId: body.eventId, receivedAt: earlier.receivedAt, duplicate: true };
      }
      const receivedAt = this.ctx.now().toISOString();
      this.updates.push({ ...body, documentId, receivedAt });
      return { documentId, eventId: body.eventId, receivedAt, duplicate: false };
    });

    app.get('/_sim/status-updates', async (request, reply) => {
      const query = await parseOr400(listQuerySchema, request.query, reply);
      if (query === undefined) return;
      return { updates: this.control.statusUpdates(query.documentId) };
    });
  }
}
