import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markedSection } from '../courts/transition-table';
import { LICENSING_STATUSES, licensingTransitionMarkdown } from './application';
import { LICENCE_STATUSES, licenceTransitionMarkdown } from './register';

const doc = readFileSync(new URL('../../../../docs/licensing.md', import.meta.url), 'utf8');

describe('ISSUE-17: the documented licensing tables are the tables in code', () => {
  it('LIC-1: docs/licensing.md renders the application table, one row per status', () => {
    const table = markedSection(doc, 'licensing:application-transitions');
    expect(table).toBe(licensingTransitionMarkdown());
    expect(table!.split('\n')).toHaveLength(2 + LICENSING_STATUSES.length);
  });
  it('LIC-8: docs/licensing.md renders the register table, one row per status', () => {
    const table = markedSection(doc, 'licensing:licence-transitions');
    expect(table).toBe(licenceTransitionMarkdown());
    expect(table!.split('\n')).toHaveLength(2 + LICENCE_STATUSES.length);
  });
});
