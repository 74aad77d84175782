/**
 * Kazakhstan's working-day calendar 2023–2026 for the five-day week, as
 * data an administrator can amend (Kurban ait moved at a week's notice in
 * 2024). Only days that differ from the Mon–Fri rule are listed:
 * 'holiday' = a weekday that is not worked (public holiday, a holiday moved
 * off a weekend, religious day, bridge day); 'working_day' = a Saturday or
 * Sunday that is worked. Holidays falling on a weekend without a transfer
 * (7 Jan 2023, Kurban ait on Sun 16 Jun 2024, …) change nothing and are not
 * listed.
 *
 * 2024–2026: DOMAIN.md "Calendar and time" (Kurban ait 27 May 2026 is a
 * forecast there). 2023 is derived from the holiday rules (a public holiday
 * on a weekend moves to the next working day; 7 Jan and Kurban ait never
 * move) plus the 2023 government transfer, checked against press reports:
 * - 1 Jan (Sun) → Tue 3 Jan; 7 Jan (Sat) not moved — astanatv.kz 21.12.2022,
 *   baq.kz;
 * - 8 Mar; Nauryz 21–23 Mar (Tue–Thu), no extra day; 1 May; 7 May (Sun) →
 *   Mon 8 May; 9 May; 30 Aug; 25 Oct; 16 Dec (Sat) → Mon 18 Dec —
 *   ratel.kz, world-news247/kazpravda (October), mangystaumedia.kz (December);
 * - Kurban ait Wed 28 Jun — sn.kz/zakon.kz;
 * - the decree moving the day off from Sat 1 Jul to Fri 7 Jul (Sat 1 Jul
 *   worked) — mgorod.kz, sn.kz, citing the government's press service.
 * Unconfirmed: that 2023 had no other transfer (none was reported; the
 * decree text itself was not read).
 */
import { createWorkingCalendar, type CalendarEntry, type WorkingCalendar } from './calendar';
import type { IsoDate } from './iso-date';
import type { LocalizedText } from './locale';

const H = {
  newYear: { kk: 'Жаңа жыл', ru: 'Новый год' },
  christmas: { kk: 'Православиелік Рождество', ru: 'Православное Рождество' },
  womensDay: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день' },
  nauryz: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' },
  unity: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана' },
  defender: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества' },
  victory: { kk: 'Жеңіс күні', ru: 'День Победы' },
  capital: { kk: 'Астана күні', ru: 'День Столицы' },
  constitution: { kk: 'Конституция күні', ru: 'День Конституции' },
  republic: { kk: 'Республика күні', ru: 'День Республики' },
  independence: { kk: 'Тәуелсіздік күні', ru: 'День Независимости' },
  kurbanAit: { kk: 'Құрбан айт', ru: 'Курбан айт' },
} satisfies Record<string, LocalizedText>;

