import type { CourtsReference } from '@oryndau/contracts';
import { DUTY_EXEMPTION_CODES } from '@oryndau/contracts';
import type { Sql } from '@oryndau/db';
import { listCourts } from '@oryndau/db';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MEDIA_TYPES } from '@oryndau/documents/attachments';
import { courts } from '@oryndau/domain';
import type { LocalizedText } from '@oryndau/kz';

// Issue 14 items 1-3 (FILE-2): the public reference of «Сот кабинеті» —
// courts with their names, levels, instances, forms, zones, hours and
// addresses, and every code list the filing form needs, each with its kk/ru
// text from the domain's reference.

const CLAIM_KIND_TEXTS: Readonly<Record<'property' | 'non_property' | 'divorce', LocalizedText>> = {
  property: { kk: 'Мүліктік талап (сомасы көрсетіледі)', ru: 'Имущественный иск (с суммой)' },
  non_property: { kk: 'Мүліктік емес немесе бағалауға жатпайтын талап', ru: 'Неимущественный иск или иск, не подлежащий оценке' },
  divorce: { kk: 'Некені бұзу туралы талап', ru: 'Иск о расторжении брака' },
};

const named = <C extends string>(codes: readonly C[], texts: Readonly<Record<C, LocalizedText>>) => codes.map((code) => ({ code, name: texts[code] }));

export async function courtsReference(sql: Sql, attachmentMaxBytes: number): Promise<CourtsReference> {
  const rows = await listCourts(sql);
  const categories = (form: courts.CaseForm) => named(courts.participantCategoriesFor(form), courts.PARTICIPANT_CATEGORY_TEXTS);
  return {
    courts: rows.map((c) => ({
      id: c.id, code: c.code, name: c.name, level: c.level, levelName: courts.COURT_LEVEL_TEXTS[c.level], instances: c.instances, forms: c.forms,
      regionId: c.regionId, timeZone: c.timeZone, workdayStart: c.workdayStart, workdayEnd: c.workdayEnd, lunchStart: c.lunchStart,
      lunchEnd: c.lunchEnd, address: c.address, phone: c.phone, email: c.email,
    })),
    services: courts.FILING_SERVICES.map((code) => ({
      code, name: courts.FILING_SERVICE_TEXTS[code],
      nameByForm: { civil: courts.serviceText(code, 'civil'), criminal: courts.serviceText(code, 'criminal'),
        administrative: courts.serviceText(code, 'administrative') },
      instance: courts.INSTANCE_OF_SERVICE[code], needsTargetCase: courts.SERVICES_WITH_TARGET_CASE.includes(code),
      power: courts.POWER_FOR_SERVICE[code],
    })),
    forms: named(courts.CASE_FORMS, courts.CASE_FORM_TEXTS),
    instances: named(courts.INSTANCES, courts.INSTANCE_TEXTS),
    levels: named(courts.COURT_LEVELS, courts.COURT_LEVEL_TEXTS),
    participantCategories: { civil: categories('civil'), criminal: categories('criminal'), administrative: categories('administrative') },
    refusalGrounds: courts.REFUSAL_GROUND_ENTRIES.map((g) => ({ code: g.code, subparagraph: g.subparagraph, name: g.law,
      message: courts.refusalMessage(g.code) })),
    poaPowers: named(courts.POA_POWERS, courts.POA_POWER_TEXTS),
    attachmentKinds: courts.ATTACHMENT_KINDS.map((code) => ({ code, name: courts.ATTACHMENT_KIND_TEXTS[code],
      extensions: [...ATTACHMENT_EXTENSIONS[code]], mediaType: ATTACHMENT_MEDIA_TYPES[code] })),
    attachmentMaxBytes,
    applicantKinds: named(courts.APPLICANT_KINDS, courts.APPLICANT_KIND_TEXTS),
    filingStatuses: named(courts.FILING_STATUSES, courts.FILING_STATUS_TEXTS),
    dutyPaymentMethods: named(courts.DUTY_PAYMENT_METHODS, courts.DUTY_PAYMENT_METHOD_TEXTS),
    dutyPaymentStatuses: named(courts.DUTY_PAYMENT_STATUSES, courts.DUTY_PAYMENT_STATUS_TEXTS),
    claimKinds: named(['property', 'non_property', 'divorce'] as const, CLAIM_KIND_TEXTS),
    dutyExemptions: DUTY_EXEMPTION_CODES.map((code) => ({ code, name: courts.DUTY_EXEMPTIONS[code].text, article: courts.DUTY_EXEMPTIONS[code].article })),
  };
}
