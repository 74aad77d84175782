/**
 * ISSUE-13 item 5: the article of the Code of Administrative Offences
 * a fine was imposed under, and the claim the system writes for a fine, in
 * both languages. ЕРАП sends the article as Russian text («ст. 610 ч. 1 КоАП
 * РК»); a Kazakh screen or act names it the Kazakh way: the Code is
 * «Әкімшілік құқық бұзушылық туралы кодекс», abbreviated ӘҚБтК, and a
 * reference reads «ӘҚБтК 610-бабының 1-бөлігі» (genitive «бабының» when a
 * part follows, «610-бабы» alone).
 *
 * Text that is not recognised is shown as it came, in both languages: a
 * reference must never be lost or guessed.
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

export type ArticleReference = { readonly article: string; readonly part: string | null };

// An article number as the Code numbers them: 610, 73-1, 590-2.
const NUMBER = String.raw`(\d{1,4}(?:[-‑–]\d{1,3})?)`;
const CODE_RU = String.raw`(?:КоАП(?:\s+РК)?|Кодекса?\s+(?:Республики\s+Казахстан\s+)?об\s+административных\s+правонарушениях)`;
const CODE_KK = String.raw`(?:ӘҚБтК|Әкімшілік\s+құқық\s+бұзушылық\s+туралы\s+кодекс(?:тің|і)?)`;

const PATTERNS: readonly { re: RegExp; article: number; part: number | null }[] = [
  // ст. 610 ч. 1 КоАП РК · статья 610 часть 1 КоАП · ст.610 КоАП РК
  { re: new RegExp(String.raw`^(?:ст\.?|статья|статьи)\s*${NUMBER}(?:\s*,?\s*(?:ч\.?|часть|части)\s*(\d{1,3}))?\s*${CODE_RU}?\.?$`, 'iu'), article: 1, part: 2 },
  // ч. 1 ст. 610 КоАП РК
  { re: new RegExp(String.raw`^(?:ч\.?|часть|части)\s*(\d{1,3})\s*,?\s*(?:ст\.?|статьи|статья)\s*${NUMBER}\s*${CODE_RU}?\.?$`, 'iu'), article: 2, part: 1 },
  // ӘҚБтК 610-бабының 1-бөлігі · ӘҚБтК 610-бабы
  { re: new RegExp(String.raw`^${CODE_KK}\s*${NUMBER}-?(?:бабының\s*(\d{1,3})-?бөлігі|бабы)\.?$`, 'iu'), article: 1, part: 2 },
];

/** «ст. 610 ч. 1 КоАП РК» and its usual variants (or the Kazakh form) → { article, part }; null when not recognised. */
export function parseArticleReference(text: string): ArticleReference | null {
  const compact = text.trim().replace(/\s+/g, ' ');
  for (const { re, article, part } of PATTERNS) {
    const m = re.exec(compact);
    if (m === null) continue;
    const number = (m[article] ?? '').replace(/[‑–]/g, '-');
    return { article: number, part: part === null ? null : (m[part] ?? null) };
  }
  return null;
}

/** The reference as written in that language. */
export function formatArticleReference(ref: ArticleReference, locale: Locale): string {
  if (locale === 'kk') return ref.part === null ? `ӘҚБтК ${ref.article}-бабы` : `ӘҚБтК ${ref.article}-бабының ${ref.part}-бөлігі`;
  return ref.part === null ? `ст. ${ref.article} КоАП РК` : `ст. ${ref.article} ч. ${ref.part} КоАП РК`;
}

/** The article text from ЕРАП in the language asked; unrecognised text as it came. */
export function articleText(text: string, locale: Locale): string {
  const ref = parseArticleReference(text);
  return ref === null ? text.trim() : formatArticleReference(ref, locale);
}

export const FINE_CLAIM_PREFIX: LocalizedText = {
  kk: 'Әкімшілік айыппұлды өндіріп алу',
  ru: 'Взыскание административного штрафа',
};

/** The claim («Сущность взыскания») of an executive document made from a fine, in both languages. */
export function fineClaimEssence(article: string): LocalizedText {
  return { kk: `${FINE_CLAIM_PREFIX.kk}: ${articleText(article, 'kk')}`, ru: `${FINE_CLAIM_PREFIX.ru}: ${articleText(article, 'ru')}` };
}

/**
 * A stored claim in the language on screen or in the act: a claim the
 * system wrote for a fine (in either language) is rewritten; any other
 * claim — typed by a person, or from a court's writ — is left as it is.
 */
export function localizeClaimEssence(text: string, locale: Locale): string {
  for (const prefix of [FINE_CLAIM_PREFIX.ru, FINE_CLAIM_PREFIX.kk]) {
    if (text.startsWith(`${prefix}:`)) return fineClaimEssence(text.slice(prefix.length + 1).trim())[locale];
  }
  return text;
}
