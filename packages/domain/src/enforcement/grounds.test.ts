import { describe, expect, it } from 'vitest';
import {
  ALL_GROUNDS, MANDATORY_SUSPENSION_GROUNDS, OPTIONAL_SUSPENSION_GROUNDS, REFUSAL_GROUNDS, RETURN_GROUNDS, TERMINATION_GROUNDS,
  groundByCode,
} from './grounds';
import { ERROR_CODES } from '../errors';
import { MESSAGE_CATALOGS, hasMessage } from '../i18n/messages';

describe('ENF-3/ENF-4/ENF-5: grounds reference data', () => {
  it('ENF-4: every ground has non-empty, distinct kk and ru texts', () => {
    for (const ground of ALL_GROUNDS) {
      expect(ground.text.kk.trim(), ground.code).not.toBe('');
      expect(ground.text.ru.trim(), ground.code).not.toBe('');
      expect(ground.text.kk, ground.code).not.toBe(ground.text.ru);
    }
  });

  it('ENF-4: codes are unique, prefixed by their list and found by code', () => {
    const codes = ALL_GROUNDS.map((g) => g.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const ground of ALL_GROUNDS) {
      expect(groundByCode(ground.code)).toBe(ground);
      expect(ground.code).toMatch(/^(refusal|suspension|termination|return)\.[a-z_]+$/);
    }
  });

  it('ENF-3: the seven refusal grounds of DOMAIN.md are there', () => {
    expect(REFUSAL_GROUNDS).toHaveLength(7);
  });

  it('ENF-5: suspension grounds are split mandatory / optional; every list is non-empty', () => {
    expect(MANDATORY_SUSPENSION_GROUNDS.every((g) => g.kind === 'suspension_mandatory')).toBe(true);
    expect(OPTIONAL_SUSPENSION_GROUNDS.every((g) => g.kind === 'suspension_optional')).toBe(true);
    for (const list of [MANDATORY_SUSPENSION_GROUNDS, OPTIONAL_SUSPENSION_GROUNDS, TERMINATION_GROUNDS, RETURN_GROUNDS]) {
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('ENF-4: unconfirmed law references are flagged, every reference names the law', () => {
    for (const ground of ALL_GROUNDS) {
      expect(ground.lawRef).toContain('261-IV');
      expect(ground.lawRefConfirmed).toBe(false);
    }
  });

  it('ENF-4: error messages exist in kk and ru', () => {
    for (const code of ERROR_CODES.filter((c) => c.startsWith('enforcement.'))) {
      const key = `error.${code}`;
      expect(hasMessage(key), code).toBe(true);
      if (!hasMessage(key)) continue;
      expect(MESSAGE_CATALOGS.kk[key].trim(), code).not.toBe('');
      expect(MESSAGE_CATALOGS.ru[key].trim(), code).not.toBe('');
    }
  });
});
