// Pure helpers of the «Жаңа өтініш» form (issue 14 items 3, 5): what is
// checked as the person types, the duty shown before the server computes
// it, the court's zone and hours in words. Unit-tested in filing-form.test.ts.
import { courts } from '@oryndau/domain';
import { isValidBin, isValidIin } from '@oryndau/kz';
import type { CourtReference, FilingPartyInput } from '../api/courts-types.ts';
import { parseAmount } from '../format/money.ts';

export type PartyKind = FilingPartyInput['kind'];

/** The catalog key (`courts.wizard.*`) of what is wrong with a typed IIN/BIN, or null when it is right. */
export function iinBinProblem(value: string, kind: PartyKind): 'iinBinRequired' | 'iinBinDigits' | 'iinInvalid' | 'binInvalid' | null {
  const text = value.replace(/\s+/g, '');
  if (text === '') return 'iinBinRequired';
  if (!/^\d{12}$/.test(text)) return 'iinBinDigits';
  if (kind === 'individual') return isValidIin(text) ? null : 'iinInvalid';
  return isValidBin(text) ? null : 'binInvalid';
}

/** The typed claim amount in tiyn; undefined when the field is empty, null when it is no amount. */
export function claimAmountTiyn(text: string | undefined): number | null | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const tiyn = parseAmount(text);
  if (tiyn === null || tiyn > 10n ** 15n) return null;
  return Number(tiyn);
}

/** Services whose duty depends on the claim's sum (FILE-4): a claim and a cassation complaint of one. */
export const servicesWithAmount: readonly courts.FilingService[] = ['claim', 'cassation'];

/**
 * The duty as the form shows it while typing (FILE-4): the domain's own
 * rates on today's MRP. The server computes it again on the draft, and that
 * is what is paid; this is only the preview. Null when it cannot be said yet.
 */
export function previewDuty(input: {
  service: courts.FilingService; applicantKind: PartyKind; amountTiyn: number | null | undefined; today: string;
}): courts.DutyResult | null {
  const proceeding = courts.dutyProceedingOf(input.service);
  const needsSubject = proceeding === 'claim' || proceeding === 'cassation';
  if (input.amountTiyn === null) return null;
  const subject: courts.ClaimSubject | undefined = !needsSubject ? undefined
    : input.amountTiyn === undefined ? { kind: 'non_property' } : { kind: 'property', amountTiyn: input.amountTiyn };
  try {
    const result = courts.stateDuty({
      proceeding, applicantKind: input.applicantKind, on: input.today as Parameters<typeof courts.stateDuty>[0]['on'],
      ...(subject === undefined ? {} : { subject }),
    });
    return result instanceof Error ? null : result;
  } catch {
    return null;
  }
}

/** `+5`, `+6`: the court's offset from UTC at `instant`, as people in Kazakhstan say it. */
export function utcOffsetText(timeZone: string, instant: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const minutes = Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return abs % 60 === 0 ? `${sign}${abs / 60}` : `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** The courts that hear a service's instance (or any court for the hearing-record services), in a region. */
export function courtsFor(all: readonly CourtReference[], service: courts.FilingService, regionId: string | undefined): CourtReference[] {
  const instance = courts.INSTANCE_OF_SERVICE[service];
  return all.filter((court) => (regionId === undefined || court.regionId === regionId)
    && (instance === null || court.instances.includes(instance)));
}

/** The regions that have at least one court for the service, in the reference's order. */
export function regionsFor(all: readonly CourtReference[], service: courts.FilingService): string[] {
  return [...new Set(courtsFor(all, service, undefined).map((court) => court.regionId))];
}
