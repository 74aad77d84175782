import { describe, expect, it } from 'vitest';
import { kkArchive } from './kk-archive.ts';
import { ruArchive } from './ru-archive.ts';

// FILE-17: the archive's texts are loaded with its lazy screens (courts/archive-texts.ts), so the
// first-render catalog test does not see them: the same checks here.
describe('X-1, FILE-17: the archive\'s kk and ru texts', () => {
  it('X-1 FILE-17: the same keys in both languages, none empty, the same {{placeholders}}', () => {
    expect(Object.keys(ruArchive).sort()).toEqual(Object.keys(kkArchive).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(kkArchive) as (keyof typeof kkArchive)[]) {
      expect(kkArchive[key].trim(), key).not.toBe('');
      expect(ruArchive[key].trim(), key).not.toBe('');
      expect(placeholders(ruArchive[key]), key).toEqual(placeholders(kkArchive[key]));
    }
  });
});
