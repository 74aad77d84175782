/**
 * Kinds of executive documents (вид исполнительного документа), as codes
 * the courts' system and the card store, with the names every screen and
 * every act prints (ISSUE-13 item 1: no code in an act).
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

export const EXECUTIVE_DOCUMENT_TYPES: readonly { readonly code: string; readonly name: LocalizedText }[] = Object.freeze([
  { code: 'writ_of_execution', name: { kk: 'Атқару парағы', ru: 'Исполнительный лист' } },
  { code: 'court_order', name: { kk: 'Сот бұйрығы', ru: 'Судебный приказ' } },
  { code: 'administrative_resolution', name: { kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша қаулы', ru: 'Постановление по делу об административном правонарушении' } },
  { code: 'notary_writ', name: { kk: 'Нотариустың атқарушылық жазбасы', ru: 'Исполнительная надпись нотариуса' } },
  { code: 'bailiff_resolution', name: { kk: 'Сот орындаушысының қаулысы', ru: 'Постановление судебного исполнителя' } },
]);

/**
 * The name of a document kind in the act's language. A code we do not know
 * (an older or a foreign system's) is never printed: the act says the kind
 * was not named in words.
 */
export function executiveDocumentTypeName(code: string, locale: Locale): string {
  const known = EXECUTIVE_DOCUMENT_TYPES.find((t) => t.code === code.trim());
  if (known) return known.name[locale];
  // Typed by hand in words (a manual card may carry free text): that is a name already.
  if (!/^[a-z0-9]+([._-][a-z0-9]+)*$/i.test(code.trim()) && code.trim() !== '') return code.trim();
  return locale === 'kk' ? 'атқарушылық құжат (түрі көрсетілмеген)' : 'исполнительный документ (вид не указан)';
}
