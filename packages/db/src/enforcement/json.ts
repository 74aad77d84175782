/** What a jsonb column holds once read back. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A timestamptz as either engine gives it (a Date), or null. */
export const dateOrNull = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

