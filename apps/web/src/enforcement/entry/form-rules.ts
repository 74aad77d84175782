import type { TFunction } from 'i18next';
import type { PartyKind } from '../../api/enforcement-types.ts';
import { dayTextToIso } from '../../format/day.ts';
import { identifierProblem } from '../../format/identifier.ts';
import { parseAmount, parseRate } from '../../format/money.ts';

// antd validators for the entry form; each message comes from the catalogs.
type Check = (value: unknown) => string | null;

const asRule = (check: Check) => ({
  validator: (_rule: unknown, value: unknown) => {
    const problem = check(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
});

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export const requiredRule = (t: TFunction) => ({ required: true, whitespace: true, message: t('enf.validation.required') });

export const dayRule = (t: TFunction) => asRule((value) => (!filled(value) || dayTextToIso(value.trim()) !== null ? null : t('validation.date')));

export const amountRule = (t: TFunction) => asRule((value) => {
  if (!filled(value)) return null;
  const minor = parseAmount(value);
  return minor !== null && minor > 0n ? null : t('enf.validation.amount');
});

export const rateRule = (t: TFunction) => asRule((value) => (!filled(value) || parseRate(value) !== null ? null : t('enf.validation.rate')));

/** IIN for a person, BIN for an organisation: 12 digits with a valid check digit. */
export const identifierRule = (t: TFunction, kind: () => PartyKind | undefined) => asRule((value) => {
  if (!filled(value)) return null;
  const which = kind() ?? 'individual';
  const problem = identifierProblem(value.trim(), which);
  if (problem === null) return null;
  const id = which === 'individual' ? 'iin' : 'bin';
  return problem === 'format' ? t(`enf.validation.${id}Format`) : t(`enf.validation.${id}Checksum`);
});
