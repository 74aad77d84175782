import { describe, expect, it } from 'vitest';
import { lookupKey } from '../i18n/catalog.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';
import { debtorModel } from './debtor-model.ts';
import { debtorViewFixture } from './debtor-view.fixture.ts';

const nb = (text: string) => text.replace(/ /g, '\u00A0');

describe('SIMP-3: the open case offers payment and disagreement', () => {
  it('shows the amount, the deadline and both actions', () => {
    const model = debtorModel(debtorViewFixture(), 'kk');
    expect(model).toMatchObject({
      tone: 'open', statusText: 'Қозғалды', amount: nb('19 660,00 ₸'), partlyPaid: null, open: true,
      canPay: true, canDisagree: true, note: null, wentToOrdinary: false, lastDay: '06.03.2026', decisionDate: '20.02.2026',
    });
    expect(debtorModel(debtorViewFixture(), 'ru').statusText).toBe('Возбуждено');
  });

  it('shows paid and due only when part is paid', () => {
    const model = debtorModel(debtorViewFixture({ paidTiyn: 966_000, dueTiyn: 1_000_000 }), 'ru');
    expect(model.partlyPaid).toEqual({ paid: nb('9 660,00 ₸'), due: nb('10 000,00 ₸') });
  });

  it('offers only the actions the server allows', () => {
    expect(debtorModel(debtorViewFixture({ actions: { pay: true, disagree: false } }), 'kk')).toMatchObject({ canPay: true, canDisagree: false });
    expect(debtorModel(debtorViewFixture({ actions: { pay: false, disagree: true } }), 'kk')).toMatchObject({ canPay: false, canDisagree: true });
  });
});

describe('SIMP-4, SIMP-5, SIMP-6: a closed case shows how it ended and no buttons', () => {
  const termination = {
    kind: 'simp.termination' as const, documentId: 'd-2', title: { kk: 'Тоқтату туралы қаулы', ru: 'Постановление о прекращении' },
    url: '/api/public/simplified/tok/documents/d-2', verifyUrl: '/verify/d-2',
  };

  it('SIMP-4: paid → terminated, the termination resolution first', () => {
    const view = debtorViewFixture({
      status: 'terminated', statusText: { kk: 'Тоқтатылды', ru: 'Прекращено' }, outcome: 'paid', paidTiyn: 1_966_000, dueTiyn: 0,
      paymentState: 'paid', documents: [...debtorViewFixture().documents, termination],
      // Even if the server said otherwise, a final state has no buttons.
      actions: { pay: true, disagree: true },
    });
    const model = debtorModel(view, 'ru');
    expect(model).toMatchObject({ tone: 'terminated', statusText: 'Прекращено', open: false, canPay: false, canDisagree: false, note: 'terminated', partlyPaid: null });
    expect(model.documents.map((d) => d.kind)).toEqual(['simp.termination', 'simp.initiation']);
  });

  it('SIMP-6: disagreed → cancelled, to the ordinary proceeding with its number', () => {
    const view = debtorViewFixture({
      status: 'cancelled', statusText: { kk: 'Күші жойылды', ru: 'Отменено' }, outcome: 'disagreed',
      actions: { pay: false, disagree: false }, proceeding: { registrationNumber: '2626001-1-26/123' },
    });
    expect(debtorModel(view, 'kk')).toMatchObject({
      tone: 'cancelled', statusText: 'Күші жойылды', note: 'cancelledDisagreed', wentToOrdinary: true,
      registrationNumber: '2626001-1-26/123', canPay: false, canDisagree: false,
    });
  });

  it('SIMP-5: expired → cancelled; without a number yet the page still explains', () => {
    const view = debtorViewFixture({ status: 'cancelled', outcome: 'expired', actions: { pay: false, disagree: false } });
    expect(debtorModel(view, 'ru')).toMatchObject({ note: 'cancelledExpired', wentToOrdinary: true, registrationNumber: null });
    expect(debtorModel(debtorViewFixture({ status: 'cancelled', outcome: null }), 'ru').note).toBe('cancelledOther');
    expect(debtorModel(debtorViewFixture({ status: 'ordinary', actions: { pay: false, disagree: false } }), 'ru'))
      .toMatchObject({ note: 'ordinary', wentToOrdinary: false, open: false });
  });
});

describe('SIMP-3…SIMP-6: every explanation the page can pick exists in kk and ru', () => {
  it('resolves the notes and payment notices chosen at run time', () => {
    const keys = ['terminated', 'cancelledExpired', 'cancelledDisagreed', 'cancelledOther', 'ordinary',
      'waitingBank', 'stillPending', 'paymentProcessing', 'paymentConfirmed', 'notCompleted'];
    for (const catalog of [kk, ru]) for (const key of keys) expect(lookupKey(catalog, `simp.debtor.${key}`), key).toBeTruthy();
    for (const key of ['received', 'initiated', 'terminated', 'cancelledExpired', 'cancelledDisagreed', 'ordinary', 'paidInTimeShare', 'medianTimeToPay', 'pending']) {
      for (const catalog of [kk, ru]) expect(lookupKey(catalog, `simp.dashboard.${key}`), key).toBeTruthy();
    }
  });
});
