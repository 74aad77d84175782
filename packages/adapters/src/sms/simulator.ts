import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOr400, sendError } from '../sim/http';
import { bucketOf } from '../sim/prng';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { sendSmsBodySchema } from './contract';
import type { SmsStatus, SmsStatusInfo } from './port';
import { smsSegments } from './segments';

// SMS gateway simulator: records every message (the dev stand-in for a
// phone), and moves it accepted → sent → delivered by the simulators' clock.
// One number in fifty is "unreachable" and ends `failed`, chosen by the
// number's hash so the same demo debtor always fails.

export interface RecordedSms {
  readonly messageId: string;
  readonly phone: string;
  readonly text: string;
  readonly clientRef: string | null;
  readonly segments: number;
  readonly acceptedAt: string;
}

export interface SmsSimulatorOptions {
  readonly deliveryDelayMs?: number;
}

export interface SmsSimulatorControl {
  /** Every message accepted so far, oldest first; optionally only those to one E.164 number. */
  messages(phone?: string): readonly RecordedSms[];
  clear(): void;
  setDeliveryDelay(ms: number): void;
}

const UNREACHABLE_PERCENT = 2;
const listQuerySchema = z.object({ phone: z.string().optional() });

export class SmsSimulator implements SimulatorModule {
  readonly system = 'sms';
  private readonly sent: RecordedSms[] = [];
  private deliveryDelayMs: number;

  readonly control: SmsSimulatorControl = {
    messages: (phone) => this.sent.filter((m) => phone === undefined || m.phone === phone),
    clear: () => {
      this.sent.length = 0;
    },
    setDeliveryDelay: (ms) => {
      this.deliveryDelayMs = ms;
    },
  };

  constructor(
    private readonly ctx: SimulatorContext,
    options: SmsSimulatorOptions = {},
  ) {
    this.deliveryDelayMs = options.deliveryDelayMs ?? 1_500;
  }

  register(app: FastifyInstance): void {
    app.post('/messages', async (request, reply) => {
      const body = await parseOr400(sendSmsBodySchema, request.body, reply);
      if (body === undefined) return;
      const earlier = body.clientRef === undefined ? undefined : this.sent.find((m) => m.clientRef === body.clientRef);
      const message = earlier ?? {
        messageId: randomUUID(),
        phone: body.phone,
        text: body.text,
        clientRef: body.clientRef ?? null,
        segments: smsSegments(body.text),
        acceptedAt: this.ctx.now().toISOString(),
      };
      if (earlier === undefined) this.sent.push(message);
      const { status } = this.statusOf(message);
      return reply.code(earlier === undefined ? 201 : 200).send({
        messageId: message.messageId,
        status,
        segments: message.segments,
        acceptedAt: message.acceptedAt,
      });
    });

    app.get<{ Params: { id: string } }>('/messages/:id', async (request, reply) => {
      const message = this.sent.find((m) => m.messageId === request.params.id);
      return message === undefined ? sendError(reply, 404, 'not_found', 'no such message') : this.statusOf(message);
    });

    app.get('/_sim/messages', async (request, reply) => {
      const query = await parseOr400(listQuerySchema, request.query, reply);
      if (query === undefined) return;
      return { messages: this.control.messages(query.phone) };
    });
  }

  private statusOf(message: RecordedSms): SmsStatusInfo {
    const accepted = Date.parse(message.acceptedAt);
    const elapsed = this.ctx.now().getTime() - accepted;
    const unreachable = bucketOf(`sms:${message.phone}`) < UNREACHABLE_PERCENT;
    let status: SmsStatus = 'accepted';
    let changedAt = accepted;
    if (elapsed >= this.deliveryDelayMs / 3) {
      status = 'sent';
      changedAt = accepted + this.deliveryDelayMs / 3;
    }
    if (elapsed >= this.deliveryDelayMs) {
      status = unreachable ? 'failed' : 'delivered';
      changedAt = accepted + this.deliveryDelayMs;
    }
    return { messageId: message.messageId, phone: message.phone, status, updatedAt: new Date(changedAt).toISOString() };
  }
}
