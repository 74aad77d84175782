import { DomainError, ErrorCode, SYSTEM_NAMES, UNNAMED_SYSTEM, fieldName, fieldNames, hasMessage, translate } from '@oryndau/domain';
import { formatDate } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatInstant, resolveLocale } from './locale';

/** The one place that maps error codes to HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.validation]: 400,
  [ErrorCode.invalidIin]: 400,
  [ErrorCode.invalidCalendarDay]: 400,
  [ErrorCode.malformedBody]: 400,
  [ErrorCode.unauthenticated]: 401,
  [ErrorCode.invalidCredentials]: 401,
  [ErrorCode.forbidden]: 403,
  [ErrorCode.csrf]: 403,
  [ErrorCode.notFound]: 404,
  [ErrorCode.conflict]: 409,
  [ErrorCode.concurrentUpdate]: 409,
  [ErrorCode.bodyTooLarge]: 413,
  [ErrorCode.uriTooLong]: 414,
  [ErrorCode.unsupportedMediaType]: 415,
  [ErrorCode.accountLocked]: 423,
  [ErrorCode.rateLimited]: 429,
  [ErrorCode.internal]: 500,
  [ErrorCode.timeBeforeLastChange]: 500,
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
  [ErrorCode.groundRequired]: 422,
  [ErrorCode.groundUnknown]: 422,
  [ErrorCode.groundNotForAction]: 422,
  [ErrorCode.groundNotAllowed]: 422,
  [ErrorCode.transferTargetRequired]: 422,
  [ErrorCode.cardInvalid]: 422,
  [ErrorCode.writSignatureInvalid]: 422,
  [ErrorCode.templateInvalid]: 422,
  [ErrorCode.actState]: 409,
  [ErrorCode.integrationUnauthorized]: 401,
  [ErrorCode.systemKeyUnavailable]: 503,
  [ErrorCode.simplifiedTransitionForbidden]: 409,
  [ErrorCode.phoneRequired]: 422,
  [ErrorCode.deadlineNotReached]: 409,
  [ErrorCode.paymentConflict]: 409,
  [ErrorCode.paymentInvalid]: 400,
  [ErrorCode.paymentInProgress]: 409,
  [ErrorCode.caseTransitionForbidden]: 409,
  [ErrorCode.writActNotInForce]: 409,
  [ErrorCode.writExists]: 409,
  [ErrorCode.writTransitionForbidden]: 409,
  [ErrorCode.writCategoryUnknown]: 422,
  [ErrorCode.writPartiesMissing]: 422,
  [ErrorCode.writJudgeMissing]: 422,
  [ErrorCode.filingTransitionForbidden]: 409,
  [ErrorCode.refusalGroundRequired]: 422,
  [ErrorCode.refusalGroundUnknown]: 422,
  [ErrorCode.judgeRequired]: 422,
  [ErrorCode.noJudgeAvailable]: 409,
  [ErrorCode.courtTransferTargetRequired]: 422,
  [ErrorCode.hearingTimeRequired]: 422,
  [ErrorCode.claimAmountInvalid]: 422,
  [ErrorCode.powerOfAttorneyInvalid]: 403,
  [ErrorCode.filingNotReceived]: 422,
  [ErrorCode.filingNotReady]: 422,
  [ErrorCode.courtsVersionConflict]: 409,
  [ErrorCode.supplementsNone]: 409,
  [ErrorCode.supplementsNotReceived]: 422,
  [ErrorCode.supplementsCaseClosed]: 409,
  [ErrorCode.poaSignerNotAllowed]: 403,
  [ErrorCode.alreadyRegistered]: 409,
  [ErrorCode.personNotFound]: 422,
  [ErrorCode.weakPassword]: 422,
  [ErrorCode.attachmentUnknownType]: 422,
  [ErrorCode.attachmentNameMismatch]: 422,
  [ErrorCode.attachmentUnreadable]: 422,
  [ErrorCode.attachmentEmpty]: 422,
  [ErrorCode.attachmentFileRequired]: 422,
  [ErrorCode.attachmentPositionInvalid]: 422,
  [ErrorCode.attachmentPositionTaken]: 409,
  [ErrorCode.courtActSigned]: 409,
  [ErrorCode.courtActTransitionForbidden]: 409,
  [ErrorCode.courtActAlreadySignedByYou]: 409,
  [ErrorCode.courtActFieldsRequired]: 422,
  [ErrorCode.courtActPdfRequired]: 422,
  [ErrorCode.courtActCorrectsInvalid]: 422,
  [ErrorCode.courtActNotComplete]: 409,
  [ErrorCode.legalForceNone]: 422,
  [ErrorCode.legalForceTooEarly]: 422,
  [ErrorCode.legalForceBlockedByAppeal]: 409,
  [ErrorCode.legalForceAlreadyMarked]: 409,
  [ErrorCode.absenceReasonRequired]: 422,
  [ErrorCode.courtUnknown]: 422,
  [ErrorCode.targetCaseNotFound]: 422,
  [ErrorCode.receiptNotFound]: 422,
  [ErrorCode.receiptAlreadyUsed]: 409,
  [ErrorCode.receiptPayerMismatch]: 422,
  [ErrorCode.receiptNotPaid]: 409,
  [ErrorCode.dutyNotDue]: 409,
  [ErrorCode.archiveNotDue]: 409,
  [ErrorCode.archiveAlready]: 409,
  [ErrorCode.archiveInventoryStale]: 409,
  [ErrorCode.archiveNotArchived]: 409,
  [ErrorCode.enpCredentials]: 401,
  [ErrorCode.enpLocked]: 429,
  [ErrorCode.enpSignedOut]: 401,
  [ErrorCode.enpAccessConflict]: 409,
  [ErrorCode.enpMatrixConflict]: 409,
  [ErrorCode.enpMatrixInvalid]: 422,
  [ErrorCode.enpBlockState]: 409,
  [ErrorCode.enpNotConfigured]: 503,
  [ErrorCode.enpApplicationState]: 409,
  [ErrorCode.enpApplicationNoCase]: 409,
  [ErrorCode.enpApplicationFileType]: 422,
  [ErrorCode.enpUnsubscribeUnknown]: 404,
  [ErrorCode.licensingApplicationState]: 409,
  [ErrorCode.licensingNotPaid]: 422,
  [ErrorCode.licensingSignatureRefused]: 422,
  [ErrorCode.licensingPersonNotFound]: 422,
  [ErrorCode.licensingLicenceState]: 409,
  [ErrorCode.licensingLicenceInactive]: 403,
  [ErrorCode.licensingDocumentsMissing]: 422,
  [ErrorCode.licensingPaymentFailed]: 402,
  [ErrorCode.licensingChecklistIncomplete]: 422,
  [ErrorCode.licensingSurveyAnswered]: 409,
};

export const statusOf = (code: ErrorCode): number => STATUS[code];

export type ErrorBody = { code: ErrorCode; message: string; details?: Record<string, unknown> };

/** A text put inside a sentence: its own full stop would double the sentence's. */
const clause = (text: string) => text.trim().replace(/[.。]+$/, '');

