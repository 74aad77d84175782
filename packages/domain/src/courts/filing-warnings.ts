/**
 * Issue 14 item 9 (FILE-5, §37): before sending, the applicant is warned of
 * what would make the court refuse. Warnings, not blocks — except what the
 * server refuses anyway: the file count must equal the appendix (§21,
 * FILE-5), and a court that does not hear the instance or form cannot take
 * the filing at all. Texts: FILING_WARNING_TEXTS (reference), filled by
 * `filingWarningText`.
 */
import type { Locale } from '@oryndau/kz';
import {
  FILING_WARNING_TEXTS, INSTANCE_OF_SERVICE, fillText,
  type CaseForm, type FilingService, type FilingWarningCode, type Instance, type RefusalGround,
} from './reference';

export type FilingWarning = {
  readonly code: FilingWarningCode;
  readonly blocking: boolean;
  /** The §37 ground the court would refuse on. */
  readonly ground: RefusalGround;
  readonly params: Readonly<Record<string, string | number>>;
};

export type FilingWarningsInput = {
  readonly appendix: readonly { readonly position: number }[];
  readonly attachments: readonly { readonly position: number }[];
  /** Appendix positions whose file could not be read (a corrupt PDF, a truncated DOCX). */
  readonly unreadable: readonly number[];
  /** The number of an earlier registered filing with the same content hash, if any. */
  readonly duplicateOf?: string | null;
  readonly court: { readonly instances: readonly Instance[]; readonly forms: readonly CaseForm[] };
  readonly service: FilingService;
  readonly form: CaseForm;
  /** For the hearing-record services: the instance of the target case (they go to that case's court). */
  readonly targetInstance?: Instance;
};

export function filingWarnings(input: FilingWarningsInput): FilingWarning[] {
  const out: FilingWarning[] = [];
  const expected = input.appendix.length;
  const given = input.attachments.length;
  const listed = new Set(input.appendix.map((a) => a.position));
  const attached = new Set(input.attachments.map((a) => a.position));
  if (given !== expected || [...listed].some((p) => !attached.has(p))) {
    out.push({ code: 'attachments_missing', blocking: true, ground: 'attachments_missing', params: { expected, given } });
  }
  const unreadable = [...new Set(input.unreadable)].sort((a, b) => a - b);
  if (unreadable.length > 0) {
    out.push({ code: 'attachment_unreadable', blocking: false, ground: 'unreadable', params: { positions: unreadable.join(', ') } });
  }
  if (input.duplicateOf !== undefined && input.duplicateOf !== null) {
    out.push({ code: 'duplicate', blocking: false, ground: 'duplicate', params: { number: input.duplicateOf } });
  }
  const instance = INSTANCE_OF_SERVICE[input.service] ?? input.targetInstance;
  if (instance !== undefined && !input.court.instances.includes(instance)) {
    out.push({ code: 'instance_not_heard', blocking: true, ground: 'wrong_court', params: {} });
  }
  if (!input.court.forms.includes(input.form)) {
    out.push({ code: 'form_not_heard', blocking: true, ground: 'wrong_court', params: {} });
  }
  return out;
}

/** True when the filing cannot be sent as it is. */
export const hasBlockingWarning = (warnings: readonly FilingWarning[]): boolean => warnings.some((w) => w.blocking);

export function filingWarningText(warning: FilingWarning, locale: Locale): string {
  return fillText(FILING_WARNING_TEXTS[warning.code], locale, warning.params);
}
