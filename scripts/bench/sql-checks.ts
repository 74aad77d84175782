// SQL expressions for the check digits of generated identifiers, built
// once as text so a million rows are checked inline, without a function
// call per row. The rules are those of packages/kz (IIN/BIN) and
// packages/domain (registration-number Luhn digit); the seed verifies a
// sample of its output against those TypeScript functions.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

const weightedSum = (column: string, weights: number[]) =>
  `(${weights.map((w, i) => `substr(${column}, ${i + 1}, 1)::int * ${w}`).join(' + ')}) % 11`;

/**
 * The IIN/BIN check digit (an int) of an 11-digit text column, or NULL
 * when both passes give 10 (no such number is ever issued).
 */
export function identifierCheckDigitSql(first11: string): string {
  const first = weightedSum(first11, FIRST_WEIGHTS);
  const second = weightedSum(first11, SECOND_WEIGHTS);
  return `(CASE WHEN ${first} <> 10 THEN ${first} WHEN ${second} <> 10 THEN ${second} END)`;
}

/** Digits the Luhn expression handles; leading zeros do not change a Luhn sum. */
const LUHN_WIDTH = 24;

/** The Luhn check digit (an int) of a text column of at most 24 digits, rightmost digit doubled. */
export function luhnCheckDigitSql(digits: string): string {
  const padded = `lpad(${digits}, ${LUHN_WIDTH}, '0')`;
  const terms: string[] = [];
  for (let i = 0; i < LUHN_WIDTH; i++) {
    const digit = `substr(${padded}, ${LUHN_WIDTH - i}, 1)::int`;
    terms.push(i % 2 === 0 ? `(ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[${digit} + 1]` : digit);
  }
  return `((10 - (${terms.join(' + ')}) % 10) % 10)`;
}
