import type { TFunction } from 'i18next';
import { flattenCatalog } from '../i18n/catalog.ts';
// The catalog's parts, not kk.ts: the whole catalog is loaded per language (i18n.ts).
import { kkJournalActions, kkJournalObjects } from '../i18n/kk-journal.ts';
import { isRole } from './role-label.ts';

// X-2, ENP-11: the journal records codes (`enforcement.viewed`, `proceeding`,
// `admin,judge`); a reader sees them in words. The catalogs key the words by
// the code itself (kk-journal.ts), so the known codes are the catalog's keys.

/** Action codes that have a name in both catalogs (catalogs.test.ts keeps kk and ru equal). */
export const knownActions: readonly string[] = [...flattenCatalog(kkJournalActions).keys()];
/** Object types that have a name in both catalogs. */
export const knownObjectTypes: readonly string[] = [...flattenCatalog(kkJournalObjects).keys()];

const actions = new Set(knownActions);
const objectTypes = new Set(knownObjectTypes);

/** The action in words; an action without a name gets a generic phrase, never its code. */
export function actionLabel(t: TFunction, action: string): string {
  return actions.has(action) ? t(`journalAction.${action}`) : t('journal.otherAction');
}

/** The object type in words, or a generic phrase. */
export function objectTypeLabel(t: TFunction, objectType: string): string {
  return objectTypes.has(objectType) ? t(`journalObject.${objectType}`) : t('journal.otherObject');
}

/**
 * The role an entry was recorded under, in words. A sign-in records all the
 * user's roles, comma-separated; the system acts as `system`. An unknown
 * code becomes a generic phrase.
 */
export function journalRoleLabel(t: TFunction, role: string): string {
  const names = role.split(',').map((code) => code.trim()).filter((code) => code !== '').map((code) => {
    if (code === 'system') return t('journal.system');
    // ISSUE-13 item 3: the other systems that act (the courts' system, ЕРАП) by name, not `court_system`.
    if (code === 'court_system' || code === 'erap') return t(`strings.actor.${code}`);
    return isRole(code) ? t(`role.${code}`) : t('journal.otherRole');
  });
  return [...new Set(names)].join(', ');
}
