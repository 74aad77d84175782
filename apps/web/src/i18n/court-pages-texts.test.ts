import { describe, expect, it } from 'vitest';
import { compareCatalogs } from './catalog.ts';
import { COURT_PAGES_TEXTS } from './court-pages-texts.ts';
import { kk } from './kk.ts';

// Issue 15 (X-1): the court acts' own catalog — the same keys in kk and ru, no blank text, no clash with the first catalog.
describe('X-1: court acts texts (FILE-14, FILE-15)', () => {
  it('X-1: kk and ru have the same keys and no empty text; the namespace is not in the first catalog', () => {
    expect(compareCatalogs(COURT_PAGES_TEXTS)).toEqual([]);
    expect(compareCatalogs({ kk: COURT_PAGES_TEXTS.kk, ru: { ...COURT_PAGES_TEXTS.ru, courtActs: { ...COURT_PAGES_TEXTS.ru.courtActs, title: ' ' } } })).not.toEqual([]);
    expect('courtActs' in kk).toBe(false);
    expect('writs' in kk).toBe(false);
    expect('courtWork' in kk).toBe(false);
  });
});
