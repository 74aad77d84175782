import type { JournalActor } from '@oryndau/db';
import { findLicence, findSignerOfDocument } from '@oryndau/db';
import { renderLicensingResultPdf } from '@oryndau/documents';
import { DomainError, ErrorCode, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { formatDate } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';
import { LICENSED_ACTIVITY, LICENSOR_NAME } from './issue-licence';
import { APPLICATION_OBJECT, LICENSOR_ZONE, requireReadableApplication } from './licensing-store';
import type { LicensingDeps } from './licensing-store';

const L = {
  licence: { kk: 'ЛИЦЕНЗИЯ', ru: 'ЛИЦЕНЗИЯ' },
  refusal: { kk: 'Лицензия беруден бас тарту', ru: 'Отказ в выдаче лицензии' },
  number: { kk: 'Лицензия нөмірі', ru: 'Номер лицензии' },
  licensee: { kk: 'Лицензиат', ru: 'Лицензиат' },
  iin: { kk: 'ЖСН', ru: 'ИИН' },
  activity: { kk: 'Қызмет түрі', ru: 'Вид деятельности' },
  issuedOn: { kk: 'Берілген күні', ru: 'Дата выдачи' },
  licensor: { kk: 'Лицензиар', ru: 'Лицензиар' },
  application: { kk: 'Өтініш нөмірі', ru: 'Номер заявления' },
  service: { kk: 'Қызмет', ru: 'Услуга' },
  reasons: { kk: 'Бас тарту себептері', ru: 'Причины отказа' },
  comment: { kk: 'Түсініктеме', ru: 'Пояснение' },
  decidedOn: { kk: 'Шешім күні', ru: 'Дата решения' },
  signed: { kk: 'Лицензиардың уәкілетті тұлғасының ЭЦҚ-сымен қол қойылған', ru: 'Подписано ЭЦП уполномоченного лица лицензиара' },
  verify: { kk: 'Лицензияның тізілімдегі ағымдағы мәртебесін тексеру үшін QR-кодты сканерлеңіз:',
    ru: 'Чтобы проверить текущий статус лицензии в реестре, отсканируйте QR-код:' },
} as const;

/** The public verification page of a licence (web: /verify/licence/<number>). */
export const licenceVerifyUrl = (publicOrigin: string, number: string) => `${publicOrigin.replace(/\/$/, '')}/verify/licence/${encodeURIComponent(number)}`;

/**
 * LIC-4 (seed §9: «результат … в формате Adobe Acrobat»): the result of an
 * application — the licence or the refusal — as PDF in kk or ru. Read by the
 * applicant, the licensor's staff, administrators (journalled, LIC-7).
 */
export async function resultPdf(deps: LicensingDeps & { publicOrigin: string }, subject: Subject, actor: JournalActor, id: string, lang: Locale)
  : Promise<{ bytes: Uint8Array; fileName: string }> {
  const a = await requireReadableApplication(deps.db, subject, id);
  const now = deps.clock.now();
  let bytes: Uint8Array;
  if (a.status === 'issued' && a.licenceId) {
    const licence = (await findLicence(deps.db, a.licenceId))!;
    const signer = licence.documentId ? await findSignerOfDocument(deps.db, licence.documentId) : null;
    bytes = await renderLicensingResultPdf({ title: L.licence[lang], subtitle: LICENSOR_NAME[lang], date: a.decidedAt ?? now,
      rows: [[L.number[lang], licence.number], [L.licensee[lang], licence.licenseeName], [L.iin[lang], licence.licenseeIin],
        [L.activity[lang], LICENSED_ACTIVITY[lang]], [L.issuedOn[lang], formatDate(licence.issuedOn, lang)], [L.licensor[lang], LICENSOR_NAME[lang]],
        [L.application[lang], a.number ?? '—']],
      signedBy: `${L.signed[lang]}${signer ? `: ${signer.name}, ${formatDate(signer.at, lang, LICENSOR_ZONE)}` : ''}`,
      verifyUrl: licenceVerifyUrl(deps.publicOrigin, licence.number), verifyNote: L.verify[lang] });
  } else if (a.status === 'refused' && a.refusalReasons) {
    const reasons = a.refusalReasons.map((code) => licensing.refusalReasonText(code)?.[lang] ?? code).join('; ');
    bytes = await renderLicensingResultPdf({ title: L.refusal[lang], subtitle: LICENSOR_NAME[lang], date: a.decidedAt ?? now,
      rows: [[L.application[lang], a.number ?? '—'], [L.service[lang], licensing.LICENSING_SERVICE_TEXTS[a.service][lang]], [L.licensee[lang], a.fullName],
        [L.iin[lang], a.applicantIin], [L.reasons[lang], reasons], ...(a.refusalText ? [[L.comment[lang], a.refusalText] as const] : []),
        [L.decidedOn[lang], a.decidedAt ? formatDate(a.decidedAt, lang, LICENSOR_ZONE) : '—']] });
  } else {
    throw new DomainError(ErrorCode.licensingApplicationState);
  }
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: now, actor, action: 'licensing.result_downloaded', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { lang, status: a.status } });
  });
  return { bytes, fileName: `${a.status === 'issued' ? 'licence' : 'refusal'}-${a.number ?? a.id}-${lang}.pdf` };
}
