import type { kk } from './kk.ts';

/** The shape every language catalog must have: the Kazakh one's. */
export type Catalog = typeof kk;

export type CatalogProblem =
  | { kind: 'missing'; key: string; language: string; presentIn: string }
  | { kind: 'empty'; key: string; language: string }
  | { kind: 'notText'; key: string; language: string };

/**
 * Flattens a nested catalog into dotted keys (the form `t()` takes).
 * Leaves that are not strings are kept as `null` so the caller can report
 * them instead of silently dropping them.
 */
export function flattenCatalog(tree: unknown, prefix = ''): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, v] of flattenCatalog(value, path)) out.set(k, v);
    } else out.set(path, null);
  }
  return out;
}

/**
 * Compares catalogs language by language: every key must exist in every
 * language and hold non-blank text. Returns the problems, empty when fine.
 */
export function compareCatalogs(catalogs: Record<string, unknown>): CatalogProblem[] {
  const flat = Object.entries(catalogs).map(([language, tree]) => ({ language, keys: flattenCatalog(tree) }));
  const problems: CatalogProblem[] = [];
  for (const { language, keys } of flat) {
    for (const [key, text] of keys) {
      if (text === null) problems.push({ kind: 'notText', key, language });
      else if (text.trim() === '') problems.push({ kind: 'empty', key, language });
      for (const other of flat) {
        if (!other.keys.has(key)) problems.push({ kind: 'missing', key, language: other.language, presentIn: language });
      }
    }
  }
  return problems;
}

/** Looks a dotted key up in a nested catalog; undefined when absent. */
export function lookupKey(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
