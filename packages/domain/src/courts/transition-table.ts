/**
 * Renders a transition table as a markdown table, one row per status, one
 * column per action, the cell the status after the action (empty: refused).
 * README.md and docs/courts.md carry the output between markers, and a test
 * compares them with this function's output, so the docs cannot drift from
 * the tables in code.
 */
import type { LocalizedText } from '@oryndau/kz';

export type TransitionTableSpec<S extends string, A extends string> = {
  readonly statuses: readonly S[];
  readonly actions: readonly A[];
  readonly table: Readonly<Record<S, Partial<Record<A, S>>>>;
  /** Each status's ru word, shown next to the code in the first column. */
  readonly statusTexts: Readonly<Record<S, LocalizedText>>;
};

export function renderTransitionTable<S extends string, A extends string>(spec: TransitionTableSpec<S, A>): string {
  const header = `| status \\ action | ${spec.actions.join(' | ')} |`;
  const rule = `|---|${spec.actions.map(() => '---|').join('')}`;
  const rows = spec.statuses.map((status) => {
    const row: Partial<Record<A, S>> = spec.table[status];
    const cells = spec.actions.map((action) => row[action] ?? '');
    return `| ${status} (${spec.statusTexts[status].ru.toLowerCase()}) | ${cells.join(' | ')} |`.replace(/ {2,}/g, ' ');
  });
  return [header, rule, ...rows].join('\n');
}

/** The text between `<!-- name -->` and `<!-- /name -->` in a document, trimmed; null when the markers are absent. */
export function markedSection(document: string, name: string): string | null {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = document.indexOf(open);
  const end = document.indexOf(close);
  if (start < 0 || end < start) return null;
  return document.slice(start + open.length, end).trim();
}