/** "1 МБ" / "40 МБ" / "512 КБ". */
function formatSize(bytes: number, locale: Locale): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} ${locale === 'kk' ? 'МБ' : 'МБ'}`;
  return `${Math.ceil(bytes / 1024)} КБ`;
}

/** The `{param}` values of an error's text, every one in the caller's language. */
function messageParams(error: DomainError, locale: Locale, requestId: string): Record<string, string | number> {
  const params: Record<string, string | number> = { requestId };
  const { details } = error;
  if (typeof details.retryAfter === 'number') params.retryAfter = details.retryAfter;
  if (typeof details.minutes === 'number') params.minutes = details.minutes;
  if (typeof details.until === 'string') {
    params.until = formatInstant(details.until, locale, String(details.timeZone ?? 'Asia/Almaty'));
  }
  if (typeof details.system === 'string') params.system = (SYSTEM_NAMES[details.system] ?? UNNAMED_SYSTEM)[locale];
  if (typeof details.limit === 'number') params.limit = formatSize(details.limit, locale);
  // Issue 15 (court acts): a legal-force date and the number of the appeal that blocks it.
  if (typeof details.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(details.date)) params.date = formatDate(details.date, locale);
  if (typeof details.filingNumber === 'string' && details.filingNumber !== '') params.filingNumber = `№ ${details.filingNumber}`;
  if (Array.isArray(details.fields)) {
    const fields = details.fields as unknown[];
    // Schema errors carry field paths; card errors {field, message:{kk,ru}}.
    const paths = fields.filter((f): f is string => typeof f === 'string');
    const parts = paths.length > 0 ? [fieldNames(paths, locale)] : [];
    for (const f of fields) {
      if (typeof f !== 'object' || f === null) continue;
      const { field, message } = f as { field?: unknown; message?: Record<string, unknown> };
      const name = typeof field === 'string' ? fieldName(field, locale) ?? fieldNames([], locale) : fieldNames([], locale);
      const text = typeof message?.[locale] === 'string' ? clause(message[locale] as string) : '';
      parts.push(text ? `${name}: ${text}` : name);
    }
    params.fields = parts.length > 0 ? parts.join('; ') : fieldNames([], locale);
  }
  if (Array.isArray(details.errors)) {
    params.placeholders = (details.errors as Array<{ message?: Record<string, string>; placeholder?: string }>)
      .map((e) => clause(e.message?.[locale] ?? e.placeholder ?? '')).filter((t) => t !== '').join('; ');
  }
  // Verification reasons come with both texts; pick the caller's language.
  if (Array.isArray(details.reasons)) {
    params.reasons = (details.reasons as Array<Record<string, string>>).map((r) => clause(r[locale] ?? '')).filter((t) => t !== '').join('; ');
  }
  return params;
}

/** The text a person reads: looked up by code, never `err.message`; placeholders a code does not fill are dropped. */
export function errorMessage(error: DomainError, locale: Locale, requestId = ''): string {
  const params = messageParams(error, locale, requestId);
  const unspecified = error.code === ErrorCode.validation && !Array.isArray(error.details.fields);
  const key = unspecified ? 'validation.unspecified' : `error.${error.code}`;
  const text = hasMessage(key) ? translate(locale, key, params) : translate(locale, 'error.internal', params);
  return text.replace(/\s*\{\w+\}/g, '').replace(/([.!?])\.+/g, '$1').replace(/:\s*\./g, '.');
}

export function errorBody(error: DomainError, locale: Locale, requestId: string): ErrorBody {
  const message = errorMessage(error, locale, requestId);
  const details = Object.keys(error.details).length > 0 ? error.details : undefined;
  return details ? { code: error.code, message, details } : { code: error.code, message };
}

/**
 * PostgreSQL's data errors that only bad input causes: class 22 (a value
 * the column cannot hold: invalid text for a uuid 22P02, a date out of range
 * 22008/22007, NUL or an unpaired surrogate 22P05/22021, too long 22001, a
 * number out of range 22003) and NOT NULL / CHECK violations. A route whose
 * schema missed such a value still answers 400, never 500.
 */
export function isInputDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '23502' || code === '23514');
}

/** Fastify's own errors (body parser, router) as our codes. */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.malformedBody,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.malformedBody,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ErrorCode.malformedBody,
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.bodyTooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.unsupportedMediaType,
  FST_ERR_MAX_PARAM_LENGTH: ErrorCode.uriTooLong,
  FST_ERR_BAD_URL: ErrorCode.notFound,
};

/** Turns anything thrown into a DomainError; `bodyLimit` names the limit of a too large body. */
export function toDomainError(error: unknown, bodyLimit?: number): DomainError {
  if (error instanceof DomainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const fields = [...new Set(error.validation.map((v) => v.instancePath.replace(/^\//, '').replaceAll('/', '.') || context))];
    return new DomainError(ErrorCode.validation, { fields });
  }
  if (isInputDataError(error)) return new DomainError(ErrorCode.validation);
  const fastifyCode = (error as FastifyError | undefined)?.code;
  const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  if (mapped === ErrorCode.bodyTooLarge && bodyLimit !== undefined) return new DomainError(mapped, { limit: bodyLimit });
  if (mapped) return new DomainError(mapped);
  const status = (error as FastifyError | undefined)?.statusCode;
  if (error instanceof SyntaxError && status === 400) return new DomainError(ErrorCode.malformedBody);
  if (status === 404) return new DomainError(ErrorCode.notFound);
  if (status === 413) return new DomainError(ErrorCode.bodyTooLarge, bodyLimit !== undefined ? { limit: bodyLimit } : {});
  if (status === 415) return new DomainError(ErrorCode.unsupportedMediaType);
  if (status === 429) return new DomainError(ErrorCode.rateLimited, { retryAfter: 60 });
  if (status !== undefined && status >= 400 && status < 500) return new DomainError(ErrorCode.validation);
  return new DomainError(ErrorCode.internal);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const bodyLimit = (request.routeOptions as { bodyLimit?: number } | undefined)?.bodyLimit ?? request.server?.initialConfig.bodyLimit;
  const domainError = toDomainError(error, bodyLimit);
  const status = STATUS[domainError.code];
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else if (isInputDataError(error)) request.log.warn({ sqlState: (error as { code: string }).code }, 'input reached the database unchecked');
  const locale = resolveLocale(request.headers['accept-language'], request.user?.locale);
  return reply.status(status).send(errorBody(domainError, locale, request.id));
}
