import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors';
import { ROLES } from '../identity/roles';
import { kk } from './kk';
import { MESSAGE_CATALOGS, hasMessage, translate } from './messages';
import { ru } from './ru';

export function keyDifference(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...Object.keys(a).filter((k) => !(k in b)), ...Object.keys(b).filter((k) => !(k in a))];
}

describe('server message catalogs', () => {
  it('X-1: kk and ru have exactly the same keys and no empty text', () => {
    expect(keyDifference(kk, ru)).toEqual([]);
    for (const catalog of Object.values(MESSAGE_CATALOGS)) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });
  it('X-1: the key comparison catches a key present in one language only', () => {
    expect(keyDifference({ a: 'x', b: 'y' }, { a: 'x' })).toEqual(['b']);
    expect(keyDifference({ a: 'x' }, { a: 'x', c: 'z' })).toEqual(['c']);
  });
  it('X-1: every error code and every role has a text', () => {
    for (const code of ERROR_CODES) expect(hasMessage(`error.${code}`), code).toBe(true);
    for (const role of ROLES) expect(hasMessage(`role.${role}`), role).toBe(true);
  });
  it('X-1: placeholders are filled in both languages', () => {
    expect(translate('ru', 'error.auth.locked', { until: '12:30' })).toContain('до 12:30');
    expect(translate('kk', 'error.auth.locked', { until: '12:30' })).toContain('12:30 дейін');
    expect(translate('kk', 'error.not_found')).toBe('Сұралған нысан табылмады.');
  });
});
