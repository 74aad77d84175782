import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { isValidIin } from '@oryndau/kz';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { simulatedAnswer } from './answers';
import { sendRequestBodySchema } from './contract';
import type { SiopsoRequestState, SiopsoRequestType } from './port';
import { SIOPSO_REQUEST_TYPES } from './request-types';

// СИОПСО simulator: a request is accepted at once and answered
// `answerDelayMs` later (by the simulators' clock), as the real bodies answer
// asynchronously. The answer content is derived from the debtor's IIN.

export interface SiopsoSimulatorOptions {
  readonly answerDelayMs?: number;
}

export interface SiopsoSimulatorControl {
  setAnswerDelay(ms: number): void;
  /** Makes every pending request answered now (tests that do not want to wait). */
  answerAll(): void;
  requests(): readonly SiopsoRequestState[];
}

interface StoredRequest extends Omit<SiopsoRequestState, 'status' | 'answer'> {
  dueAt: number;
}

export class SiopsoSimulator implements SimulatorModule {
  readonly system = 'siopso';
  private readonly store = new Map<string, StoredRequest>();
  private answerDelayMs: number;

  readonly control: SiopsoSimulatorControl = {
    setAnswerDelay: (ms) => {
      this.answerDelayMs = ms;
    },
    answerAll: () => {
      const now = this.ctx.now().getTime();
      for (const request of this.store.values()) request.dueAt = Math.min(request.dueAt, now);
    },
    requests: () => [...this.store.values()].map((r) => this.view(r)),
  };

  constructor(
    private readonly ctx: SimulatorContext,
    options: SiopsoSimulatorOptions = {},
  ) {
    this.answerDelayMs = options.answerDelayMs ?? 3_000;
  }

  register(app: FastifyInstance): void {
    app.get('/request-types', async () => ({ types: SIOPSO_REQUEST_TYPES }));

    app.post('/requests', async (request, reply) => {
      const body = await parseOr400(sendRequestBodySchema, request.body, reply);
      if (body === undefined) return;
      if (!isValidIin(body.debtorIin)) return sendError(reply, 400, 'invalid_iin', 'debtor IIN has an invalid check digit');
      if (typeOf(body.type) === undefined) return sendError(reply, 400, 'unknown_type', `unknown request type ${body.type}`);
      const existing = [...this.store.values()].find((r) => r.requestRef === body.requestRef);
      if (existing !== undefined) return this.view(existing);
      const now = this.ctx.now();
      const stored: StoredRequest = {
        requestId: randomUUID(),
        requestRef: body.requestRef,
        type: body.type,
        debtorIin: body.debtorIin,
        proceedingNumber: body.proceedingNumber,
        sentAt: now.toISOString(),
        dueAt: now.getTime() + this.answerDelayMs,
      };
      this.store.set(stored.requestId, stored);
      return reply.code(201).send(this.view(stored));
    });

    app.get<{ Params: { id: string } }>('/requests/:id', async (request, reply) => {
      const stored = this.store.get(request.params.id);
      return stored === undefined ? sendError(reply, 404, 'not_found', 'no such request') : this.view(stored);
    });
  }

  private view(stored: StoredRequest): SiopsoRequestState {
    const { dueAt, ...rest } = stored;
    const type = typeOf(stored.type);
    if (this.ctx.now().getTime() < dueAt || type === undefined) return { ...rest, status: 'pending', answer: null };
    const answeredAt = new Date(dueAt).toISOString();
    return { ...rest, status: 'answered', answer: simulatedAnswer(type, stored.debtorIin, answeredAt) };
  }
}

function typeOf(code: string): SiopsoRequestType | undefined {
  return SIOPSO_REQUEST_TYPES.find((t) => t.code === code);
}
