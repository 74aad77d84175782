import { Tag } from 'antd';
import type { LicensingApplication } from '../api/licensing-api.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { LicensingKey } from './licensing-texts.ts';

type Text = (key: LicensingKey, values?: Record<string, string | number>) => string;

const STATUS_COLOURS: Partial<Record<LicensingApplication['status'], string>> = {
  issued: 'green', refused: 'red', returned_for_correction: 'orange', registered: 'blue', under_review: 'blue', resubmitted: 'blue',
};

/** The status in words, coloured by outcome (the colour repeats the words, never replaces them). */
export function StatusTag({ application, language }: { application: LicensingApplication; language: UiLanguage }) {
  return <Tag color={STATUS_COLOURS[application.status] ?? 'default'} data-testid="licensing-status">{application.statusName[language]}</Tag>;
}

/** LIC-5: the working days left, or by how many the deadline has passed; nothing while undecided applications are not registered. */
export function daysLeftText(application: LicensingApplication, lt: Text): string | null {
  if (application.workingDaysLeft === null || application.status === 'issued' || application.status === 'refused') return null;
  return application.workingDaysLeft >= 0 ? lt('daysLeft', { count: application.workingDaysLeft }) : lt('overdueDays', { count: -application.workingDaysLeft });
}

/** The result for a list: the licence's number, or the refusal. */
export function resultText(application: LicensingApplication, lt: Text, language: UiLanguage): string {
  if (application.licence !== null) return lt('licenceIssued', { number: application.licence.number });
  if (application.refusal !== null) return application.refusal.reasons.map((r) => r.name[language]).join('; ');
  return '—';
}
