import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { statusBodySchema } from './contract';
import type { ExecutiveDocumentStatusUpdate } from './port';
import { writCardSchema } from './writ';
import {
  WRIT_TAMPER_MODES,
  postWritSubmission,
  signedWritSubmission,
  type CourtWritDelivery,
  type SendWritRequest,
  type SentWrit,
  type WritDeliveryResult,
} from './writ-delivery';
import { simulatedWritCard } from './writ-factory';

// Courts' system simulator: records every status pushed for an executive
// document so tests (and the dev console) can see what the court would see,
// and — when given a delivery — sends signed writs to our intake the way the
// courts' system does (ENF-11).

export type RecordedCourtStatus = ExecutiveDocumentStatusUpdate & { readonly receivedAt: string };

export interface CourtSystemSimulatorControl {
  statusUpdates(documentId?: string): readonly RecordedCourtStatus[];
  /**
   * Builds the next simulated writ, signs it as its judge and secretary,
   * POSTs it to our intake and records the answer. Throws when no delivery
   * is configured or the intake cannot be reached; a refusal (4xx) is an
   * answer, returned with its status.
   */
  sendWrit(request?: SendWritRequest): Promise<WritDeliveryResult>;
  sentWrits(): readonly SentWrit[];
}

export interface CourtSystemSimulatorOptions {
  /** Where and how writs are delivered; without it `sendWrit` is unavailable. */
  readonly writs?: CourtWritDelivery;
}

const listQuerySchema = z.object({ documentId: z.string().optional() });

const iinSchema = z.string().regex(/^\d{12}$/);
const sendWritBodySchema = z.strictObject({
  overrides: z.strictObject({ ...writCardSchema.partial().shape, debtorIdentifier: iinSchema.optional() }).optional(),
  tamper: z.enum(WRIT_TAMPER_MODES).optional(),
  signAs: z.strictObject({ judge: iinSchema.optional(), secretary: iinSchema.optional() }).optional(),
});

/** Why `sendWrit` got no answer from our intake: the signing or the HTTP call failed. */
class WritSendError extends Error {
  constructor(
    readonly code: 'signing_failed' | 'intake_unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'WritSendError';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class CourtSystemSimulator implements SimulatorModule {
  readonly system = 'court-system';
  private readonly updates: RecordedCourtStatus[] = [];
  private readonly writs: SentWrit[] = [];
  private writCounter = 0;

  readonly control: CourtSystemSimulatorControl = {
    statusUpdates: (documentId) => this.updates.filter((u) => documentId === undefined || u.documentId === documentId),
    sendWrit: (request) => this.sendWrit(request ?? {}),
    sentWrits: () => [...this.writs],
  };

  constructor(
    private readonly ctx: SimulatorContext,
    private readonly options: CourtSystemSimulatorOptions = {},
  ) {}

  private async sendWrit(request: SendWritRequest): Promise<WritDeliveryResult> {
    const delivery = this.options.writs;
    if (delivery === undefined) throw new Error('court-system simulator: no writ delivery configured (SimulatorOptions.courtWrits)');
    // Seed + counter: every call sends a new writ, and a run replays the same sequence.
    this.writCounter += 1;
    const card = simulatedWritCard(this.ctx.seed + this.writCounter, request.overrides ?? {}, this.ctx.now());
    const submission = await signedWritSubmission(card, delivery.signer, {
      ...(request.tamper === undefined ? {} : { tamper: request.tamper }),
      ...(request.signAs === undefined ? {} : { signAs: request.signAs }),
    }).catch((error: unknown) => {
      throw new WritSendError('signing_failed', `the writ could not be signed: ${messageOf(error)}`);
    });
    const { status, body } = await postWritSubmission(delivery, submission).catch((error: unknown) => {
      throw new WritSendError('intake_unreachable', `the writ could not be delivered: ${messageOf(error)}`);
    });
    this.writs.push({ card, status, body, sentAt: this.ctx.now().toISOString() });
    return { card, status, body };
  }

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

    // Answers 200 with the intake's status inside even when the intake
    // refused: the caller (a test, the dev console) inspects that status.
    app.post('/_sim/writs', async (request, reply) => {
      if (this.options.writs === undefined) {
        return sendError(reply, 503, 'not_configured', 'writ delivery is not configured (SimulatorOptions.courtWrits)');
      }
      const body = await parseOr400(sendWritBodySchema, request.body ?? {}, reply);
      if (body === undefined) return;
      try {
        return await this.sendWrit(body);
      } catch (error) {
        if (!(error instanceof WritSendError)) throw error;
        // A signer without a key (e.g. `signAs` someone the dev PKI never
        // issued) is the caller's mistake; an unreachable intake is a gateway's.
        return sendError(reply, error.code === 'signing_failed' ? 422 : 502, error.code, error.message);
      }
    });

    app.get('/_sim/writs', async () => ({ writs: this.control.sentWrits() }));
  }
}
