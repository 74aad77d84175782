/**
 * ENF-12 distribution rules as data. The regional chamber / administrator
 * owns the rule set (DOMAIN.md: automatic assignment of private bailiffs by
 * the regional chamber; the claimant no longer picks), so the engine never
 * hard-codes a category: `distribute()` takes the rules as an argument and
 * `DEFAULT_RULES` is only the starting point an administrator may override.
 */
import type { LocalizedText } from '@oryndau/kz';

/** State bailiff (ГСИ) or private bailiff (ЧСИ). */
export type BailiffKind = 'state' | 'private';

export const BAILIFF_KINDS: readonly BailiffKind[] = ['state', 'private'];

/**
 * How the debtor's territory is matched: by region (KATO id) only, or also
 * by district when the document names one (bailiffs serve a district).
 */
export type TerritoryMatch = 'region' | 'district';

export type DistributionRule = {
  /** Stable id, named in every decision so the card can cite it. */
  id: string;
  /** Executive-document category this rule routes. */
  category: string;
  /** Category name a person reads. */
  categoryName: LocalizedText;
  /**
   * Allowed kinds in preference order: ['state'] = state only,
   * ['private', 'state'] = either, private first. The next kind is used only
   * when no bailiff of the previous kind is eligible.
   */
  kinds: readonly BailiffKind[];
  territory: TerritoryMatch;
};

export type DistributionRuleSet = {
  /** Version of the set, stored with each decision (rules change over time). */
  version: string;
  rules: readonly DistributionRule[];
};

/** Shorthand for the spec's 'state' | 'private' | 'either'. */
export type KindPolicy = 'state' | 'private' | 'either';

/** 'either' prefers a private bailiff: the chamber's assignment is the norm, the state service the fallback. */
export function kindsFor(policy: KindPolicy, prefer: BailiffKind = 'private'): readonly BailiffKind[] {
  if (policy === 'either') return prefer === 'private' ? ['private', 'state'] : ['state', 'private'];
  return [policy];
}

// Collections in favour of the state and criminal sentences stay with the
// state service (ГСИ): private bailiffs may not execute them. Claims of
// citizens, legal entities and alimony are open to private bailiffs.
// Administrative fines go to private bailiffs first (SIMP-5 sends unpaid
// simplified proceedings here), the state service when none is eligible.
export const DEFAULT_RULES: DistributionRuleSet = Object.freeze({
  version: 'default-1',
  rules: Object.freeze([
    {
      id: 'enf12.state_collection',
      category: 'state_collection',
      categoryName: { kk: 'Мемлекет пайдасына өндіріп алу', ru: 'Взыскание в пользу государства' },
      kinds: kindsFor('state'),
      territory: 'district',
    },
    {
      id: 'enf12.criminal_sentence',
      category: 'criminal_sentence',
      categoryName: { kk: 'Сот үкімдері бойынша', ru: 'По приговорам суда' },
      kinds: kindsFor('state'),
      territory: 'district',
    },
    {
      id: 'enf12.alimony',
      category: 'alimony',
      categoryName: { kk: 'Алимент өндіріп алу', ru: 'Взыскание алиментов' },
      kinds: kindsFor('either'),
      territory: 'district',
    },
    {
      id: 'enf12.citizens',
      category: 'citizens',
      categoryName: { kk: 'Азаматтардың пайдасына өндіріп алу', ru: 'Взыскание в пользу граждан' },
      kinds: kindsFor('private'),
      territory: 'region',
    },
    {
      id: 'enf12.legal_entities',
      category: 'legal_entities',
      categoryName: { kk: 'Заңды тұлғалардың пайдасына өндіріп алу', ru: 'Взыскание в пользу юридических лиц' },
      kinds: kindsFor('either'),
      territory: 'region',
    },
    {
      id: 'enf12.administrative_fine',
      category: 'administrative_fine',
      categoryName: { kk: 'Әкімшілік айыппұлдар', ru: 'Административные штрафы' },
      kinds: kindsFor('either'),
      territory: 'district',
    },
  ] satisfies DistributionRule[]),
});

/** The rule for a category, or undefined (then the document goes to manual assignment). */
export function ruleFor(rules: DistributionRuleSet, category: string): DistributionRule | undefined {
  return rules.rules.find((r) => r.category === category);
}
