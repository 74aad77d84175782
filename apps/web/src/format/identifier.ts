// ENF-1: the debtor's and the claimant's IIN (ЖСН/ИИН) or BIN (БСН/БИН).
// Both share one check digit; the rule lives in @oryndau/kz, the same code
// the server runs, so the browser refuses exactly what the server would and
// a typo is caught before the form is sent.
import { validateBin, validateIin } from '@oryndau/kz';

export type IdentifierKind = 'individual' | 'legal_entity';

/** `format`: not 12 digits; `checksum`: 12 digits that no registry issues. */
export type IdentifierProblem = 'format' | 'checksum';

export function identifierProblem(value: string, kind: IdentifierKind): IdentifierProblem | null {
  const result = kind === 'individual' ? validateIin(value) : validateBin(value);
  if (result.ok) return null;
  // "impossible" (no check digit exists) reads to a person like a wrong last digit.
  return result.error === 'format' ? 'format' : 'checksum';
}
