import type { Payment } from './port';

// The simulated gateway page the payer is redirected to in dev, so the whole
// pay-and-return loop can be clicked through in a browser. Both languages on
// one page, as on the real gateway's language-neutral landing.

export function paymentPageHtml(payment: Payment, actionBase: string): string {
  const amount = formatTenge(payment.amountTiyn);
  const pending = payment.status === 'pending';
  return `<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><title>ПШЭП — төлем / оплата</title>
<style>body{font-family:sans-serif;max-width:36rem;margin:2rem auto}dt{font-weight:bold}button{margin-right:1rem;padding:.5rem 1rem}</style>
</head>
<body>
<h1>Төлем шлюзі (симулятор) / Платёжный шлюз (симулятор)</h1>
<dl>
<dt>Төлем мақсаты / Назначение платежа</dt><dd>${escapeHtml(payment.purpose.kk)}<br>${escapeHtml(payment.purpose.ru)}</dd>
<dt>Сомасы / Сумма</dt><dd>${amount} ₸</dd>
<dt>Төлеуші ЖСН / ИИН плательщика</dt><dd>${escapeHtml(payment.payerIin)}</dd>
<dt>Мәртебесі / Статус</dt><dd>${STATUS_TEXT[payment.status]}</dd>
</dl>
${
  pending
    ? `<form method="post" action="${actionBase}/confirm" style="display:inline"><button type="submit">Төлеу / Оплатить</button></form>
<form method="post" action="${actionBase}/decline" style="display:inline"><button type="submit">Бас тарту / Отказаться</button></form>`
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
