/**
 * JSON with object keys sorted at every level, so the same value always
 * gives the same bytes — jsonb reorders keys, and a hash over the journal
 * (packages/db) or a signed filing manifest (courts) must not depend on
 * that. Lives in the domain so both use the one function; @oryndau/db
 * re-exports it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`cannot serialise ${typeof value} in the journal`);
    return text;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += `${i === 0 ? '' : ','}${canonicalJson(value[i] ?? null)}`;
    return `${out}]`;
  }
  // Keys in UTF-16 code unit order (the default sort's order); undefined members left out, as JSON.stringify does.
  // A plain loop: the journal's writer serialises every entry's details here.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
