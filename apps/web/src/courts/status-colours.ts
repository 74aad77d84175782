import type { courts } from '@oryndau/domain';

// One colour per meaning, as the enforcement workspace (status-tags.tsx):
// green = done, gold = waiting for someone, red = refused, blue = under way.
const filingColour = {
  draft: 'default', received: 'gold', registered: 'green', refused: 'red', withdrawn: 'default',
} as const satisfies Record<courts.FilingStatus, string>;

const caseColour = {
  registered: 'blue', assigned: 'blue', in_progress: 'blue', suspended: 'gold', decided: 'green', returned: 'default', transferred: 'purple',
  closed: 'default',
} as const satisfies Record<courts.CaseStatus, string>;

export const filingStatusColour = (status: courts.FilingStatus): string => filingColour[status];
export const caseStatusColour = (status: courts.CaseStatus): string => caseColour[status];
