// Every text a person may read comes in both state and official languages
// a required kk/ru pair, so a missing language is a type error.
// `LocalizedText` and `IsoDate` are @oryndau/kz's.
export type { IsoDate, LocalizedText } from '@oryndau/kz';

/** ISO-8601 instant with an offset, e.g. `2026-03-01T09:30:00.000Z`. */
export type IsoInstant = string;
