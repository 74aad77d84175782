import { SIOPSO_REQUEST_TYPES } from '@oryndau/adapters';
import type { Sql } from '@oryndau/db';
import type { Ground } from '@oryndau/domain';
import { formatMoney, localDateOf, regionById } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';
import type { ProceedingRow } from './store';

/** Re-exported for the server's callers; the map itself is domain knowledge. */
export { TEMPLATE_BY_ACTION } from '@oryndau/domain';

export type ArrestItemInput = { kind: 'bank_account' | 'real_estate' | 'vehicle' | 'other'; description: string; identifier?: string | undefined; valueTiyn?: string | undefined };
export type ActParams = {
  reason?: string | undefined;
  toDepartmentCode?: string | undefined;
  requestType?: string | undefined;
  arrest?: { kind: 'accounts' | 'property' | 'travel'; items: ArrestItemInput[] } | undefined;
  arrestId?: string | undefined;
};

const dmy = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('.') : '—');

type DocRow = {
  document_type: string; document_number: string; issue_date: string; entry_into_force_date: string; issuing_body: string;
  claim_essence: string; amount_tiyn: string; registration_date: string;
};
type PartyRow = { role: string; name: string; identifier: string; address: string | null };

/** The data a template's placeholders read, from the card as it is now. */
export async function actValues(
  sql: Sql, row: ProceedingRow, input: { locale: Locale; ground: Ground | null; params: ActParams; now: Date; bailiffId: string },
): Promise<Record<string, string>> {
  const doc = (await sql.query<DocRow>(
    `SELECT document_type, document_number, issue_date::text, entry_into_force_date::text, issuing_body, claim_essence,
            amount_tiyn::text, registration_date::text FROM executive_documents WHERE id = $1`, [row.executive_document_id])).rows[0]!;
  const parties = (await sql.query<PartyRow>(
    'SELECT role, name, identifier, address FROM proceeding_parties WHERE proceeding_id = $1 ORDER BY position', [row.id])).rows;
  const bailiff = (await sql.query<{ full_name: string; org_kk: string | null; org_ru: string | null }>(
    `SELECT u.full_name, o.name_kk AS org_kk, o.name_ru AS org_ru FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE u.id = $1`, [input.bailiffId])).rows[0];
  const list = (role: string, f: (p: PartyRow) => string) => parties.filter((p) => p.role === role).map(f).join('; ') || '—';
  const { locale, params, ground } = input;
  const requestType = SIOPSO_REQUEST_TYPES.find((t) => t.code === params.requestType);
  const arrestItems = (params.arrest?.items ?? []).map((i) =>
    `${i.description}${i.identifier ? ` (${i.identifier})` : ''}${i.valueTiyn ? ` — ${formatMoney(Number(i.valueTiyn), locale)}` : ''}`);
  const target = params.toDepartmentCode ? regionById(params.toDepartmentCode) : undefined;
  const today = localDateOf(input.now, row.time_zone);
  return {
    'proceeding.registrationNumber': row.registration_number,
    'proceeding.registrationDate': dmy(doc.registration_date),
    'document.type': doc.document_type,
    'document.number': doc.document_number,
    'document.issueDate': dmy(doc.issue_date),
    'document.entryIntoForceDate': dmy(doc.entry_into_force_date),
    'document.issuingBody': doc.issuing_body,
    'document.claimEssence': doc.claim_essence,
    'document.amount': formatMoney(Number(doc.amount_tiyn), locale),
    'debtor.name': list('debtor', (p) => p.name),
    'debtor.identifier': list('debtor', (p) => p.identifier),
    'debtor.address': list('debtor', (p) => p.address ?? '—'),
    'claimant.name': list('claimant', (p) => p.name),
    'claimant.identifier': list('claimant', (p) => p.identifier),
    'bailiff.name': bailiff?.full_name ?? '—',
    'bailiff.organisation': (locale === 'kk' ? bailiff?.org_kk : bailiff?.org_ru) ?? '—',
    'act.date': dmy(today),
    'act.ground': ground ? ground.text[locale] : '—',
    'act.groundArticle': ground ? ground.lawRef : '—',
    'act.reason': params.reason?.trim() || '—',
    'act.targetDepartment': target ? target.name[locale] : (params.toDepartmentCode ?? '—'),
    'act.arrestDetails': arrestItems.length > 0 ? arrestItems.join('; ') : '—',
    'act.requestType': requestType ? requestType.name[locale] : '—',
    'act.agency': requestType ? requestType.agency[locale] : '—',
    'system.today': dmy(today),
  };
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
