import { describe, expect, it } from 'vitest';
import { findIdentifierTokens } from './identifier-tokens.ts';

describe('ISSUE-13 item 3 (X-1): identifier-like tokens in visible text', () => {
  it('ISSUE-13 item 3: catches the strings the issue found on screens', () => {
    expect(findIdentifierTokens('Сумма: 1058000.00 KZT (1 058 000,00 ₸)')).toEqual(['1058000.00 KZT']);
    expect(findIdentifierTokens('Распределено: enf12.citizens · vdefault-1')).toEqual(['enf12.citizens']);
    expect(findIdentifierTokens('Действие: auth.login')).toEqual(['auth.login']);
    expect(findIdentifierTokens('например, auth.login')).toEqual(['auth.login']);
    expect(findIdentifierTokens('Роль: court_system')).toEqual(['court_system']);
    expect(findIdentifierTokens('Атқарушылық құжат: writ_of_execution № 2-5840/2026')).toEqual(['writ_of_execution']);
    expect(findIdentifierTokens('Дни по времени пояса Asia/Almaty')).toEqual(['Asia/Almaty']);
    expect(findIdentifierTokens('Уақыты: 2026-12-03 14:21:48')).toEqual(['2026-12-03 14:21:48']);
    expect(findIdentifierTokens('at 2026-12-03T09:21:48.000Z and 2026-12-03')).toEqual(['2026-12-03T09:21:48.000Z', '2026-12-03']);
    expect(findIdentifierTokens('{"from":"registered","to":"initiated"}')).toEqual(['{"from":']);
    expect(findIdentifierTokens('Действие: returnToClaimant')).toEqual(['returnToClaimant']);
    expect(findIdentifierTokens('enforcement.act_generated')).toEqual(['enforcement.act_generated']);
  });

  it('ISSUE-13 item 3: leaves normal kk and ru text alone', () => {
    const texts = [
      'Атқарушылық іс жүргізуді қозғау туралы қаулы. Борышкер: Жақсыбеков Арман Серікұлы.',
      'Постановление о возбуждении исполнительного производства. Сумма: 1 058 000,00 ₸.',
      'Дело № 2-5840/2026 от 03.12.2026 14:21:48; рег. № 310000000-2026-000123-4',
      'ИИН 900515301006, БИН 050140000001, тел. +7 701 123 45 67',
      'Пишите на help@oryndau.kz или откройте https://oryndau.kz/verify/3f2a_b?x=a.b_c',
      'Сайт egov.kz, ст. 610 ч. 1 КоАП РК; ӘҚБтК 610-бабының 1-бөлігі. Т.е. и т.д.',
      'Стр. 1 из 5 · 10 / стр. · 12:30 · 50 %',
      'Kazakh text mixed: Oryndau, e-Justice, ЭЦП/ЭЦҚ',
    ];
    for (const text of texts) expect(findIdentifierTokens(text), text).toEqual([]);
  });

  it('ISSUE-13 item 3: each token is reported once, in order of appearance', () => {
    expect(findIdentifierTokens('auth.login, court_system, auth.login, Asia/Almaty')).toEqual(['auth.login', 'court_system', 'Asia/Almaty']);
  });
});
