// Public API of @oryndau/kz: pure Kazakhstan domain primitives, no I/O and
// no clock — dates and instants always come in as arguments.
export { LOCALES, isLocale, type Locale, type LocalizedText } from './locale';
export {
  addDays, assertIsoDate, daysBetween, fromDayNumber, isIsoDate, isRealDate, isWeekend, isoWeekday, toDayNumber,
  type IsoDate, type IsoWeekday,
} from './iso-date';
export { computeCheckDigit, type IdentifierError } from './checksum';
export { iinHints, isValidIin, maskIin, parseIin, validateIin, type IinHints, type IinParseResult, type IinValidation, type Sex } from './iin';
export {
  binHints, identifierKindOf, isValidBin, parseBin, validateBin,
  type BinAttribute, type BinHints, type BinParseResult, type BinType, type BinValidation,
} from './bin';
export {
  NBSP, TENGE_SIGN, addMoney, assertTiyn, currencyFractionDigits, formatMoney, isTiyn, percentOf, subtractMoney, sumMoney, tenge,
  type MoneyFormatOptions, type Tiyn,
} from './money';
export { MRP_PURPOSES, MRP_TABLE, MrpUnavailableError, mrpOn, mrpOnFrom, mrpToTiyn, type MrpEntry, type MrpPurpose } from './mrp';
export { formatDate, formatDateTime, type TimePrecision } from './date-format';
export {
  isValidTimeZone, localDateOf, localDateTimeOf, offsetMinutes, startOfLocalDay, zonedTimeToInstant, type LocalDateTime,
} from './time-zone';
export {
  calendarEntryError, createWorkingCalendar,
  type CalendarEntry, type CalendarEntryError, type CalendarEntryKind, type WorkingCalendar,
} from './calendar';
export { KZ_CALENDAR_2023_2026, KZ_WORKING_CALENDAR } from './calendar-data';
export { REGIONS, regionById, regionOfKato, type Region, type RegionKind, type RegionText } from './regions';
