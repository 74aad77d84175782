/**
 * Territories for the pilot (SIMP-1) as KATO codes (КАТО). @oryndau/kz
 * knows only regions, but the pilot is one city, so a territory here is any
 * 9-digit KATO code and "within" follows the classifier's hierarchy:
 * AB region · CD district or city of regional significance · EF rural
 * district or town · HIJ settlement. A code covers every code that agrees
 * with it on its non-zero levels, e.g. 310000000 (Zhambyl region) covers
 * 311000000 (Taraz city administration), which covers 311010000 (Taraz).
 * Comparing by levels, not by stripping trailing zeros, keeps 311000000
 * from covering 311xxxxxx codes of another district whose CD digits merely
 * start with 1 (e.g. 3116…).
 */
import { regionOfKato } from '@oryndau/kz';

/**
 * Taraz city administration (Тараз Г.А.), Zhambyl region: the pilot city of
 * seed 001 п.1. The CD digits "10" for Taraz are from public KATO listings
 * ("3110 — Жамбылская область, Тараз Г.А."), not from the official file;
 * they are only the default of a setting.
 */
export const TARAZ_KATO = '311000000';

const KATO = /^\d{9}$/;
// End offsets of the KATO levels AB, CD, EF, HIJ.
const LEVEL_ENDS = [2, 4, 6, 9] as const;

export function isKato(value: string): boolean {
  return KATO.test(value);
}

/** The significant prefix of a KATO code: its levels up to the last non-zero one. */
export function katoPrefix(kato: string): string {
  if (!isKato(kato)) throw new RangeError(`Not a 9-digit KATO code: ${JSON.stringify(kato)}`);
  let end = 0;
  let start = 0;
  for (const levelEnd of LEVEL_ENDS) {
    if (/[1-9]/.test(kato.slice(start, levelEnd))) end = levelEnd;
    start = levelEnd;
  }
  return kato.slice(0, end);
}

/** True when `kato` is `territory` itself or lies inside it. */
export function katoWithin(kato: string, territory: string): boolean {
  if (!isKato(kato)) return false;
  return kato.startsWith(katoPrefix(territory));
}

/**
 * The IANA zone of the region a KATO code lies in: deadlines run in the
 * debtor's region's time (SIMP-5). Throws for a code of no known region —
 * eligibility already refuses such fines, so reaching this is a bug.
 */
export function zoneOfTerritory(kato: string): string {
  const region = regionOfKato(kato);
  if (region === undefined) throw new RangeError(`No region for KATO ${JSON.stringify(kato)}`);
  return region.zone;
}
