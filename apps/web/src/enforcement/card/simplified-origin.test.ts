import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { SimplifiedOrigin } from '../../api/enforcement-types.ts';
import { kk } from '../../i18n/kk.ts';
import { ru } from '../../i18n/ru.ts';
import { originText } from './simplified-origin.tsx';

const i18n = i18next.createInstance();
void i18n.init({ resources: { kk: { translation: kk }, ru: { translation: ru } }, lng: 'ru', fallbackLng: false,
  interpolation: { escapeValue: false }, initAsync: false });

// Cancelled at 00:01 on 9 March in Almaty (+05), still 8 March in UTC.
const origin = (outcome: SimplifiedOrigin['outcome']): SimplifiedOrigin => ({
  caseId: 'c1', erapFineId: 'ERAP-77', outcome, initiatedAt: outcome === 'expired' || outcome === 'disagreed' ? '2026-03-03T05:00:00.000Z' : null,
  closedAt: '2026-03-08T19:01:00.000Z', credits: [], creditedTiyn: 0,
});

describe('SIMP-5, SIMP-6, ENF-10: the card says which ЕРАП fine the proceeding came from and why', () => {
  it('SIMP-5, SIMP-6: a cancelled simplified proceeding is named as cancelled, with the reason and the day in the proceeding\'s zone (ru)', () => {
    const t = i18n.getFixedT('ru');
    expect(originText(t, origin('expired'), 'Asia/Almaty'))
      .toBe('Упрощённое производство по штрафу ЕРАП ERAP-77 отменено: срок оплаты истёк (09.03.2026).');
    expect(originText(t, origin('disagreed'), 'Asia/Almaty'))
      .toBe('Упрощённое производство по штрафу ЕРАП ERAP-77 отменено: должник не согласился (09.03.2026).');
    expect(originText(t, origin('ineligible'), 'Asia/Almaty')).toMatch(/^Штраф ЕРАП ERAP-77 направлен в общем порядке: .+ \(09\.03\.2026\)\.$/);
    expect(originText(t, origin('no_phone'), 'Asia/Almaty')).toMatch(/^Штраф ЕРАП ERAP-77 направлен в общем порядке: .*телефон.* \(09\.03\.2026\)\.$/);
  });

  it('SIMP-5, SIMP-6, X-1: every outcome has its own Kazakh sentence with the fine and the day', () => {
    const t = i18n.getFixedT('kk');
    const outcomes = ['expired', 'disagreed', 'ineligible', 'no_phone'] as const;
    const texts = outcomes.map((o) => originText(t, origin(o), 'Asia/Almaty'));
    for (const text of texts) {
      expect(text).toContain('ERAP-77');
      expect(text).toContain('09.03.2026');
      expect(text).not.toMatch(/enf\.simplified|{{/);
    }
    expect(new Set(texts).size).toBe(outcomes.length);
    expect(texts[0]).toContain('төлеу мерзімі өтті');
  });
});
