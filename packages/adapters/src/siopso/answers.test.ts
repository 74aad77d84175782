import { describe, expect, it } from 'vitest';
import { iinHints, isValidBin } from '@oryndau/kz';
import { buildIin } from '../sim/iin';
import { simulatedPerson } from '../sim/people';
import { simulatedAnswer } from './answers';
import type { SiopsoAnswer, SiopsoAnswerItem, SiopsoRequestType } from './port';
import { SIOPSO_REQUEST_TYPES } from './request-types';

function typeOf(code: string): SiopsoRequestType {
  const type = SIOPSO_REQUEST_TYPES.find((t) => t.code === code);
  if (type === undefined) throw new Error(`no type ${code}`);
  return type;
}

/** Valid IINs of the simulated population, known to ГБД ФЛ or not. */
function iins(count: number, known: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count && i < 10_000; i++) {
    const iin = buildIin({ year: 1970 + (i % 35), month: 1 + (i % 12), day: 1 + (i % 28), sex: i % 2 ? 'male' : 'female', serial: 100 + i });
    if (iin !== null && (simulatedPerson(iin) !== null) === known) out.push(iin);
  }
  return out;
}

const value = (item: SiopsoAnswerItem | undefined, key: string) => item?.fields.find((f) => f.key === key)?.value;
const ANSWERED_AT = '2026-03-10T09:00:00.000Z';

describe('СИОПСО simulated answers for the new request types', () => {
  it('ENF-7: the request types include ГБД ФЛ person data and pension contributions, with kk/ru names and agencies', () => {
    expect(SIOPSO_REQUEST_TYPES.map((t) => t.code)).toEqual(
      expect.arrayContaining(['bank_accounts', 'real_estate', 'vehicles', 'gbd_fl_person', 'employer_income', 'pension_contributions']),
    );
    expect(typeOf('gbd_fl_person').name).toEqual({
      kk: 'ЖТ МДБ-дан жеке тұлға туралы мәліметтерді сұрау',
      ru: 'Запрос сведений о физическом лице из ГБД ФЛ',
    });
    expect(typeOf('pension_contributions').agency).toEqual({
      kk: '«Бірыңғай жинақтаушы зейнетақы қоры» АҚ',
      ru: 'АО «Единый накопительный пенсионный фонд»',
    });
  });

  it('ENF-7: a ГБД ФЛ answer is the simulated person: name, birth date from the IIN, address and identity document in kk and ru', () => {
    for (const iin of iins(30, true)) {
      const person = simulatedPerson(iin);
      const answer = simulatedAnswer(typeOf('gbd_fl_person'), iin, ANSWERED_AT);
      expect(answer).toMatchObject({ found: true, answeredAt: ANSWERED_AT, agency: typeOf('gbd_fl_person').agency });
      const item = answer.items[0];
      expect(answer.items).toHaveLength(1);
      expect(value(item, 'fullName')?.ru).toBe([person?.surname, person?.name, person?.patronymic].filter(Boolean).join(' '));
      const birth = iinHints(iin).birthDate ?? '';
      expect(value(item, 'birthDate')).toEqual({ kk: birth.split('-').reverse().join('.'), ru: birth.split('-').reverse().join('.') });
      expect(value(item, 'registeredAddress')).toEqual(person?.registeredAddress.full);
      expect(value(item, 'documentNumber')?.ru).toBe(person?.document?.number);
      expect(value(item, 'documentIssuedOn')?.ru).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      if (person?.document?.type === 'id_card') {
        expect(value(item, 'documentType')).toEqual({ kk: 'Жеке куәлік', ru: 'Удостоверение личности' });
        expect(value(item, 'documentIssuer')).toEqual({ kk: 'ҚР ІІМ', ru: 'МВД РК' });
      }
      for (const field of item?.fields ?? []) expect(field.label.kk).not.toBe(field.label.ru);
    }
  });

  it('ENF-7: an IIN ГБД ФЛ does not know answers "nothing found", as the ГБД ФЛ simulator does', () => {
    const [iin = ''] = iins(1, false);
    const answer = simulatedAnswer(typeOf('gbd_fl_person'), iin, ANSWERED_AT);
    expect(answer).toMatchObject({ found: false, items: [], summary: { kk: 'Мәліметтер жоқ', ru: 'Сведения отсутствуют' } });
  });

  it('ENF-7: pension contributions list the last six paid months with employer BIN and name and a ₸ amount in kk and ru', () => {
    const answers = iins(60, true).map((iin) => simulatedAnswer(typeOf('pension_contributions'), iin, ANSWERED_AT));
    const found = answers.filter((a) => a.found);
    // Debtors without an employer have no contributions: both kinds of answer occur.
    expect(found.length).toBeGreaterThan(20);
    expect(found.length).toBeLessThan(answers.length);
    for (const answer of found) {
      expect(answer.items).toHaveLength(6);
      // Answered on 10 March: February is not due until 25 March, so January is the latest month.
      expect(answer.items[0]?.title).toEqual({ kk: '2026 ж. қаңтар', ru: 'Январь 2026 г.' });
      expect(answer.items.map((item) => value(item, 'period')?.ru)).toEqual(['01.2026', '12.2025', '11.2025', '10.2025', '09.2025', '08.2025']);
      for (const item of answer.items) {
        expect(isValidBin(value(item, 'employerBin')?.ru ?? '')).toBe(true);
        expect(value(item, 'employer')?.ru).toMatch(/^(ТОО|АО|КГУ)/);
        const amount = value(item, 'amount');
        expect(amount?.ru).toMatch(/^\d{1,3}(\u00A0\d{3})*,\d{2}\u00A0₸$/);
        expect(amount?.kk).toBe(amount?.ru);
        expect(value(item, 'paidOn')?.ru).toMatch(/^\d{2}\.\d{2}\.(2025|2026)$/);
      }
    }
  });

  it('ENF-7: pension contributions agree with the employer in the income answer', () => {
    for (const iin of iins(40, true)) {
      const pension: SiopsoAnswer = simulatedAnswer(typeOf('pension_contributions'), iin, ANSWERED_AT);
      const income: SiopsoAnswer = simulatedAnswer(typeOf('employer_income'), iin, ANSWERED_AT);
      expect(pension.found).toBe(income.found);
      if (!income.found) continue;
      expect(value(pension.items[0], 'employerBin')).toEqual(value(income.items[0], 'employerBin'));
      expect(value(pension.items[0], 'employer')).toEqual(income.items[0]?.title);
      expect(value(income.items[0], 'lastContribution')?.ru).toBe('2026-01');
    }
  });

  it('ENF-7: the same debtor gets the same answer on every run', () => {
    for (const type of SIOPSO_REQUEST_TYPES) {
      const [iin = ''] = iins(1, true);
      expect(simulatedAnswer(type, iin, ANSWERED_AT)).toEqual(simulatedAnswer(type, iin, ANSWERED_AT));
    }
  });
});
