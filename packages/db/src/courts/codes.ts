// The courts' codes as the database stores them (COURTS-DESIGN.md, issue 14).
// Phase 1 defines them here because the pure courts domain
// (packages/domain/src/courts) is written in parallel; the names are the
// design's, so phase 2 replaces these with imports from @oryndau/domain.
// The CHECK constraints of migrations/0013_courts.sql list the same codes.

export type CaseForm = 'civil' | 'criminal' | 'administrative';
export type Instance = 'first' | 'appeal' | 'cassation';
export type CourtLevel = 'district' | 'regional' | 'cassation';
export type FilingService = 'claim' | 'appeal' | 'cassation' | 'hearing_record_request' | 'hearing_record_remarks';
export type FilingStatus = 'draft' | 'received' | 'registered' | 'refused' | 'withdrawn';
export type CaseStatus = 'registered' | 'assigned' | 'in_progress' | 'suspended' | 'decided' | 'returned' | 'transferred' | 'closed';
export type CaseEventKind = 'registered' | 'judge_assigned' | 'accepted' | 'hearing_scheduled' | 'hearing_held' | 'suspended' | 'resumed'
  | 'transferred' | 'returned' | 'decided' | 'closed' | 'documents_added' | 'duty_paid'
  // Issue 15 (migration 0016 lists the same): court acts, legal force, writs, the archive.
  | 'act_signed' | 'act_published' | 'appeal_filed' | 'entered_into_force' | 'writ_issued' | 'writ_sent' | 'writ_registered' | 'writ_status'
  | 'handed_to_archive' | 'archived';
export type ParticipantCategory = 'plaintiff' | 'defendant' | 'third_party' | 'applicant' | 'interested_person'
  | 'accused' | 'suspect' | 'victim' | 'private_prosecutor' | 'civil_plaintiff' | 'civil_defendant' | 'investigator'
  | 'person_prosecuted' | 'representative' | 'legal_representative' | 'lawyer' | 'prosecutor';
export type RefusalGround = 'invalid_signature' | 'wrong_court' | 'duplicate' | 'attachments_missing' | 'unreadable'
  | 'content_mismatch' | 'wrong_section';
export type PoaPower = 'file_claims' | 'file_appeals' | 'sign_documents' | 'pay_duty' | 'add_documents' | 'receive_acts' | 'observe_case';
export type PoaStatus = 'draft' | 'active' | 'revoked';
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'xlsx' | 'jpeg';
export type DutyPaymentMethod = 'online' | 'receipt';
export type DutyPaymentStatus = 'pending' | 'paid' | 'failed';
export type ApplicantKind = 'individual' | 'legal_entity';
export type CaseJudgeRole = 'presiding' | 'member';
export type CourtCounterKind = 'case' | 'filing';

/** Case statuses in which a case no longer counts towards its judge's load. */
export const FINISHED_CASE_STATUSES: readonly CaseStatus[] = ['returned', 'transferred', 'closed'];

/** A timestamptz as either engine gives it. */
export const instantOrNull = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

/** A bigint column read back (text or number), as a number: amounts in tiyn stay far below 2^53. */
export const numberOrNull = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** True for a string shaped like a UUID (a malformed id is "not found", never a 500 from the cast). */
export const isUuid = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
