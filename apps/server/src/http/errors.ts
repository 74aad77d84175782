import { DomainError, ErrorCode, hasMessage, translate } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatInstant, resolveLocale } from './locale';

/** The one place that maps error codes to HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.validation]: 400,
  [ErrorCode.invalidIin]: 400,
  [ErrorCode.invalidCalendarDay]: 400,
  [ErrorCode.unauthenticated]: 401,
  [ErrorCode.invalidCredentials]: 401,
  [ErrorCode.forbidden]: 403,
  [ErrorCode.csrf]: 403,
  [ErrorCode.notFound]: 404,
  [ErrorCode.conflict]: 409,
  [ErrorCode.concurrentUpdate]: 409,
  [ErrorCode.accountLocked]: 423,
  [ErrorCode.rateLimited]: 429,
  [ErrorCode.internal]: 500,
  [ErrorCode.externalUnavailable]: 503,
  [ErrorCode.databaseUnavailable]: 503,
  [ErrorCode.challengeUnknown]: 404,
  [ErrorCode.challengeExpired]: 410,
  [ErrorCode.challengeForeign]: 409,
  [ErrorCode.challengeUsed]: 409,
  [ErrorCode.signatureInvalid]: 422,
  [ErrorCode.esignUnknownUser]: 401,
  [ErrorCode.transitionForbidden]: 409,
  [ErrorCode.versionConflict]: 409,
  [ErrorCode.groundInvalid]: 422,
  [ErrorCode.cardInvalid]: 422,
  [ErrorCode.writSignatureInvalid]: 422,
  [ErrorCode.templateInvalid]: 422,
  [ErrorCode.actState]: 409,
  [ErrorCode.integrationUnauthorized]: 401,
  [ErrorCode.systemKeyUnavailable]: 503,
};

export type ErrorBody = { code: ErrorCode; message: string; details?: Record<string, unknown> };

export function errorBody(error: DomainError, locale: Locale, requestId: string): ErrorBody {
  const params: Record<string, string | number> = { requestId };
  for (const [key, value] of Object.entries(error.details)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  if (typeof error.details.until === 'string') {
    params.until = formatInstant(error.details.until, locale, String(error.details.timeZone ?? 'Asia/Almaty'));
  }
  if (Array.isArray(error.details.fields)) {
    // Card errors carry {field, message:{kk,ru}}; schema errors plain field names.
    params.fields = (error.details.fields as unknown[]).map((f) => (typeof f === 'string' ? f
      : `${(f as { field: string }).field}: ${(f as { message?: Record<string, string> }).message?.[locale] ?? ''}`)).join('; ');
  }
  if (Array.isArray(error.details.errors)) {
    params.placeholders = (error.details.errors as Array<{ message?: Record<string, string>; placeholder?: string }>)
      .map((e) => e.message?.[locale] ?? e.placeholder ?? '').join('; ');
  }
  // Verification reasons come with both texts; pick the caller's language.
  if (Array.isArray(error.details.reasons)) {
    params.reasons = (error.details.reasons as Array<Record<string, string>>).map((r) => r[locale] ?? r.code).join('; ');
  }
  const key = `error.${error.code}`;
  const message = hasMessage(key) ? translate(locale, key, params) : translate(locale, 'error.internal', params);
  const details = Object.keys(error.details).length > 0 ? error.details : undefined;
  return details ? { code: error.code, message, details } : { code: error.code, message };
}

/** Turns anything thrown into `{ code, message }` in the caller's language. */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = [...new Set(error.validation.map((v) =>
      v.instancePath.replace(/^\//, '').replaceAll('/', '.') || v.message || 'request'))];
    return new DomainError(ErrorCode.validation, { fields });
  }
  const status = (error as FastifyError | undefined)?.statusCode;
  if (status === 404) return new DomainError(ErrorCode.notFound);
  if (status === 429) return new DomainError(ErrorCode.rateLimited, { retryAfter: 60 });
  if (status !== undefined && status >= 400 && status < 500) {
    return new DomainError(ErrorCode.validation, { fields: [(error as FastifyError).code ?? 'request'] });
  }
  return new DomainError(ErrorCode.internal);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const domainError = toDomainError(error);
  const status = STATUS[domainError.code];
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  const locale = resolveLocale(request.headers['accept-language'], request.user?.locale);
  return reply.status(status).send(errorBody(domainError, locale, request.id));
}
