import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';

// Simulators answer errors the way the clients expect real gateways to:
// a status code plus { error: { code, message } }.

export async function sendError(reply: FastifyReply, status: number, code: string, message: string): Promise<void> {
  await reply.code(status).send({ error: { code, message } });
}

/** Parses a request part with the contract's schema; answers 400 and returns undefined when it does not fit. */
export async function parseOr400<T>(schema: z.ZodType<T, unknown>, value: unknown, reply: FastifyReply): Promise<T | undefined> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  await sendError(reply, 400, 'invalid_request', message);
  return undefined;
}

/** Uniform error bodies for Fastify's own failures (bad JSON, unknown route, body too large). */
export function installErrorShape(app: FastifyInstance): void {
  app.setNotFoundHandler(async (request, reply) => {
    await sendError(reply, 404, 'not_found', `no route ${request.method} ${request.url}`);
  });
  app.setErrorHandler(async (error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    await sendError(reply, status, error.code ?? 'internal', error.message);
  });
}
