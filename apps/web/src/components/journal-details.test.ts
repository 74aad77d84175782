import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { findIdentifierTokens } from '../../../../e2e/identifier-tokens.ts';
import { lookupKey } from '../i18n/catalog.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';
import { journalDetailsText } from './journal-details.ts';
import { journalRoleLabel } from './journal-labels.ts';

function translator(catalog: unknown): TFunction {
  return ((key: string, params: Record<string, unknown> = {}) => {
    const text = lookupKey(catalog, key);
    if (text === undefined) throw new Error(`no text for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(params[name] ?? ''));
  }) as unknown as TFunction;
}

const format = { day: (iso: string) => iso.split('-').reverse().join('.'), instant: () => '08.12.2026 19:00:00' };

describe('ISSUE-13 item 3 (X-2): the journal\'s details and actors in words, not JSON or codes', () => {
  it('ISSUE-13 item 3: details read as «label: value», dates written as people write them, codes left out but counted', () => {
    const details = { ruleId: 'enf12.citizens', reason: 'least_loaded', registrationNumber: '310000000-2026-000001-3', lastDay: '2026-12-08',
      expiresAt: '2026-12-08T19:00:00.000Z', kind: 'simp.initiation', bailiffId: 'a0b1', erapFineId: 'ERAP-1' };
    expect(journalDetailsText(translator(ru), details, format)).toBe(
      'Регистрационный номер: 310000000-2026-000001-3; Последний день оплаты: 08.12.2026; Срок истекает: 08.12.2026 19:00:00; '
      + 'Номер штрафа в ЕРАП: ERAP-1; ещё технических сведений: 4',
    );
    for (const catalog of [kk, ru]) {
      const text = journalDetailsText(translator(catalog), details, format);
      expect(findIdentifierTokens(text), text).toEqual([]);
      expect(text).not.toContain('{');
    }
    expect(journalDetailsText(translator(kk), {}, format)).toBe('');
    expect(journalDetailsText(translator(kk), { reason: 'Қарыз толық өтелді' }, format)).toBe('Себебі: Қарыз толық өтелді');
  });

  it('ISSUE-13 item 3: the courts\' system and ЕРАП are named, not `court_system`', () => {
    expect(journalRoleLabel(translator(ru), 'court_system')).toBe('Информационная система судов');
    expect(journalRoleLabel(translator(kk), 'court_system')).toBe('Соттардың ақпараттық жүйесі');
    expect(journalRoleLabel(translator(kk), 'erap')).toBe('ЕРАП');
  });
});
