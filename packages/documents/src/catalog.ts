/**
 * The built-in template catalog (version 1 of every code). The database
 * seeds its template table from this list; later versions live only there.
 */
import { ARREST_ACCOUNTS, ARREST_LIFT, ARREST_PROPERTY, RESUMPTION, SUSPENSION, TRAVEL_RESTRICTION } from './catalog-course';
import { EXECUTION_CONFIRMED, RECALL, RETURN, TERMINATION } from './catalog-endings';
import { INITIATION, REFUSAL, REQUEST, TRANSFER } from './catalog-opening';
import type { ResolutionTemplate } from './templates';

export const DEFAULT_TEMPLATES: readonly ResolutionTemplate[] = Object.freeze([
  INITIATION,
  REFUSAL,
  SUSPENSION,
  RESUMPTION,
  TERMINATION,
  RETURN,
  RECALL,
  EXECUTION_CONFIRMED,
  TRANSFER,
  ARREST_ACCOUNTS,
  ARREST_PROPERTY,
  ARREST_LIFT,
  TRAVEL_RESTRICTION,
  REQUEST,
]);

/**
 * The newest version of a code in the given list (the defaults unless the
 * caller passes the administrators' catalog), or undefined.
 */
export function templateByCode(
  code: string,
  templates: readonly ResolutionTemplate[] = DEFAULT_TEMPLATES,
): ResolutionTemplate | undefined {
  let newest: ResolutionTemplate | undefined;
  for (const template of templates) {
    if (template.code === code && (newest === undefined || template.version > newest.version)) newest = template;
  }
  return newest;
}
