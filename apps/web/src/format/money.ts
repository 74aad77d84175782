// Money on screen. The API carries integer tiyn as strings so amounts above
// 2^53 survive JSON; all arithmetic here is BigInt, never floats. Written as
// in official documents, alike in kk and ru: `1 234 567,89 ₸`, thousands
// grouped with a no-break space, decimal comma, the unit after another
// no-break space so an amount never wraps.

export const NBSP = '\u00A0';

const INTEGER = /^-?\d+$/;

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Minor units (tiyn, cents) as `1 234,56`, no unit; null when the text is no integer. */
export function formatMinorUnits(minor: string | bigint): string | null {
  const text = typeof minor === 'bigint' ? minor.toString() : minor.trim();
  if (!INTEGER.test(text)) return null;
  const value = BigInt(text);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${group((abs / 100n).toString())},${(abs % 100n).toString().padStart(2, '0')}`;
}

/**
 * `"123456789"` tiyn → `1 234 567,89 ₸`. A foreign currency shows its ISO
 * code (`USD`), not a symbol. Anything that is not an integer string is
 * shown as it came rather than hidden: a wrong amount must stay visible.
 */
export function formatTiyn(tiyn: string | null | undefined, currency = 'KZT'): string {
  if (tiyn === null || tiyn === undefined || tiyn === '') return '—';
  const number = formatMinorUnits(tiyn);
  if (number === null) return tiyn;
  return `${number}${NBSP}${currency === 'KZT' ? '₸' : currency}`;
}

// What people type: `1234567.50`, `1 234 567,50`, with NBSP or thin spaces.
const AMOUNT = /^(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;

/** A typed amount to minor units (2 decimals at most, not negative); null when it is not one. */
export function parseAmount(text: string): bigint | null {
  const match = AMOUNT.exec(text.trim());
  if (match === null) return null;
  const whole = (match[1] ?? '').replace(/[ \u00A0\u202F\u2009]/g, '');
  return BigInt(whole) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** An exchange rate (`470,25`, `5.1234`): the digits as an integer and its scale; null when not a positive rate. */
export function parseRate(text: string): { units: bigint; scale: number } | null {
  const match = /^(\d+)(?:[.,](\d{1,6}))?$/.exec(text.trim().replace(/[ \u00A0\u202F\u2009]/g, ''));
  if (match === null) return null;
  const fraction = match[2] ?? '';
  const units = BigInt(`${match[1] ?? '0'}${fraction}`);
  return units === 0n ? null : { units, scale: fraction.length };
}

/**
 * ENF-1 «Сумма в тенге»: the amount in the document's currency times the
 * rate, to whole tiyn, rounding half away from zero (the rule a person
 * reproduces with a calculator). KZT needs no rate. Null when something is
 * missing or malformed — the preview then says nothing rather than guess.
 */
export function amountInTenge(amount: string, currency: string, rate: string | undefined): bigint | null {
  const minor = parseAmount(amount);
  if (minor === null) return null;
  if (currency === 'KZT') return minor;
  const parsed = rate === undefined ? null : parseRate(rate);
  if (parsed === null) return null;
  const divisor = 10n ** BigInt(parsed.scale);
  const product = minor * parsed.units;
  return (product + divisor / 2n) / divisor;
}

/** A typed tenge amount to a tiyn string for the API (`ActParams.arrest.items[].valueTiyn`). */
export function tengeToTiynString(text: string): string | null {
  const minor = parseAmount(text);
  return minor === null ? null : minor.toString();
}
