import type { LicensingApplicationRecord, Sql } from '@oryndau/db';
import { findLicence, hasSurveyAnswer, listLicensingAttachments, listLicensingPayments } from '@oryndau/db';
import { licensing } from '@oryndau/domain';
import type { WorkingCalendar } from '@oryndau/kz';
import { licensorToday } from './licensing-store';

const documentName = (code: string) => licensing.REQUIRED_DOCUMENTS.find((d) => d.code === code)?.text ?? { kk: code, ru: code };

/** LIC-2…LIC-5: an application as its applicant and the licensor's staff read it (kk/ru names, deadline and days left). */
export async function applicationView(sql: Sql, a: LicensingApplicationRecord, calendar: WorkingCalendar, now: Date) {
  const attachments = await listLicensingAttachments(sql, a.id);
  const payments = await listLicensingPayments(sql, a.id);
  const payment = payments.find((p) => p.status === 'paid') ?? payments.at(-1) ?? null;
  const licence = a.licenceId ? await findLicence(sql, a.licenceId) : null;
  const today = licensorToday(now);
  const pending = licensing.LICENSING_PENDING.includes(a.status);
  return {
    id: a.id, number: a.number, service: a.service, serviceName: licensing.LICENSING_SERVICE_TEXTS[a.service], reason: a.serviceReason,
    channel: a.channel, applicantIin: a.applicantIin, fullName: a.fullName, regionKato: a.regionKato, status: a.status,
    statusName: licensing.LICENSING_STATUS_TEXTS[a.status], version: a.version, createdAt: a.createdAt.toISOString(),
    registeredAt: a.registeredAt?.toISOString() ?? null, deadline: a.deadline,
    workingDaysLeft: a.deadline && pending ? licensing.workingDaysLeft(a.deadline, today, calendar) : null,
    overdue: a.deadline !== null && pending && licensing.isLicensingOverdue(a.deadline, today),
    fee: payment ? { amountTiyn: payment.amountTiyn, rateMrp: payment.rateMrp, mrpTenge: payment.mrpTenge,
      confirmed: licensing.LICENCE_FEE_RATES[a.service].mark !== 'U', paid: payment.status === 'paid' } : null,
    attachments: attachments.map((f) => ({ position: f.position, code: f.documentCode, name: documentName(f.documentCode), fileName: f.originalName,
      paperPresented: f.paperPresented, size: f.sizeBytes })),
    missingDocuments: licensing.missingDocuments(a.service, attachments.map((f) => f.documentCode)).map((code) => ({ code, name: documentName(code) })),
    correctionText: a.correctionText,
    refusal: a.refusalReasons ? { reasons: a.refusalReasons.map((code) => ({ code, name: licensing.refusalReasonText(code) ?? { kk: code, ru: code } })),
      text: a.refusalText } : null,
    licence: licence ? { id: licence.id, number: licence.number, documentId: licence.documentId } : null,
    licenceDraft: a.licenceNumber && a.licenceDocumentId && a.status !== 'issued' ? { number: a.licenceNumber, documentId: a.licenceDocumentId } : null,
    surveyAnswered: await hasSurveyAnswer(sql, a.id),
  };
}

/** Seed 004 §6 condition 4: the officer's view adds ГБД ФЛ's data and the checklist with each item's legal basis. */
export async function reviewView(sql: Sql, a: LicensingApplicationRecord, calendar: WorkingCalendar, now: Date) {
  return {
    ...(await applicationView(sql, a, calendar, now)),
    gbdPerson: a.gbdPerson,
    checklist: licensing.QUALIFICATION_CHECKLIST.map((item) => ({ code: item.code, text: item.text, basis: item.basis, confirmed: item.confirmed,
      met: a.checklist[item.code] === true })),
  };
}
