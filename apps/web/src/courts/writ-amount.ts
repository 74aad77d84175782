/** FILE-16: the sum a secretary types ("500000,50", "500 000.5") in tiyn; null when it is not a positive sum with at most two decimals. */
export function tiynOf(text: string): number | null {
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const tiyn = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return tiyn > 0 && Number.isSafeInteger(tiyn) ? tiyn : null;
}
