/**
 * How dates read in SMS and reason texts: DD.MM.YYYY, the form used on
 * documents in both kk and ru, and unambiguous, unlike a month name that
 * would need declension in both languages.
 */
import { assertIsoDate, type IsoDate } from '@oryndau/kz';

export function formatDateDmy(date: IsoDate): string {
  assertIsoDate(date);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
