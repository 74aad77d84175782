import type { JournalQuery } from '../api/types.ts';
import { endOfDayInZone, startOfDayInZone } from '../format/date-time.ts';

export type JournalFilterValues = {
  /** Who acted (IIN). */
  actor?: string;
  /** The person concerned: who acted or whose personal data was read or changed (IIN). */
  person?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** Calendar days as typed (`ДД.ММ.ГГГГ`), meant in the user's time zone. */
  fromDay?: string;
  toDay?: string;
};

/** Filter values to the query of GET /api/journal; days become instants in `timeZone`. */
export function toJournalQuery(values: JournalFilterValues, timeZone: string): JournalQuery {
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const query: JournalQuery = {};
  const actor = text(values.actor);
  const person = text(values.person);
  const action = text(values.action);
  const objectType = text(values.objectType);
  const objectId = text(values.objectId);
  const fromDay = text(values.fromDay);
  const toDay = text(values.toDay);
  if (actor !== undefined) query.actor = actor;
  if (person !== undefined) query.person = person;
  if (action !== undefined) query.action = action;
  if (objectType !== undefined) query.objectType = objectType;
  if (objectId !== undefined) query.objectId = objectId;
  const from = fromDay === undefined ? null : parseDay(fromDay);
  const to = toDay === undefined ? null : parseDay(toDay);
  if (from !== null) query.from = startOfDayInZone(from, timeZone);
  if (to !== null) query.to = endOfDayInZone(to, timeZone);
  return query;
}

/**
 * A day as written in Kazakhstan in both languages, `ДД.ММ.ГГГГ`
 * (06.03.2026), to ISO `2026-03-06`; null when it is not a real date.
 */
export function parseDay(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * What is wrong with an IIN typed into a filter, checked as it is typed:
 * anything but digits at once; too few digits only when the field is left or
 * the form is sent (`complete`), so the first keystrokes are not scolded.
 * Blank is fine — the filter is then not applied.
 */
export function iinProblem(value: unknown, complete: boolean): 'iinDigits' | 'iinInvalid' | null {
  if (typeof value !== 'string') return null;
  const typed = value.trim();
  if (typed === '') return null;
  if (!/^\d*$/.test(typed)) return 'iinDigits';
  if (typed.length > 12 || (complete && typed.length !== 12)) return 'iinInvalid';
  return null;
}
