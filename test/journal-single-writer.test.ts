import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 11 item 1: the journal is written in one place only — the transaction
// runner appends the records use-cases collect with `tx.journal()`, last,
// before COMMIT. A use-case that wrote it directly could take the journal's
// head lock before a business row again (the deadlock of issue 11).

const ROOT = join(import.meta.dirname, '..');
const WRITER = 'packages/db/src/journal.ts';
const RUNNER = 'packages/db/src/transaction.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

describe('the journal has one writer', () => {
  const files = ['apps', 'packages', 'scripts'].flatMap((d) => sources(join(ROOT, d)));

  it('X-2, issue 11 item 1: only the journal module inserts into the journal or moves its head', () => {
    const writers = files.filter((f) => /INSERT\s+INTO\s+journal\b|UPDATE\s+journal_head\b|journal_head\b[^`]*FOR\s+UPDATE/i.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(writers).toEqual([WRITER]);
  });

  it('X-2, issue 11 item 1: only the transaction runner calls the appender; the package does not export it', () => {
    const callers = files.filter((f) => f !== WRITER && readFileSync(join(ROOT, f), 'utf8').includes('appendJournalRecords('));
    expect(callers).toEqual([RUNNER]);
    expect(readFileSync(join(ROOT, 'packages/db/src/index.ts'), 'utf8')).not.toMatch(/export \* from '\.\/journal'|^export \{[^}]*appendJournal/m);
  });

  it('X-2, ENP-11: the guarded append (a read\'s entry under its guard) has one caller, the batching writer, and is not exported', () => {
    const callers = files.filter((f) => f !== WRITER && readFileSync(join(ROOT, f), 'utf8').includes('appendGuardedJournalRecords('));
    expect(callers).toEqual(['packages/db/src/journal-guarded.ts']);
    expect(readFileSync(join(ROOT, 'packages/db/src/index.ts'), 'utf8')).not.toMatch(/appendGuardedJournalRecords/);
  });
});
