import { describe, expect, it } from 'vitest';
import { kkArchive } from './kk-archive.ts';
import { kkCaseCourse } from './kk-case-course.ts';
import { kkCourtActs } from './kk-court-acts.ts';
import { kkCourtWork } from './kk-court-work.ts';
import { kkWrits } from './kk-writs.ts';
import { ruArchive } from './ru-archive.ts';
import { ruCaseCourse } from './ru-case-course.ts';
import { ruCourtActs } from './ru-court-acts.ts';
import { ruCourtWork } from './ru-court-work.ts';
import { ruWrits } from './ru-writs.ts';

// Issue 15's screens (court acts, the writ, the archive) bring their own kk/ru texts: what a person
// reads there must not carry the requirement IDs of the specification (the writ form's hint said
// «Распределение (ENF-12) идёт…» — found by e2e/court-chain.spec.ts).
const REQUIREMENT_ID = /\b(?:ENF|FILE|SIG|SIMP|ISSUE|ENP|X)-\d+\b/;

describe('X-1: issue 15\'s kk and ru texts name no requirement', () => {
  it('X-1 FILE-14 FILE-16 FILE-17: no requirement ID in the court acts\', the writ\'s or the archive\'s texts', () => {
    const texts = (node: unknown, path: string): Array<[string, string]> => (typeof node === 'string' ? [[path, node]]
      : node !== null && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => texts(v, `${path}.${k}`)) : []);
    const all = [kkCourtActs, ruCourtActs, kkWrits, ruWrits, kkArchive, ruArchive, kkCaseCourse, ruCaseCourse, kkCourtWork, ruCourtWork].flatMap((catalog) => texts(catalog, ''));
    expect(all.length).toBeGreaterThan(100);
    for (const [key, text] of all) expect(text, key).not.toMatch(REQUIREMENT_ID);
  });
});
