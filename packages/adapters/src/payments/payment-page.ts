import { maskIin } from '@oryndau/kz';
import type { Payment } from './port';

// The simulated gateway page the payer is redirected to in dev, so the whole
// pay-and-return loop can be clicked through in a browser. Both languages on
// one page, as on the real gateway's language-neutral landing. Built for a phone
// first (the debtor arrives from an SMS link): viewport, fluid width, wrapping
// text, full-width buttons; the payer's IIN masked as on the debtor's page.

export function paymentPageHtml(payment: Payment, actionBase: string): string {
  const amount = formatTenge(payment.amountTiyn);
  const pending = payment.status === 'pending';
  return `<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ПШЭП — төлем / оплата</title>
<style>
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font-family:system-ui,sans-serif;line-height:1.45;max-width:36rem;margin:0 auto;padding:1rem;color:#1f1f1f;overflow-wrap:anywhere}
h1{font-size:1.25rem;margin:.5rem 0 1rem}
dl{margin:0 0 1.5rem}
dt{font-weight:bold;margin-top:.75rem}
dd{margin:.25rem 0 0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem}
.actions form{flex:1 1 12rem;margin:0}
button{width:100%;min-height:2.75rem;padding:.6rem 1rem;font-size:1rem;border-radius:.5rem;border:1px solid #1677ff;background:#fff;color:#1677ff;cursor:pointer}
button.primary{background:#1677ff;color:#fff}
</style>
</head>
<body>
<h1>Төлем шлюзі (симулятор) / Платёжный шлюз (симулятор)</h1>
<dl>
<dt>Төлем мақсаты / Назначение платежа</dt><dd>${escapeHtml(payment.purpose.kk)}<br>${escapeHtml(payment.purpose.ru)}</dd>
<dt>Сомасы / Сумма</dt><dd>${amount} ₸</dd>
<dt>Төлеуші ЖСН / ИИН плательщика</dt><dd>${escapeHtml(maskIin(payment.payerIin))}</dd>
<dt>Мәртебесі / Статус</dt><dd>${STATUS_TEXT[payment.status]}</dd>
</dl>
${
  pending
    ? `<div class="actions">
<form method="post" action="${actionBase}/confirm"><button type="submit" class="primary">Төлеу / Оплатить</button></form>
<form method="post" action="${actionBase}/decline"><button type="submit">Бас тарту / Отказаться</button></form>
</div>`
    : ''
}
</body>
</html>`;
}

const STATUS_TEXT: Readonly<Record<Payment['status'], string>> = {
  pending: 'Төлеуді күтуде / Ожидает оплаты',
  paid: 'Төленді / Оплачено',
  failed: 'Төленбеді / Не оплачено',
};

/** 123456 tiyn → "1 234,56" (integer arithmetic, no floats on money). */
export function formatTenge(tiyn: number): string {
  const tenge = Math.floor(tiyn / 100);
  const rest = String(tiyn % 100).padStart(2, '0');
  return `${String(tenge).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${rest}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
