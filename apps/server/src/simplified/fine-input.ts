import { z } from 'zod';
import { isoDate, kato, text } from '@oryndau/contracts';

/**
 * One fine as ЕРАП sends it for compulsory collection (SIMP-1), aligned with
 * the ЕРАП port's `ErapFine`: the amount comes as a decimal string in tenge
 * (`"36 920,00"`, `"36920.5"`) or as integer tiyn.
 */
export const erapFineItemSchema = z.object({
  erapFineId: text(64, { min: 1 }),
  debtorIin: text(20),
  debtorName: text(300, { min: 1 }),
  amount: text(40).optional(),
  amountTiyn: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  caseOpenedOn: isoDate(),
  territoryKato: kato,
  decision: z.object({
    number: text(64, { min: 1 }),
    date: isoDate(),
    enteredIntoForceOn: isoDate().optional(),
    article: text(300, { min: 1 }),
    issuingBody: text(300, { min: 1 }),
  }),
});

export type ErapFineItem = z.infer<typeof erapFineItemSchema>;

/** A parsed fine: the amount is always integer tiyn. */
export type ErapFineInput = Omit<ErapFineItem, 'amount' | 'amountTiyn'> & { amountTiyn: number };

/** "36 920,50" / "36920.5" ₸ → tiyn; null when it is not a positive amount with at most two decimals. */
export function parseTengeToTiyn(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const tiyn = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return tiyn > 0 && Number.isSafeInteger(tiyn) ? tiyn : null;
}

/** Tiyn → the card's decimal form "36920,50". */
export const tiynToCardAmount = (tiyn: number) => `${Math.trunc(tiyn / 100)},${String(tiyn % 100).padStart(2, '0')}`;

export type FineParse = { ok: true; fine: ErapFineInput } | { ok: false; erapFineId: string | null; fields: string[] };

/** Validates one item on its own, so a bad item never sinks the batch. */
export function parseFineItem(raw: unknown): FineParse {
  const idOf = (v: unknown) => (v && typeof v === 'object' && typeof (v as { erapFineId?: unknown }).erapFineId === 'string'
    ? (v as { erapFineId: string }).erapFineId : null);
  const parsed = erapFineItemSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, erapFineId: idOf(raw), fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))] };
  const { amount, amountTiyn, ...rest } = parsed.data;
  const fromText = amount === undefined ? null : parseTengeToTiyn(amount);
  if ((amount !== undefined && fromText === null) || (amount === undefined && amountTiyn === undefined)
    || (fromText !== null && amountTiyn !== undefined && fromText !== amountTiyn)) {
    return { ok: false, erapFineId: rest.erapFineId, fields: ['amount'] };
  }
  return { ok: true, fine: { ...rest, amountTiyn: fromText ?? amountTiyn! } };
}
