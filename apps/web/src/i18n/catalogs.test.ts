import { describe, expect, it } from 'vitest';
import { compareCatalogs, flattenCatalog } from './catalog.ts';
import { kk } from './kk.ts';
import { languageSelfNames } from './language-names.ts';
import { ru } from './ru.ts';

describe('X-1: the kk and ru catalogs hold the same keys, all with text', () => {
  it('has exactly the same key set in kk and ru', () => {
    const kkKeys = [...flattenCatalog(kk).keys()].sort();
    const ruKeys = [...flattenCatalog(ru).keys()].sort();
    expect(kkKeys.length).toBeGreaterThan(50);
    expect(ruKeys).toEqual(kkKeys);
  });

  it('reports no missing, empty or non-text entries', () => {
    expect(compareCatalogs({ kk, ru })).toEqual([]);
  });

  it('ISSUE-13 item 12: the language switch\'s names, in the entry while catalogs load lazily, are the catalogs\' own', () => {
    expect(languageSelfNames).toEqual({ kk: kk.language.selfName, ru: ru.language.selfName });
  });

  it('names all ten roles of docs/api.md', () => {
    const roles = ['state_bailiff', 'private_bailiff', 'senior_bailiff', 'court_office', 'judge',
      'court_secretary', 'court_chairman', 'licensing_officer', 'citizen', 'admin'];
    for (const catalog of [kk, ru]) expect(Object.keys(catalog.role).sort()).toEqual([...roles].sort());
  });

  it('labels every queue key of docs/api.md', () => {
    const queues = ['enforcement.incoming', 'enforcement.inExecution', 'enforcement.notInitiated',
      'enforcement.forApproval', 'courts.filingsToRegister', 'courts.enpApplications', 'courts.actsToSign',
      'courts.writsToSign', 'courts.toArchive', 'courts.legalForceMarks', 'licensing.applications', 'citizen.myCases',
      'citizen.notifications', 'citizen.myProceedings', 'admin.journal', 'admin.calendar'];
    const labelled = (catalog: unknown) => [...flattenCatalog(catalog).keys()].filter((k) => k.startsWith('queue.'));
    expect(labelled(kk).sort()).toEqual(queues.map((q) => `queue.${q}`).sort());
    expect(labelled(ru).sort()).toEqual(queues.map((q) => `queue.${q}`).sort());
  });

  // The check above would be worthless if the comparison could not fail:
  // feed it deliberately broken pairs.
  it('detects a key that exists in one language only, at any depth', () => {
    const problems = compareCatalogs({
      kk: { a: 'A', nested: { b: 'B', onlyKk: 'X' } },
      ru: { a: 'А', nested: { b: 'Б' }, onlyRu: 'Y' },
    });
    expect(problems).toEqual(expect.arrayContaining([
      { kind: 'missing', key: 'nested.onlyKk', language: 'ru', presentIn: 'kk' },
      { kind: 'missing', key: 'onlyRu', language: 'kk', presentIn: 'ru' },
    ]));
    expect(problems).toHaveLength(2);
  });

  it('detects empty or blank texts and non-text leaves', () => {
    const problems = compareCatalogs({ kk: { a: '', b: 'B', c: 3 }, ru: { a: 'А', b: '  ', c: 'В' } });
    expect(problems).toEqual([
      { kind: 'empty', key: 'a', language: 'kk' },
      { kind: 'notText', key: 'c', language: 'kk' },
      { kind: 'empty', key: 'b', language: 'ru' },
    ]);
  });

  it('detects a leaf in one language that is a subtree in the other', () => {
    const problems = compareCatalogs({ kk: { a: { b: 'B' } }, ru: { a: 'А' } });
    expect(problems.map((p) => `${p.kind}:${p.language}:${p.key}`).sort())
      .toEqual(['missing:kk:a', 'missing:ru:a.b']);
  });
});
