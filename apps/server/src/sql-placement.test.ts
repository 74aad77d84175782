import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md: "SQL lives in typed repositories in packages/db; services
// without SQL". A workspace listed here has no SQL of its own: no `.query(`
// or `.exec(` call on a database handle, and no string that reads as SQL.
// Parsed with TypeScript's parser, so comments, `request.query` (a property,
// not a call) and a regular expression's `.exec(` do not count.

const SERVER_SRC = dirname(fileURLToPath(import.meta.url));

/** Statements (upper-case, as this code base writes SQL) — not the words in kk/ru texts or comments. */
const SQL_TEXT = /\b(SELECT\b[\s\S]*\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|ON\s+CONFLICT\b|FOR\s+UPDATE\b|CREATE\s+(TABLE|INDEX)\b|ALTER\s+TABLE\b)/;

type SqlFinding = { file: string; line: number; what: string };

/** Every SQL call or SQL text in one TypeScript source. */
function findSql(file: string, source: string): SqlFinding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings: SqlFinding[] = [];
  const at = (node: ts.Node, what: string) =>
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, what });
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const receiver = node.expression.expression;
      const regex = ts.isRegularExpressionLiteral(receiver) || /(pattern|regex|re)$/i.test(receiver.getText(sf));
      if (name === 'query' || (name === 'exec' && !regex)) at(node, `.${name}(…)`);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (SQL_TEXT.test(node.text)) at(node, `SQL text: ${node.text.replace(/\s+/g, ' ').slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const scan = (workspace: string) => sourcesUnder(join(SERVER_SRC, workspace))
  .flatMap((file) => findSql(relative(SERVER_SRC, file), readFileSync(file, 'utf8')))
  .map((f) => `${f.file}:${f.line} ${f.what}`);

describe('SQL only in packages/db', () => {
  it('the scanner sees SQL calls and SQL text, and not regular expressions, request.query or prose', () => {
    const found = findSql('x.ts', [
      "await sql.query('SELECT id FROM users WHERE iin = $1', [iin]);",
      'await tx.exec(script);',
      'const q = `UPDATE simplified_cases SET status = $2 WHERE id = $1`;',
      "const c = 'INSERT INTO outbox (id) VALUES ($1)';",
      'const m = /^a$/.exec(text); const n = LINK_TOKEN_PATTERN.exec(t);',
      'const lang = request.query.lang; // SELECT x FROM y in a comment',
      "const kk = 'Оплата уже начата. Обновите страницу'; const help = 'Select a file from the list';",
    ].join('\n'));
    expect(found.map((f) => [f.line, f.what.slice(0, 10)])).toEqual([
      [1, '.query(…)'], [1, 'SQL text: '], [2, '.exec(…)'], [3, 'SQL text: '], [4, 'SQL text: '],
    ]);
  });

  it('issue 11 item 12: no SQL outside packages/db in the enforcement workspace', () => {
    expect(scan('enforcement')).toEqual([]);
  });

  it('issue 11 item 12: no SQL outside packages/db in the simplified workspace', () => {
    expect(scan('simplified')).toEqual([]);
  });

  it('issue 11 item 12: no SQL outside packages/db in the signing workspace', () => {
    expect(scan('signing')).toEqual([]);
  });

  it('issue 11 item 12: no SQL outside packages/db in the identity workspace', () => {
    expect(scan('identity')).toEqual([]);
  });

  it('ISSUE-14 items 3-5: no SQL outside packages/db in the courts workspace', () => {
    expect(scan('courts')).toEqual([]);
  });
});
