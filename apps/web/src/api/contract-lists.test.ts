import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as contracts from '@oryndau/contracts';
import * as domain from '@oryndau/domain';
import { describe, expect, it } from 'vitest';

/*
 * issue 11 item 12: one contract from the database to the screen. The web
 * takes the lists the server validates with (queues, statuses, actions,
 * kinds…) from @oryndau/contracts or @oryndau/domain; a hand-written
 * `[...] as const` with the same members is a second copy that drifts.
 */

const webSrc = fileURLToPath(new URL('..', import.meta.url));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path;
  }
}

/** Every exported list of strings of the two packages, by export name. */
function exportedLists(): Map<string, string> {
  const lists = new Map<string, string>();
  for (const [pkg, module] of [['@oryndau/contracts', contracts], ['@oryndau/domain', domain]] as const) {
    for (const [name, value] of Object.entries(module)) {
      if (Array.isArray(value) && value.length >= 2 && value.every((v) => typeof v === 'string')) {
        lists.set(key(value as string[]), `${pkg} ${name}`);
      }
    }
  }
  return lists;
}
const key = (members: readonly string[]) => [...new Set(members)].sort().join('|');

/** `[ 'a', 'b', … ] as const` literals of a source file: their string members. */
function constLists(text: string): string[][] {
  return [...text.matchAll(/\[((?:\s*'[^']*'\s*,?)+)\]\s*as const/g)].map((m) => [...m[1]!.matchAll(/'([^']*)'/g)].map((s) => s[1]!));
}

describe('issue 11 item 12: the web does not re-declare the contract\'s lists', () => {
  it('issue 11 item 12 X-3: the finder sees a re-declared list (the old enforcement-types.ts queue list)', () => {
    const lists = exportedLists();
    const old = "export const queueNames = ['incoming', 'notInitiated', 'inExecution', 'suspended', 'forApproval', 'ended', 'transferred', 'refused'] as const;";
    expect(constLists(old).map((members) => lists.get(key(members)))).toEqual(['@oryndau/domain ENFORCEMENT_QUEUES']);
  });

  it('issue 11 item 12 X-3: no `as const` array in apps/web/src duplicates a list exported by @oryndau/contracts or @oryndau/domain', () => {
    const lists = exportedLists();
    expect(lists.size).toBeGreaterThan(10);
    const duplicates: string[] = [];
    for (const file of sources(webSrc)) {
      for (const members of constLists(readFileSync(file, 'utf8'))) {
        const source = lists.get(key(members));
        if (source) duplicates.push(`${relative(webSrc, file)}: [${members.join(', ')}] is ${source}`);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
