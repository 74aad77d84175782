import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { isValidIin } from '@oryndau/kz';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { simulatedAnswer } from './answers';
import { sendRequestBodySchema } from './contract';
import {
  DEFAULT_SIOPSO_OUTCOME_RATES,
  SIOPSO_LATE_FACTOR,
  checkOutcomeRates,
  siopsoErrorOf,
  siopsoOutcomeOf,
  type SiopsoOutcome,
  type SiopsoOutcomeRates,
} from './outcomes';
import type { SiopsoRequestState, SiopsoRequestType } from './port';
import { SIOPSO_REQUEST_TYPES } from './request-types';

// СИОПСО simulator: a request is accepted at once and settled later (by the
// simulators' clock), as the real bodies answer asynchronously. Most answer
// after `answerDelayMs`, some only after SIOPSO_LATE_FACTOR times that, some with
// an error instead of data (outcomes.ts); which one is fixed per seed and
// requestRef. The answer content is derived from the debtor's IIN.

export interface SiopsoSimulatorOptions {
  readonly answerDelayMs?: number;
  /** Default 20 % late, 10 % failed. `{ late: 0, failed: 0 }` answers everything on time. */
  readonly outcomeRates?: SiopsoOutcomeRates;
}

/** `setOutcome`'s target meaning "the next request sent with a new requestRef", not a requestRef. */
export const NEXT_SIOPSO_REQUEST = 'next';

export interface SiopsoSimulatorControl {
  /** The base delay of requests sent from now on. */
  setAnswerDelay(ms: number): void;
  /**
   * Forces an outcome. A requestRef already sent is re-timed from its
   * sending as if drawn that way; an unknown one keeps the outcome for when
   * it is sent; `'next'` applies to the next newly sent request (calls
   * queue up: two calls force the next two).
   */
  setOutcome(requestRef: string, outcome: SiopsoOutcome): void;
  /** Shares of late and failed outcomes for requests sent from now on (RangeError unless valid shares). */
  setOutcomeRates(rates: SiopsoOutcomeRates): void;
  /** Drops every forced outcome and restores the configured rates (sent requests keep theirs). */
  resetOutcomes(): void;
  /**
   * Makes every pending request due now (tests that do not want to wait):
   * late ones are answered, failing ones fail — a failure never becomes an answer.
   */
  answerAll(): void;
  requests(): readonly SiopsoRequestState[];
}

interface StoredRequest extends Omit<SiopsoRequestState, 'status' | 'answer' | 'error'> {
  outcome: SiopsoOutcome;
  /** The base delay when it was sent, so re-forcing an outcome re-times it consistently. */
  readonly baseDelayMs: number;
  dueAt: number;
}

export class SiopsoSimulator implements SimulatorModule {
  readonly system = 'siopso';
  private readonly store = new Map<string, StoredRequest>();
  private readonly byRef = new Map<string, StoredRequest>();
  private readonly forcedByRef = new Map<string, SiopsoOutcome>();
  private forcedNext: SiopsoOutcome[] = [];
  private answerDelayMs: number;
  private readonly configuredRates: SiopsoOutcomeRates;
  private rates: SiopsoOutcomeRates;

  readonly control: SiopsoSimulatorControl = {
    setAnswerDelay: (ms) => {
      this.answerDelayMs = ms;
    },
    setOutcome: (requestRef, outcome) => {
      if (requestRef === NEXT_SIOPSO_REQUEST) {
        this.forcedNext.push(outcome);
        return;
      }
      const sent = this.byRef.get(requestRef);
      if (sent === undefined) {
        this.forcedByRef.set(requestRef, outcome);
        return;
      }
      sent.outcome = outcome;
      sent.dueAt = dueAtOf(sent, outcome);
    },
    setOutcomeRates: (rates) => {
      this.rates = checkOutcomeRates(rates);
    },
    resetOutcomes: () => {
      this.forcedByRef.clear();
      this.forcedNext = [];
      this.rates = this.configuredRates;
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
    this.configuredRates = checkOutcomeRates(options.outcomeRates ?? DEFAULT_SIOPSO_OUTCOME_RATES);
    this.rates = this.configuredRates;
  }

  register(app: FastifyInstance): void {
    app.get('/request-types', async () => ({ types: SIOPSO_REQUEST_TYPES }));

    app.post('/requests', async (request, reply) => {
      const body = await parseOr400(sendRequestBodySchema, request.body, reply);
      if (body === undefined) return;
      if (!isValidIin(body.debtorIin)) return sendError(reply, 400, 'invalid_iin', 'debtor IIN has an invalid check digit');
      if (typeOf(body.type) === undefined) return sendError(reply, 400, 'unknown_type', `unknown request type ${body.type}`);
      const existing = this.byRef.get(body.requestRef);
      if (existing !== undefined) return this.view(existing);
      const now = this.ctx.now();
      const outcome = this.outcomeFor(body.requestRef);
      const stored: StoredRequest = {
        requestId: randomUUID(),
        requestRef: body.requestRef,
        type: body.type,
        debtorIin: body.debtorIin,
        proceedingNumber: body.proceedingNumber,
        sentAt: now.toISOString(),
        outcome,
        baseDelayMs: this.answerDelayMs,
        dueAt: 0,
      };
      stored.dueAt = dueAtOf(stored, outcome);
      this.store.set(stored.requestId, stored);
      this.byRef.set(stored.requestRef, stored);
      return reply.code(201).send(this.view(stored));
    });

    app.get<{ Params: { id: string } }>('/requests/:id', async (request, reply) => {
      const stored = this.store.get(request.params.id);
      return stored === undefined ? sendError(reply, 404, 'not_found', 'no such request') : this.view(stored);
    });
  }

  /** Forced for this requestRef, else forced for the next request, else drawn from the seed. */
  private outcomeFor(requestRef: string): SiopsoOutcome {
    const forced = this.forcedByRef.get(requestRef);
    if (forced !== undefined) {
      this.forcedByRef.delete(requestRef);
      return forced;
    }
    return this.forcedNext.shift() ?? siopsoOutcomeOf(this.ctx.seed, requestRef, this.rates);
  }

  private view(stored: StoredRequest): SiopsoRequestState {
    const { dueAt, outcome } = stored;
    // Only the wire fields: the simulator's bookkeeping (outcome, timing) stays private.
    const rest = {
      requestId: stored.requestId,
      requestRef: stored.requestRef,
      type: stored.type,
      debtorIin: stored.debtorIin,
      proceedingNumber: stored.proceedingNumber,
      sentAt: stored.sentAt,
    };
    const type = typeOf(stored.type);
    if (this.ctx.now().getTime() < dueAt || type === undefined) return { ...rest, status: 'pending', answer: null, error: null };
    if (outcome === 'failed') {
      return { ...rest, status: 'failed', answer: null, error: siopsoErrorOf(this.ctx.seed, stored.requestRef, stored.type) };
    }
    const answeredAt = new Date(dueAt).toISOString();
    return { ...rest, status: 'answered', answer: simulatedAnswer(type, stored.debtorIin, answeredAt), error: null };
  }
}

function dueAtOf(stored: Pick<StoredRequest, 'sentAt' | 'baseDelayMs'>, outcome: SiopsoOutcome): number {
  return Date.parse(stored.sentAt) + stored.baseDelayMs * (outcome === 'late' ? SIOPSO_LATE_FACTOR : 1);
}

function typeOf(code: string): SiopsoRequestType | undefined {
  return SIOPSO_REQUEST_TYPES.find((t) => t.code === code);
}
