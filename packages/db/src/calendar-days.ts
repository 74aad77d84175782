import type { Sql } from './database';

/** An exception to the Mon–Fri week, as kept in `calendar_days`. */
export type CalendarDay = {
  date: string;
  kind: 'holiday' | 'working_day';
  name?: { kk: string; ru: string };
};

type Row = { day: string; kind: 'holiday' | 'working_day'; name_kk: string | null; name_ru: string | null };

export async function listCalendarDays(sql: Sql, range?: { from: string; to: string }): Promise<CalendarDay[]> {
  const result = range
    ? await sql.query<Row>('SELECT day, kind, name_kk, name_ru FROM calendar_days WHERE day BETWEEN $1 AND $2 ORDER BY day',
      [range.from, range.to])
    : await sql.query<Row>('SELECT day, kind, name_kk, name_ru FROM calendar_days ORDER BY day');
  return result.rows.map((row) => ({
    date: row.day,
    kind: row.kind,
    ...(row.name_kk && row.name_ru ? { name: { kk: row.name_kk, ru: row.name_ru } } : {}),
  }));
}

/** Sets (or, with `kind: null`, removes) the exception for one day. */
export async function upsertCalendarDay(
  tx: Sql, date: string, kind: CalendarDay['kind'] | null, name: CalendarDay['name'] | undefined,
  by: string | null, now: Date,
): Promise<void> {
  if (kind === null) {
    await tx.query('DELETE FROM calendar_days WHERE day = $1', [date]);
    return;
  }
  await tx.query(
    `INSERT INTO calendar_days (day, kind, name_kk, name_ru, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru,
       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [date, kind, name?.kk ?? null, name?.ru ?? null, by, now.toISOString()],
  );
}