/** dd.mm.yyyy, the way dates are written in kk and ru documents. */
function dotted(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function holiday(date: IsoDate, name: LocalizedText): CalendarEntry {
  return { date, kind: 'holiday', name };
}

/** A public holiday that fell on a weekend, observed on this weekday. */
function moved(date: IsoDate, name: LocalizedText): CalendarEntry {
  return { date, kind: 'holiday', name: { kk: `${name.kk} (ауыстырылған демалыс күні)`, ru: `${name.ru} (перенесённый выходной день)` } };
}

/** A weekday off in exchange for a worked weekend day. */
function bridge(date: IsoDate, workedOn: IsoDate): CalendarEntry {
  return {
    date,
    kind: 'holiday',
    name: { kk: `Демалыс күні (${dotted(workedOn)} күнінен ауыстырылған)`, ru: `Выходной день (перенесён с ${dotted(workedOn)})` },
  };
}

function worked(date: IsoDate, dayOff: IsoDate): CalendarEntry {
  return {
    date,
    kind: 'working_day',
    name: { kk: `Жұмыс күні (демалыс ${dotted(dayOff)} күніне ауыстырылған)`, ru: `Рабочий день (выходной перенесён на ${dotted(dayOff)})` },
  };
}

const Y2023: CalendarEntry[] = [
  holiday('2023-01-02', H.newYear),
  moved('2023-01-03', H.newYear),
  holiday('2023-03-08', H.womensDay),
  holiday('2023-03-21', H.nauryz),
  holiday('2023-03-22', H.nauryz),
  holiday('2023-03-23', H.nauryz),
  holiday('2023-05-01', H.unity),
  moved('2023-05-08', H.defender),
  holiday('2023-05-09', H.victory),
  holiday('2023-06-28', H.kurbanAit),
  worked('2023-07-01', '2023-07-07'),
  holiday('2023-07-06', H.capital),
  bridge('2023-07-07', '2023-07-01'),
  holiday('2023-08-30', H.constitution),
  holiday('2023-10-25', H.republic),
  moved('2023-12-18', H.independence),
];

const Y2024: CalendarEntry[] = [
  holiday('2024-01-01', H.newYear),
  holiday('2024-01-02', H.newYear),
  holiday('2024-03-08', H.womensDay),
  holiday('2024-03-21', H.nauryz),
  holiday('2024-03-22', H.nauryz),
  moved('2024-03-25', H.nauryz),
  holiday('2024-05-01', H.unity),
  worked('2024-05-04', '2024-05-08'),
  holiday('2024-05-07', H.defender),
  bridge('2024-05-08', '2024-05-04'),
  holiday('2024-05-09', H.victory),
  moved('2024-07-08', H.capital),
  holiday('2024-08-30', H.constitution),
  holiday('2024-10-25', H.republic),
  holiday('2024-12-16', H.independence),
];

const Y2025: CalendarEntry[] = [
  holiday('2025-01-01', H.newYear),
  holiday('2025-01-02', H.newYear),
  bridge('2025-01-03', '2025-01-05'),
  worked('2025-01-05', '2025-01-03'),
  holiday('2025-01-07', H.christmas),
  moved('2025-03-10', H.womensDay),
  holiday('2025-03-21', H.nauryz),
  moved('2025-03-24', H.nauryz),
  moved('2025-03-25', H.nauryz),
  holiday('2025-05-01', H.unity),
  holiday('2025-05-07', H.defender),
  holiday('2025-05-09', H.victory),
  holiday('2025-06-06', H.kurbanAit),
  moved('2025-07-07', H.capital),
  moved('2025-09-01', H.constitution),
  moved('2025-10-27', H.republic),
  holiday('2025-12-16', H.independence),
];

const Y2026: CalendarEntry[] = [
  holiday('2026-01-01', H.newYear),
  holiday('2026-01-02', H.newYear),
  holiday('2026-01-07', H.christmas),
  moved('2026-03-09', H.womensDay),
  holiday('2026-03-23', H.nauryz),
  moved('2026-03-24', H.nauryz),
  moved('2026-03-25', H.nauryz),
  holiday('2026-05-01', H.unity),
  holiday('2026-05-07', H.defender),
  moved('2026-05-11', H.victory),
  // Forecast in DOMAIN.md: the Spiritual Administration fixes the date late.
  holiday('2026-05-27', H.kurbanAit),
  holiday('2026-07-06', H.capital),
  moved('2026-08-31', H.constitution),
  moved('2026-10-26', H.republic),
  holiday('2026-12-16', H.independence),
];

export const KZ_CALENDAR_2023_2026: readonly CalendarEntry[] = Object.freeze(
  [...Y2023, ...Y2024, ...Y2025, ...Y2026].map((e) => Object.freeze(e)),
);

/** The built-in calendar, for code that does not load one from the database. */
export const KZ_WORKING_CALENDAR: WorkingCalendar = createWorkingCalendar(KZ_CALENDAR_2023_2026);
