import JSZip from 'jszip';
import type { RegisterSearchQuery } from '@oryndau/contracts';
import type { JournalActor, LicenceRecord } from '@oryndau/db';
import { findLicenceByNumber, listOpenProceedingsOfIin, searchLicences, findLicence } from '@oryndau/db';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { regionOfKato } from '@oryndau/kz';
import { LICENSED_ACTIVITY } from './issue-licence';
import type { LicensingDeps } from './licensing-store';

export const licenceView = (l: LicenceRecord) => ({
  id: l.id, number: l.number, licenseeIin: l.licenseeIin, licenseeName: l.licenseeName, regionKato: l.regionKato, issuedOn: l.issuedOn,
  status: l.status, statusName: licensing.LICENCE_STATUS_TEXTS[l.status], statusSince: l.statusSince, documentId: l.documentId, version: l.version,
});

const filterOf = (q: RegisterSearchQuery) => ({ ...(q.iin ? { iin: q.iin } : {}), ...(q.name ? { name: q.name.trim() } : {}),
  ...(q.number ? { number: q.number.trim() } : {}), ...(q.region ? { regionKato: q.region } : {}), ...(q.status ? { status: q.status } : {}) });

/** LIC-8: the register searched by IIN, name, number, region, status — the licensor's staff and administrators; journalled (LIC-7). */
export async function searchRegister(deps: LicensingDeps, subject: Subject, actor: JournalActor, q: RegisterSearchQuery): Promise<LicenceRecord[]> {
  if (!can(subject, 'licensing.register.read', undefined)) throw new DomainError(ErrorCode.forbidden);
  const items = await searchLicences(deps.db, filterOf(q), 500);
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor, action: 'licensing.register_searched', objectType: 'licence', objectId: null,
      details: { filter: filterOf(q), found: items.length } });
  });
  return items;
}

const HEADER = ['Нөмір / Номер', 'ЖСН / ИИН', 'Лицензиат', 'Өңір / Регион', 'Берілген күні / Дата выдачи', 'Мәртебе / Статус', 'Бастап / С'];
const rowOf = (l: LicenceRecord) => {
  const region = regionOfKato(l.regionKato);
  const status = licensing.LICENCE_STATUS_TEXTS[l.status];
  return [l.number, l.licenseeIin, l.licenseeName, region ? `${region.name.kk} / ${region.name.ru}` : l.regionKato, l.issuedOn,
    `${status.kk} / ${status.ru}`, l.statusSince ?? ''];
};

const csvCell = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const xml = (v: string) => v.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** CSV: UTF-8 with BOM (Excel reads Cyrillic and Kazakh letters), comma-separated, RFC 4180 quoting. */
export function registerCsv(items: readonly LicenceRecord[]): Uint8Array {
  const lines = [HEADER, ...items.map(rowOf)].map((r) => r.map(csvCell).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * XLSX: the project has no spreadsheet library; jszip (already a dependency,
 * the archive export uses it) packs a minimal Office Open XML workbook with
 * inline strings — one sheet, the same columns as the CSV.
 */
export async function registerXlsx(items: readonly LicenceRecord[]): Promise<Uint8Array> {
  const rows = [HEADER, ...items.map(rowOf)].map((r, i) => `<row r="${i + 1}">${r.map((v) => `<c t="inlineStr"><is><t>${xml(v)}</t></is></c>`).join('')}</row>`);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Тізілім-Реестр" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + `<sheetData>${rows.join('')}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** LIC-8 public: a licence's CURRENT register status by its number (no IIN shown). */
export async function verifyLicence(deps: LicensingDeps, number: string) {
  const l = await findLicenceByNumber(deps.db, number.trim());
  if (!l) throw new DomainError(ErrorCode.notFound);
  return { number: l.number, licensee: l.licenseeName, activity: LICENSED_ACTIVITY, issuedOn: l.issuedOn, status: l.status,
    statusName: licensing.LICENCE_STATUS_TEXTS[l.status], statusSince: l.statusSince, documentId: l.documentId };
}

/**
 * LIC-8, ENF-12: a licensee whose licence is suspended or terminated — their
 * open proceedings, for the senior bailiff of the region to reassign (only
 * those of the senior's region are listed; administrators see all).
 */
export async function bailiffOpenProceedings(deps: LicensingDeps, subject: Subject, actor: JournalActor, licenceId: string) {
  const licence = await findLicence(deps.db, licenceId);
  if (!licence) throw new DomainError(ErrorCode.notFound);
  const all = await listOpenProceedingsOfIin(deps.db, licence.licenseeIin);
  const items = all.filter((p) => can(subject, 'licensing.bailiff_proceedings', { regionKato: p.regionKato }));
  if (!can(subject, 'licensing.bailiff_proceedings', { regionKato: subject.regionId ?? '' }) && !subject.roles.includes('admin')) {
    throw new DomainError(ErrorCode.forbidden);
  }
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor, action: 'licensing.bailiff_proceedings_listed', objectType: 'licence', objectId: licence.id,
      subjectIin: licence.licenseeIin, details: { count: items.length } });
  });
  return { licence: { number: licence.number, status: licence.status, statusName: licensing.LICENCE_STATUS_TEXTS[licence.status] },
    items: licence.status === 'valid' ? [] : items };
}
