/** ENF-10: the card's tabs, in the order of the 2015 screens (seed 000). */
export const cardTabs = ['executiveDocument', 'parties', 'requests', 'arrests', 'documentation', 'tasks', 'arrestedProperty'] as const;
export type CardTab = (typeof cardTabs)[number];

export function isCardTab(value: string | undefined): value is CardTab {
  return (cardTabs as readonly (string | undefined)[]).includes(value);
}
