import { SIOPSO_REQUEST_TYPES } from '@oryndau/adapters';
import type { ActParams, ExecutiveDocumentRecord, PartyRecord, ProceedingRecord, Signatory, Sql } from '@oryndau/db';
import { findExecutiveDocument, findSignatory, listParties } from '@oryndau/db';
import { executiveDocumentTypeName, simplified } from '@oryndau/domain';
import type { Ground } from '@oryndau/domain';
import { formatDate, formatMoney, localDateOf, regionById } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';

/** Re-exported for the server's callers; the map itself is domain knowledge. */
export { TEMPLATE_BY_ACTION } from '@oryndau/domain';

/** What the bailiff chose when generating the act; stored with it (packages/db acts-repository.ts). */
export type { ActParams, ArrestItemInput } from '@oryndau/db';

// ISSUE-13 item 4: the one date format (@oryndau/kz); a malformed stored day is shown as stored rather than hidden.
const dmy = (iso: string | null | undefined) => {
  if (!iso) return '—';
  try {
    return formatDate(iso, 'kk');
  } catch {
    return iso;
  }
};

/**
 * ISSUE-13 item 1: the issuing body in the act's language. A Kazakh act
 * takes the Kazakh name the source gave; without one it prints the name as
 * given and says so, never passing a Russian name off as the Kazakh one.
 */
export function issuingBodyName(doc: Pick<ExecutiveDocumentRecord, 'issuingBody' | 'issuingBodyKk'>, locale: Locale): string {
  const given = doc.issuingBody.trim();
  if (locale === 'ru') return given || '—';
  const kk = doc.issuingBodyKk?.trim();
  if (kk) return kk;
  return given ? `${given} (атауы дереккөздегідей берілді)` : '—';
}

/**
 * The law a ground comes from, in the act's language. The grounds carry it
 * as «Закон РК № 261-IV от 02.04.2010, ст. 37»; a Kazakh act cites it in Kazakh.
 */
export function groundArticle(ground: Ground, locale: Locale): string {
  if (locale === 'ru') return ground.lawRef;
  const article = /ст\.\s*(\d+)/.exec(ground.lawRef)?.[1];
  const law = 'Қазақстан Республикасының 2010 жылғы 2 сәуірдегі № 261-IV Заңы';
  return article ? `${law}, ${article}-бап` : law;
}

export type ActSources = {
  row: Pick<ProceedingRecord, 'registrationNumber' | 'timeZone'>;
  doc: ExecutiveDocumentRecord;
  parties: readonly PartyRecord[];
  bailiff: Signatory | null;
  locale: Locale; ground: Ground | null; params: ActParams; now: Date;
};

/** The data a template's placeholders read, as words of the act's language (no code reaches the text). */
export function actValuesOf(s: ActSources): Record<string, string> {
  const { doc, parties, bailiff, locale, params, ground } = s;
  const list = (role: string, f: (p: PartyRecord) => string) => parties.filter((p) => p.role === role).map(f).join('; ') || '—';
  const requestType = SIOPSO_REQUEST_TYPES.find((t) => t.code === params.requestType);
  const arrestItems = (params.arrest?.items ?? []).map((i) =>
    `${i.description}${i.identifier ? ` (${i.identifier})` : ''}${i.valueTiyn ? ` — ${formatMoney(Number(i.valueTiyn), locale)}` : ''}`);
  const target = params.toDepartmentCode ? regionById(params.toDepartmentCode) : undefined;
  const today = localDateOf(s.now, s.row.timeZone);
  return {
    'proceeding.registrationNumber': s.row.registrationNumber,
    'proceeding.registrationDate': dmy(doc.registrationDate),
    'document.type': executiveDocumentTypeName(doc.documentType, locale),
    'document.number': doc.documentNumber,
    'document.issueDate': dmy(doc.issueDate),
    'document.entryIntoForceDate': dmy(doc.entryIntoForceDate),
    'document.issuingBody': issuingBodyName(doc, locale),
    'document.claimEssence': simplified.localizeClaimEssence(doc.claimEssence, locale),
    'document.amount': formatMoney(Number(doc.amountTiyn), locale),
    'debtor.name': list('debtor', (p) => p.name),
    'debtor.identifier': list('debtor', (p) => p.identifier),
    'debtor.address': list('debtor', (p) => p.address ?? '—'),
    'claimant.name': list('claimant', (p) => p.name),
    'claimant.identifier': list('claimant', (p) => p.identifier),
    'bailiff.name': bailiff?.fullName ?? '—',
    'bailiff.organisation': bailiff?.organisation?.[locale] ?? '—',
    'act.date': dmy(today),
    'act.ground': ground ? ground.text[locale] : '—',
    'act.groundArticle': ground ? groundArticle(ground, locale) : '—',
    'act.reason': params.reason?.trim() || '—',
    // An unknown department code is not printed: a dash shows the gap.
    'act.targetDepartment': target ? target.name[locale] : '—',
    'act.arrestDetails': arrestItems.length > 0 ? arrestItems.join('; ') : '—',
    'act.requestType': requestType ? requestType.name[locale] : '—',
    'act.agency': requestType ? requestType.agency[locale] : '—',
    'system.today': dmy(today),
  };
}

/** The data a template's placeholders read, from the card as it is now. */
export async function actValues(
  sql: Sql, row: ProceedingRecord, input: { locale: Locale; ground: Ground | null; params: ActParams; now: Date; bailiffId: string },
): Promise<Record<string, string>> {
  const doc = await findExecutiveDocument(sql, row.executiveDocumentId);
  if (!doc) throw new Error(`proceeding ${row.id}: executive document ${row.executiveDocumentId} is missing`);
  const parties = await listParties(sql, row.id);
  const bailiff = await findSignatory(sql, input.bailiffId);
  return actValuesOf({ row, doc, parties, bailiff, locale: input.locale, ground: input.ground, params: input.params, now: input.now });
}

/** The card facts printed beside every resolution. */
export function factsOf(values: Record<string, string>, locale: Locale): { label: string; value: string }[] {
  const labels: Array<[string, string, string]> = [
    ['proceeding.registrationNumber', 'Тіркеу нөмірі', 'Регистрационный номер'],
    ['document.type', 'Атқарушылық құжаттың түрі', 'Вид исполнительного документа'],
    ['document.number', 'Атқарушылық құжаттың нөмірі', 'Номер исполнительного документа'],
    ['document.issuingBody', 'Құжатты берген орган', 'Орган, выдавший документ'],
    ['document.amount', 'Сомасы', 'Сумма'],
    ['debtor.name', 'Борышкер', 'Должник'],
    ['debtor.identifier', 'ЖСН/БСН', 'ИИН/БИН'],
    ['claimant.name', 'Өндіріп алушы', 'Взыскатель'],
  ];
  return labels.map(([key, kk, ru]) => ({ label: locale === 'kk' ? kk : ru, value: values[key] ?? '—' }));
}
