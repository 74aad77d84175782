import { describe, expect, it } from 'vitest';
import { paymentPageHtml } from './payment-page';
import type { Payment } from './port';

const payment = (status: Payment['status']): Payment => ({
  paymentId: 'pay-1', reference: 'simp-1-1', amountTiyn: 3_692_000,
  purpose: { kk: 'Әкімшілік айыппұл', ru: 'Административный штраф' }, payerIin: '900515301006', status,
  createdAt: '2026-03-02T05:00:00.000Z' as Payment['createdAt'], paidAt: null, receiptCode: null, failureReason: null,
});

describe('ISSUE-13 item 14: the payment simulator\'s page', () => {
  it('ISSUE-13 item 14 (SIMP-4): built for a phone — viewport, fluid width, wrapping text, full-width buttons', () => {
    const html = paymentPageHtml(payment('pending'), '/payments/pay/pay-1');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/\*\{box-sizing:border-box\}/);
    expect(html).toMatch(/body\{[^}]*overflow-wrap:anywhere/);
    expect(html).toMatch(/\.actions\{display:flex;flex-wrap:wrap/);
    expect(html).toMatch(/button\{width:100%/);
    expect(html).not.toMatch(/style="display:inline"/);
  });

  it('ISSUE-13 item 14 (SIMP-3): the payer\'s IIN masked, never in full; every text in kk and ru', () => {
    const html = paymentPageHtml(payment('pending'), '/payments/pay/pay-1');
    expect(html).not.toContain('900515301006');
    expect(html).toContain('<dd>900515******</dd>');
    for (const text of ['Төлеуші ЖСН / ИИН плательщика', 'Төлеу / Оплатить', 'Бас тарту / Отказаться', 'Төлеуді күтуде / Ожидает оплаты', '36 920,00 ₸']) {
      expect(html).toContain(text);
    }
    const paid = paymentPageHtml(payment('paid'), '/payments/pay/pay-1');
    expect(paid).toContain('Төленді / Оплачено');
    expect(paid).not.toContain('<form');
  });
});
