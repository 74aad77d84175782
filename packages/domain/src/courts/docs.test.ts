import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCaseTransitions } from './case-lifecycle';
import { COURT_ACT_STATUSES, renderCourtActTransitions } from './court-acts';
import { renderFilingTransitions } from './filing-lifecycle';
import { CASE_STATUSES, FILING_STATUSES } from './reference';
import { markedSection, renderTransitionTable } from './transition-table';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const DOCUMENTS = { 'README.md': read('../../../../README.md'), 'docs/courts.md': read('../../../../docs/courts.md') };

describe('ISSUE-14 item 10: the documented transition tables are the tables in code', () => {
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`ISSUE-14 item 10: ${name} renders the case table, one row per status`, () => {
      const table = markedSection(text, 'courts:case-transitions');
      expect(table).toBe(renderCaseTransitions());
      expect(table!.split('\n')).toHaveLength(2 + CASE_STATUSES.length);
    });
    it(`ISSUE-14 item 10: ${name} renders the filing table, one row per status`, () => {
      const table = markedSection(text, 'courts:filing-transitions');
      expect(table).toBe(renderFilingTransitions());
      expect(table!.split('\n')).toHaveLength(2 + FILING_STATUSES.length);
    });
  }

  it('ISSUE-15 item 1 (FILE-14): docs/courts.md renders the court act table, one row per status', () => {
    const table = markedSection(DOCUMENTS['docs/courts.md'], 'courts:act-transitions');
    expect(table).toBe(renderCourtActTransitions());
    expect(table!.split('\n')).toHaveLength(2 + COURT_ACT_STATUSES.length);
  });

  it('ISSUE-14 item 10: the renderer shows each cell and would show a changed one (the check can fail)', () => {
    const rendered = renderCaseTransitions();
    expect(rendered).toContain('| registered (зарегистрировано) | assigned | | | | transferred |');
    const changed = renderTransitionTable({
      statuses: ['open', 'shut'] as const, actions: ['close', 'open'] as const,
      table: { open: { close: 'shut' }, shut: {} },
      statusTexts: { open: { kk: 'Ашық', ru: 'Открыто' }, shut: { kk: 'Жабық', ru: 'Закрыто' } },
    });
    expect(changed).toBe('| status \\ action | close | open |\n|---|---|---|\n| open (открыто) | shut | |\n| shut (закрыто) | | |');
    expect(markedSection('<!-- x -->\n a \n<!-- /x -->', 'x')).toBe('a');
    expect(markedSection('nothing', 'x')).toBeNull();
  });
});
