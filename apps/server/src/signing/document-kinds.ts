/**
 * Every kind of stored document (documents.kind). Each has its signing hook
 * in signing/hooks.ts — a `Record<DocumentKind, …>`, so a kind added here
 * without deciding who reads and signs it does not compile.
 */
export const DOCUMENT_KINDS = [
  'enforcement.act', // a bailiff's resolution (ENF-3…ENF-9)
  'court.act', // the court's act that came with an electronic writ (ENF-11), signed by the court
  'simp.initiation', // the simplified path's acts, sealed by the system key (SIMP-1…SIMP-6)
  'simp.termination',
  'simp.cancellation',
  'court.filing', // a filing's manifest signed by its applicant in the court cabinet (FILE-6, FILE-10)
  'court.filing_supplement', // the manifest of documents sent later to a registered filing, signed by its applicant (FILE-8)
  'court.writ', // FILE-16, §52: the electronic writ's card (JSON bytes), signed by the judge and the court secretary
  'court.writ_act_copy', // FILE-16, §52: the copy of the court act that goes with the writ, signed by the judge
  'court.case_act', // FILE-14: a court act of a case, signed by every current judge of the case (issue 15)
  'court.legal_force_mark', // FILE-15, SIG-6: the legal-force mark of a court act, signed by its judge or the chairman (issue 15)
  'power_of_attorney', // FILE-9, SIG-8: an electronic power of attorney, signed by its principal
  'court.archive_inventory', // FILE-17, §62: a case's archive inventory (canonical JSON), prepared by the secretary, signed by the case's judge
  'enp.application', // ENP-7: an online application for a ЭНП password (canonical JSON), signed by its applicant (issue 16)
  'licensing.application', // LIC-2: a private bailiff's licence application (canonical JSON), signed by its applicant (issue 17)
  'licensing.licence', // LIC-2, LIC-8: the electronic licence, signed by the licensor's authorised officer
  'licensing.register_act', // LIC-8: suspension, resumption or termination of a licence, signed by the licensor's officer
  'sample', // dev mode: a sample document to try signing with
] as const satisfies ReadonlyArray<string>;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
