import { useTranslation } from 'react-i18next';
import { kkCourtActs } from './kk-court-acts.ts';
import { ruCourtActs } from './ru-court-acts.ts';
import { kkWrits } from './kk-writs.ts';
import { ruWrits } from './ru-writs.ts';
import { kkCaseCourse } from './kk-case-course.ts';
import { ruCaseCourse } from './ru-case-course.ts';
import { kkCourtWork } from './kk-court-work.ts';
import { ruCourtWork } from './ru-court-work.ts';

/**
 * Issue 15: the texts of the court pages (`courtActs.*`, `writs.*`, `caseCourse.*`, …) travel with the court
 * pages' own lazy chunks, not in the first screen's catalog — the debtor
 * and sign-in pages' byte budgets (test/web-bundle-budget.int.test.ts) stay
 * as they were. Added to both languages of the i18next instance the first
 * time a component needs them; loadLanguage merges a catalog fetched later
 * deeply, so they stay.
 */
export const COURT_PAGES_TEXTS = {
  kk: { courtActs: kkCourtActs, writs: kkWrits, caseCourse: kkCaseCourse, courtWork: kkCourtWork },
  ru: { courtActs: ruCourtActs, writs: ruWrits, caseCourse: ruCaseCourse, courtWork: ruCourtWork },
} as const;

type Instance = ReturnType<typeof useTranslation>['i18n'];
const registered = new WeakSet<Instance>();

/** Call at the top of a component that reads `courtActs.*`, `writs.*`, `caseCourse.*` or `courtWork.*` (before its `t` is used). */
export function useCourtPagesTexts(): void {
  const { i18n } = useTranslation();
  if (registered.has(i18n)) return;
  registered.add(i18n);
  for (const [language, bundle] of Object.entries(COURT_PAGES_TEXTS)) i18n.addResourceBundle(language, 'translation', bundle, true, false);
}
