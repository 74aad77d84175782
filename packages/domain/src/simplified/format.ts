/**
 * How dates read in SMS and reason texts: DD.MM.YYYY, the form used on
 * documents in both kk and ru, and unambiguous, unlike a month name that
 * would need declension in both languages. The one formatter is
 * @oryndau/kz formatDate (ISSUE-13 item 4); this name stays for callers.
 */
import { formatDate, type IsoDate } from '@oryndau/kz';

export function formatDateDmy(date: IsoDate): string {
  return formatDate(date, 'kk');
}
