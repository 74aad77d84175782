import type { FastifyRequest } from 'fastify';

/** What stands in a log line where a credential was. */
export const REDACTED = '[redacted]';

// SIMP-3: the debtor's link is the credential (whoever holds it sees and pays the fine). It travels as
// the page path `/s/<token>`, as the API path `/api/public/simplified/<token>/…`, inside the SMS text
// (`https://…/s/<token>`) and in the payment gateway's return address; a `token=` query is one too.
const CREDENTIAL_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/(\/api\/public\/simplified\/)[^/?#"'\s\\]+/g, `$1${REDACTED}`],
  [/(\/s\/)[^/?#"'\s\\]+/g, `$1${REDACTED}`],
  [/([?&]token=)[^&#"'\s\\]+/gi, `$1${REDACTED}`],
];

/** The text with every debtor-link token (and `token=` query value) replaced by `[redacted]`. */
export function redactCredentials(text: string): string {
  let result = text;
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/** Where log lines go: stdout by default, a test's collector otherwise. */
export type LogDestination = { write(line: string): unknown };

/**
 * The destination behind every log line of the server: the request's URL is
 * redacted by the serializer, and this catches whatever else may carry a link
 * (an error message, an adapter's notice, an SMS text in an outbox failure).
 */
export function redactingDestination(target: LogDestination): LogDestination {
  return { write: (line: string) => target.write(redactCredentials(line)) };
}

/** Fastify's logger options: info level, redacted request URLs, a redacting destination. */
export function serverLoggerOptions(destination: LogDestination = process.stdout) {
  return {
    level: 'info',
    stream: redactingDestination(destination),
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactCredentials(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
