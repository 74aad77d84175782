/**
 * Every error a user can meet has a code. The code is the contract with
 * clients; people read the kk/ru text looked up by code (i18n/messages),
 * never `err.message`.
 */
export const ErrorCode = {
  /** The request body or query does not match the schema. */
  validation: 'validation',
  /** The object does not exist, or the caller may not know it exists. */
  notFound: 'not_found',
  /** Signed in, but the policy refuses this action on this object. */
  forbidden: 'forbidden',
  /** No valid session. */
  unauthenticated: 'unauthenticated',
  /** Someone else changed the object first (optimistic lock lost). */
  conflict: 'conflict',
  /**
   * PostgreSQL gave up on the transaction (deadlock 40P01 or serialization
   * failure 40001) on every attempt of the runner: others were changing the
   * same records at that moment; nothing was saved, the user may repeat.
   */
  concurrentUpdate: 'concurrent_update',
  /** Too many requests from this address or for this account. */
  rateLimited: 'rate_limited',
  /** Unexpected failure; details are in the server log, not in the answer. */
  internal: 'internal',
  /** The database cannot be reached. */
  databaseUnavailable: 'database_unavailable',
  /** IIN and password do not match an active account. */
  invalidCredentials: 'auth.invalid_credentials',
  /** Too many failed sign-ins; the account is locked until `details.until`. */
  accountLocked: 'auth.locked',
  /** The CSRF token is missing or does not match the cookie. */
  csrf: 'auth.csrf',
  /** IIN is not 12 digits or its check digit is wrong. */
  invalidIin: 'iin.invalid',
  /** The calendar change is not a valid date / kind. */
  invalidCalendarDay: 'calendar.invalid_day',
  /** An external system (ЕРАП, ГБД ФЛ, …) did not answer; try again later. */
  externalUnavailable: 'external.unavailable',
  /** The signing challenge does not exist. */
  challengeUnknown: 'signing.challenge_unknown',
  /** SIG-3: more than 5 minutes (sign-in: 60 s) since signing started. */
  challengeExpired: 'signing.challenge_expired',
  /** The challenge belongs to another user, document, content or purpose. */
  challengeForeign: 'signing.challenge_foreign',
  /** The challenge was already used: a signature is accepted once. */
  challengeUsed: 'signing.challenge_used',
  /** SIG-4: the signature failed verification; `details.reasons` say why. */
  signatureInvalid: 'signing.signature_invalid',
  /** ЭЦП sign-in: no active user has the certificate's IIN. */
  esignUnknownUser: 'auth.esign_unknown_user',
  /** ENF: the action is not allowed in the proceeding's current status (the card was stale or another act won). */
  transitionForbidden: 'enforcement.transition_forbidden',
  /** ENF: the proceeding changed after this resolution was generated; generate it again. */
  versionConflict: 'enforcement.version_conflict',
  /** ENF: refuse/suspend/terminate/return need a ground and none was given. */
  groundRequired: 'enforcement.ground_required',
  /** ENF: the ground code is not in the reference data. */
  groundUnknown: 'enforcement.ground_unknown',
  /** ENF: the ground exists but belongs to another action (a refusal ground to suspend). */
  groundNotForAction: 'enforcement.ground_not_for_action',
  /** ENF: the action takes no ground (initiate, resume, …) but one was given. */
  groundNotAllowed: 'enforcement.ground_not_allowed',
  /** ENF: a transfer needs the receiving department. */
  transferTargetRequired: 'enforcement.transfer_target_required',
  /** ENF/SIMP: `now` is before the object's last change — a clock or replay bug, not the caller's fault. */
  timeBeforeLastChange: 'time_before_last_change',
  /** ENF-1: the executive-document card has field errors (`details.fields`). */
  cardInvalid: 'enforcement.card_invalid',
  /** ENF-11: a signature of an electronic writ failed verification (`details.signatures`). */
  writSignatureInvalid: 'enforcement.writ_signature_invalid',
  /** ENF-6: a template text has unknown placeholders or broken braces (`details.errors`). */
  templateInvalid: 'enforcement.template_invalid',
  /** ENF: the act cannot be used in its current state (already signed, returned, …). */
  actState: 'enforcement.act_state',
  /** A machine-to-machine call without the right token. */
  integrationUnauthorized: 'integration.unauthorized',
  /** The system's signing key (SYSTEM_KEY_FILE) is missing or unusable: the simplified intake is stopped (GET /health says why). */
  systemKeyUnavailable: 'system.key_unavailable',
  /** SIMP: the command is not in the transition table for the case's current status (the timer fired, the debtor paid). */
  simplifiedTransitionForbidden: 'simplified.transition_forbidden',
  /** SIMP-2: `initiate` without a phone number — such fines go down the ordinary path. */
  phoneRequired: 'simplified.phone_required',
  /** SIMP-5: `expire` before the end of the 5th calendar day: a timer fired early. */
  deadlineNotReached: 'simplified.deadline_not_reached',
  /** SIMP-4: a payment id seen before, but with another amount: the gateway contradicts itself. */
  paymentConflict: 'simplified.payment_conflict',
  /** SIMP-4: a payment without an id or a valid time, or an amount that is not a positive whole number of tiyn. */
  paymentInvalid: 'simplified.payment_invalid',
  /**
   * SIMP-4: two «Оплатить» clicks on one case raced and the other one recorded
   * its payment first (the case's payment attempt moved on); the debtor reloads
   * the page and is offered that payment.
   */
  paymentInProgress: 'simplified.payment_in_progress',
  /** FILE: the action is not in CASE_TRANSITIONS for the court case's current status (the card was stale). */
  caseTransitionForbidden: 'courts.case_transition_forbidden',
  /** FILE: the action is not in FILING_TRANSITIONS for the filing's current status (already registered, refused or withdrawn). */
  filingTransitionForbidden: 'courts.filing_transition_forbidden',
  /** FILE-12: a refusal needs one of the seven grounds of §37 and none was given. */
  refusalGroundRequired: 'courts.refusal_ground_required',
  /** FILE-12: the refusal ground is not one of the seven of §37. */
  refusalGroundUnknown: 'courts.refusal_ground_unknown',
  /** FILE-11: assigning or reassigning a case needs the judge. */
  judgeRequired: 'courts.judge_required',
  /** FILE-11: the court has no active judge to propose; the office assigns by hand. */
  noJudgeAvailable: 'courts.no_judge_available',
  /** A case transfer (by jurisdiction) needs the receiving court. */
  courtTransferTargetRequired: 'courts.transfer_target_required',
  /** A hearing needs its date and time. */
  hearingTimeRequired: 'courts.hearing_time_required',
  /** FILE-4: a property claim (or a court order) needs a claim amount in whole tiyn above zero. */
  claimAmountInvalid: 'courts.claim_amount_invalid',
  /** FILE-9: the power of attorney does not allow this act now; `details.reason` is a PoaRefusalReason, `details.reasons` its kk/ru text. */
  powerOfAttorneyInvalid: 'courts.poa_invalid',
  /**
   * FILE-10 (§30, §33): the filing's signature failed on arrival (the ЭЦП checklist, the applicant's IIN/BIN,
   * the power of attorney) — "not received": the filing stays a draft; `details.reasons` are the kk/ru reasons.
   */
  filingNotReceived: 'courts.filing_not_received',
  /** FILE-5, FILE-6: the filing cannot be signed as it is (files ≠ appendix, a court that does not hear it); `details.reasons` kk/ru. */
  filingNotReady: 'courts.filing_not_ready',
  /** FILE-8: a registered filing has no supplement left to send (none uploaded, or all sent already — e.g. from another tab). */
  supplementsNone: 'courts.supplements_none',
  /** FILE-8, FILE-10: the signature sending a filing's supplements failed on arrival; nothing was added to the case; `details.reasons` kk/ru. */
  supplementsNotReceived: 'courts.supplements_not_received',
  /** FILE-8: the filing's case is finished (returned, transferred, closed) and takes no more documents. */
  supplementsCaseClosed: 'courts.supplements_case_closed',
  /** FILE-11, FILE-9: the filing or power of attorney changed after the page showed it (another specialist acted first); reload. */
  courtsVersionConflict: 'courts.version_conflict',
  /** SIG-8, §26: this certificate may not sign this power of attorney (a legal entity's is signed by its first head, with its BIN). */
  poaSignerNotAllowed: 'courts.poa_signer_not_allowed',
  /** The request body is not valid JSON, or is empty where JSON was announced. */
  malformedBody: 'request.malformed',
  /** The request body is larger than this route accepts (413). */
  bodyTooLarge: 'request.too_large',
  /** A path parameter or the address is too long (414). */
  uriTooLong: 'request.uri_too_long',
  /** The body's Content-Type is not one this route reads (415). */
  unsupportedMediaType: 'request.unsupported_media_type',
  /** FILE-3: a cabinet account with this IIN exists already; sign in instead (409). */
  alreadyRegistered: 'cabinet.already_registered',
  /** FILE-3: ГБД ФЛ does not know this IIN, so no cabinet account can be opened for it. */
  personNotFound: 'cabinet.person_not_found',
  /** FILE-3: the new password breaks the password policy; `details.reasons` say how (kk/ru). */
  weakPassword: 'cabinet.weak_password',
  // Issue 14 items 3-5 (the filing draft): attachments, the court and case of a filing, the duty's receipts.
  /** FILE-1: the attachment is not a doc, docx, pdf, jpeg or xlsx by its content (an .exe named .pdf, an RTF, an .xls). */
  attachmentUnknownType: 'courts.attachment_unknown_type',
  /** FILE-1: the file's name says another kind than its content is (a PDF named .docx, no extension). */
  attachmentNameMismatch: 'courts.attachment_name_mismatch',
  /** FILE-1, §37 p.5: the file starts like an accepted kind but cannot be read (truncated, corrupt, encrypted). */
  attachmentUnreadable: 'courts.attachment_unreadable',
  /** FILE-1: the file is empty. */
  attachmentEmpty: 'courts.attachment_empty',
  /** The upload has no file part (or is not multipart/form-data). */
  attachmentFileRequired: 'courts.attachment_file_required',
  /** FILE-5: the position is not one of the appendix's (1…n), or is missing. */
  attachmentPositionInvalid: 'courts.attachment_position_invalid',
  /** FILE-5: one file per appendix position; this one has a file already (remove it first). */
  attachmentPositionTaken: 'courts.attachment_position_taken',
  /** FILE-2: the chosen court is not in the courts' reference. */
  courtUnknown: 'courts.court_unknown',
  /** FILE-2: the target case's number is missing (hearing-record services) or no case has it at that court. */
  targetCaseNotFound: 'courts.target_case_not_found',
  /** FILE-4: the gateway («төлем чегін тексеру») knows no payment with this receipt code. */
  receiptNotFound: 'courts.receipt_not_found',
  /** FILE-4: this receipt code already paid a filing (a code pays once). */
  receiptAlreadyUsed: 'courts.receipt_already_used',
  /** FILE-4: the receipt was paid by someone who is neither the applicant, the person acting nor the principal. */
  receiptPayerMismatch: 'courts.receipt_payer_mismatch',
  /** FILE-4: the payment on the receipt is not (yet) completed at the gateway. */
  receiptNotPaid: 'courts.receipt_not_paid',
  /** FILE-4: nothing remains to pay (or the amount asked exceeds what remains). */
  dutyNotDue: 'courts.duty_not_due',
  /** FILE-16, §51: a writ only for an act in legal force or for immediate execution. */
  writActNotInForce: 'courts.writ_act_not_in_force',
  /** FILE-16: the act already has a writ (a second preparation, or a lost race). */
  writExists: 'courts.writ_exists',
  /** FILE-16: the writ's status does not allow this (already signed by this person, sent, …). */
  writTransitionForbidden: 'courts.writ_transition_forbidden',
  /** FILE-16, §54: a category the distribution rules (ENF-12) do not know. */
  writCategoryUnknown: 'courts.writ_category_unknown',
  /** FILE-16, §56: the case has no claimant or no debtor identified by IIN/BIN. */
  writPartiesMissing: 'courts.writ_parties_missing',
  /** FILE-16: the case has no presiding judge to sign the writ. */
  writJudgeMissing: 'courts.writ_judge_missing',
  // Issue 15 items 1-2 (court acts, legal force): texts in i18n/court-acts-{kk,ru}.ts.
  /** SIG-5, §46: the act has a judge's signature and can no longer be edited; a correction is a new act. */
  courtActSigned: 'courts.act_signed',
  /** FILE-14: the action is not in COURT_ACT_TRANSITIONS for the act's status (the page was stale). */
  courtActTransitionForbidden: 'courts.act_transition_forbidden',
  /** FILE-14: this judge already signed the act. */
  courtActAlreadySignedByYou: 'courts.act_already_signed',
  /** FILE-14: a template act needs its operative part; `details.fields`. */
  courtActFieldsRequired: 'courts.act_fields_required',
  /** FILE-14: an uploaded act must be a readable PDF. */
  courtActPdfRequired: 'courts.act_pdf_required',
  /** FILE-14, §46: a correction must name a signed act of the same case. */
  courtActCorrectsInvalid: 'courts.act_corrects_invalid',
  /** FILE-15: the act is not complete yet (not every judge signed). */
  courtActNotComplete: 'courts.act_not_complete',
  /** FILE-15: the law gives this act no entry into force of its own (the operative part, a hearing record). */
  legalForceNone: 'courts.legal_force_none',
  /** SIG-6: the mark cannot be signed before the legal-force date; `details.date`. */
  legalForceTooEarly: 'courts.legal_force_too_early',
  /** FILE-15: an appeal filed in time stops the act from entering into force; `details.filingNumber`. */
  legalForceBlockedByAppeal: 'courts.legal_force_blocked',
  /** SIG-6: the act already entered into force. */
  legalForceAlreadyMarked: 'courts.legal_force_already_marked',
  /** §51: the chairman marks legal force only with the reason the judge is absent. */
  absenceReasonRequired: 'courts.absence_reason_required',
  // Issue 15 items 4-5 (FILE-17): the electronic archive.
  /** FILE-17 §62: the case is not due for the archive (no legal force yet, or its three working days have not passed). */
  archiveNotDue: 'courts.archive_not_due',
  /** FILE-17: the case is archived already; nothing of it changes (a second signature of the inventory, a new inventory). */
  archiveAlready: 'courts.archive_already',
  /** FILE-17: the case gained a document or signature after its inventory was prepared; the judge would sign a stale list. */
  archiveInventoryStale: 'courts.archive_inventory_stale',
  /** FILE-17 §61: the paper copy and the export are of an archived case only. */
  archiveNotArchived: 'courts.archive_not_archived',
  // Issue 16 (ЭНП, ENP-1…ENP-11): the case observation portal.
  /** ENP-3: the IIN and password match no access — one answer whether or not the IIN or a case exists. */
  enpCredentials: 'enp.credentials',
  /** ENP-3: too many wrong passwords for this IIN or from this address; `details.retryAt` (and `until`) say when to try again. */
  enpLocked: 'enp.locked',
  /** ENP-3: no ЭНП session (or it ended): search the case again with IIN and password. */
  enpSignedOut: 'enp.signed_out',
  /** ENP-1: someone issued a password to this person for this case at the same moment; the list shows the one that counts. */
  enpAccessConflict: 'enp.access_conflict',
  /** ENP-6: the matrix changed since it was loaded (another administrator saved a version); load it again. */
  enpMatrixConflict: 'enp.matrix_conflict',
  /** ENP-6: a matrix version must have every cell once, each with its basis in both languages. */
  enpMatrixInvalid: 'enp.matrix_invalid',
  /** ENP-5: the document is already blocked (block) or not blocked (unblock). */
  enpBlockState: 'enp.block_state',
  /** ENP-1: the server has no ENP_LOOKUP_SECRET (production); the portal's passwords cannot be issued or checked. */
  enpNotConfigured: 'enp.not_configured',
  /** ENP-7, ENP-9: the application is no longer in the state this needs (decided by someone else already, signed already): reload it. */
  enpApplicationState: 'enp.application_state',
  /** ENP-9: the application names no case of that court, so no password can be issued for it: refuse it with a reason. */
  enpApplicationNoCase: 'enp.application_no_case',
  /** ENP-7: an application's attachment must be a PDF or a JPEG. */
  enpApplicationFileType: 'enp.application_file_type',
  /** ENP-8: the unsubscribe link is unknown (mistyped or not ours). */
  enpUnsubscribeUnknown: 'enp.unsubscribe_unknown',
  /** LIC-1…LIC-5: the application is no longer in the state this needs (decided, signed or changed by someone else): reload it. */
  licensingApplicationState: 'licensing.application_state',
  /** LIC-2 (seed 004 §6 condition 2): the fee is not paid, so the application is refused. */
  licensingNotPaid: 'licensing.not_paid',
  /** LIC-2 (condition 3): the certificate is expired, revoked or names another IIN — the application is refused with the reason. */
  licensingSignatureRefused: 'licensing.signature_refused',
  /** LIC-3 (§7 condition 1): the person is not in ГБД ФЛ — the application is refused. */
  licensingPersonNotFound: 'licensing.person_not_found',
  /** LIC-8: the licence is not in the state this register act needs (already suspended, terminated, replaced). */
  licensingLicenceState: 'licensing.licence_state',
  /** LIC-8, ENF-12: the private bailiff's licence is suspended or terminated in the register: they may not sign acts. */
  licensingLicenceInactive: 'licensing.licence_inactive',
  /** LIC-2: required documents are not attached. */
  licensingDocumentsMissing: 'licensing.documents_missing',
  /** LIC-2: the payment gateway declined or did not confirm the payment. */
  licensingPaymentFailed: 'licensing.payment_failed',
  /** Condition 4: a licence is issued only when every qualification requirement is marked met. */
  licensingChecklistIncomplete: 'licensing.checklist_incomplete',
  /** LIC-6: the survey of this application is answered already. */
  licensingSurveyAnswered: 'licensing.survey_answered',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
