import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWritTransitions, WRIT_STATUSES } from './writ-lifecycle';
import { markedSection } from './transition-table';

describe('FILE-16: the documented writ table is the table in code', () => {
  it('FILE-16: docs/courts.md renders the writ\'s transition table, one row per status', () => {
    const text = readFileSync(new URL('../../../../docs/courts.md', import.meta.url), 'utf8');
    const table = markedSection(text, 'courts:writ-transitions');
    expect(table).toBe(renderWritTransitions());
    expect(table!.split('\n')).toHaveLength(2 + WRIT_STATUSES.length);
  });
});
