import { PROCEEDING_ACTIONS, simplified } from '@oryndau/domain';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { canOpen } from '../app-nav.tsx';
import { lookupKey } from '../i18n/catalog.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';
import { hrefFor, parseHash } from '../router/hash-router.ts';
import { actionLabel, journalRoleLabel, knownActions, knownObjectTypes, objectTypeLabel } from './journal-labels.ts';

/** A `t` over one catalog that fails loudly on a key it lacks. */
function translator(catalog: unknown): TFunction {
  return ((key: string) => {
    const text = lookupKey(catalog, key);
    if (text === undefined) throw new Error(`no text for ${key}`);
    return text;
  }) as unknown as TFunction;
}

describe('X-1, X-2, ENP-11: the journal\'s codes are shown in Kazakh and Russian words', () => {
  it('names the common actions and objects in both languages, and never shows a code', () => {
    for (const catalog of [kk, ru]) {
      const t = translator(catalog);
      for (const action of ['enforcement.viewed', 'document.signed', 'document.sealed', 'person.view', 'auth.login', 'journal.browse']) {
        const label = actionLabel(t, action);
        expect(label, action).not.toBe(action);
        expect(label).not.toMatch(/[a-z]/);
      }
      for (const objectType of ['proceeding', 'document', 'user', 'simplified_case']) {
        expect(objectTypeLabel(t, objectType)).not.toMatch(/[a-z]/);
      }
    }
    expect(actionLabel(translator(ru), 'enforcement.viewed')).toBe('Просмотр исполнительного производства');
    expect(actionLabel(translator(kk), 'document.signed')).toBe('Құжатқа қол қою');
  });

  it('gives an unknown action, object or role a generic phrase, not its code', () => {
    const t = translator(ru);
    for (const action of ['no.such.action', 'pay', 'enforcement', 'auth', '']) expect(actionLabel(t, action)).toBe(ru.journal.otherAction);
    expect(objectTypeLabel(t, 'spaceship')).toBe(ru.journal.otherObject);
    expect(journalRoleLabel(t, 'astronaut')).toBe(ru.journal.otherRole);
    expect(actionLabel(translator(kk), 'no.such.action')).toBe(kk.journal.otherAction);
  });

  it('names every proceeding and simplified-case action the server journals as enforcement.<action> / simplified.<action>', () => {
    const missing = [
      ...PROCEEDING_ACTIONS.map((a) => `enforcement.${a}`),
      ...simplified.SIMPLIFIED_ACTIONS.map((a) => `simplified.${a}`),
    ].filter((code) => !knownActions.includes(code));
    expect(missing).toEqual([]);
    expect(knownObjectTypes).toContain('proceeding');
  });

  it('names the roles an entry was recorded under, several of them for a sign-in', () => {
    const t = translator(ru);
    expect(journalRoleLabel(t, 'judge')).toBe(ru.role.judge);
    expect(journalRoleLabel(t, 'admin,judge')).toBe(`${ru.role.admin}, ${ru.role.judge}`);
    expect(journalRoleLabel(t, 'system')).toBe(ru.journal.system);
    expect(journalRoleLabel(t, 'x,y')).toBe(ru.journal.otherRole);
  });

  it('ENP-11: "who viewed my data" has its own route, open to everyone signed in', () => {
    expect(parseHash('#/my-views')).toBe('myViews');
    expect(parseHash(hrefFor('myViews'))).toBe('myViews');
    for (const roles of [['citizen'], ['judge'], ['admin'], []]) expect(canOpen('myViews', roles, false)).toBe(true);
  });
});
