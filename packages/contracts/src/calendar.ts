import { z } from 'zod';
import { localizedSchema } from './errors';
import { integer, isoDate, localizedText } from './validation';

// The working-day calendar an administrator amends (routes/calendar.ts).

export const CALENDAR_DAY_KINDS = ['holiday', 'working_day'] as const;

export const calendarDaySchema = z.object({
  date: z.iso.date(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: localizedSchema.optional(),
});

/** GET /api/calendar */
export const calendarQuery = z.object({ year: integer(2000, 2100) });
export const calendarResponse = z.object({ year: z.number().int(), days: z.array(calendarDaySchema) });

/** PUT /api/calendar/:date */
export const calendarDayParams = z.object({ date: isoDate({ minYear: 2000 }) });
export const calendarDayBody = z.object({
  kind: z.enum(CALENDAR_DAY_KINDS).nullable(),
  name: localizedText(200, { min: 1 }).optional(),
});

export type CalendarDay = z.infer<typeof calendarDaySchema>;
