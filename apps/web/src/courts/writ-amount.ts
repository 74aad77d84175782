import { formatTiyn } from '../format/money.ts';

/** FILE-16: the sum a secretary types ("500000,50", "500 000.5") in tiyn; null when it is not a positive sum with at most two decimals. */
export function tiynOf(text: string): number | null {
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const tiyn = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return tiyn > 0 && Number.isSafeInteger(tiyn) ? tiyn : null;
}

/**
 * FILE-16, X-1: the writ card's sum ("500000", "123456.78") as people read it — `500 000,00 ₸`, a foreign
 * currency by its code — never the raw card text with "KZT". A sum the card does not write so stays as it came.
 */
export function writSum(amount: string, currency: string): string {
  const match = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) return `${amount} ${currency}`;
  return formatTiyn(`${BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'))}`, currency);
}
