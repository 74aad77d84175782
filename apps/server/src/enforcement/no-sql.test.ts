import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 11 item 12: SQL lives in typed repositories in packages/db
// (packages/db/src/enforcement); the enforcement workspace's use-cases call
// them and hold no SQL of their own.

const DIR = new URL('.', import.meta.url).pathname;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'test-support.ts') yield path;
  }
}

/** Comments removed (so prose that mentions a table does not count), strings kept. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Every string and template literal in the text. */
const literals = (text: string) => [...text.matchAll(/`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g)].map((m) => m[0]);

const SQL = /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+[a-z_]+\s+SET\b|\bDELETE\s+FROM\b/i;
const RUNS_SQL = /\.(?:query|exec)\s*(?:<[^>]*>\s*)?\(/;

/** What in one file is SQL or runs it. */
export function sqlIn(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  const call = RUNS_SQL.exec(code);
  if (call) found.push(`calls ${call[0]}`);
  for (const literal of literals(code)) if (SQL.test(literal)) found.push(`SQL text ${literal.slice(0, 60)}`);
  return found;
}

describe('issue 11 item 12', () => {
  it('X-2, issue 11 item 12: no SQL outside packages/db in the enforcement workspace', () => {
    const offenders = [...sources(DIR)].flatMap((file) => sqlIn(readFileSync(file, 'utf8')).map((what) => `${relative(DIR, file)}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it('X-2, issue 11 item 12: the scan finds SQL as the workspace used to hold it', () => {
    // Shapes taken from the enforcement files before the move.
    expect(sqlIn("const r = await sql.query<ProceedingRow>(`SELECT *, amount_tiyn::text AS amount_tiyn FROM proceedings WHERE id = $1`, [id]);"))
      .not.toEqual([]);
    expect(sqlIn("await tx.query('UPDATE proceedings SET version = version + 1 WHERE id = $1', [proceedingId]);")).toHaveLength(2);
    expect(sqlIn('const sets = `UPDATE executive_documents SET ${sets.join(", ")} WHERE id = $1`;')).toHaveLength(1);
    expect(sqlIn("run(`INSERT INTO arrests (id) VALUES ($1)`)")).toHaveLength(1);
    expect(sqlIn("db.exec('DELETE FROM proceeding_tasks')")).toHaveLength(2);
    expect(sqlIn('const rows = await deps.db.query(text, args);')).toEqual(['calls .query(']);
    // Prose and repository calls are not SQL.
    expect(sqlIn("// SELECT the proceeding FROM the card, then UPDATE it SET\nawait saveProceedingState(tx, state, 3);\nconst label = 'Select a bailiff';"))
      .toEqual([]);
  });
});
