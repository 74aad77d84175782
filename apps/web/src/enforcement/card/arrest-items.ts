import type { ArrestedItemKind, ArrestItemInput, ArrestKind } from '../../api/enforcement-types.ts';
import { tengeToTiynString } from '../../format/money.ts';

/** One row of the arrest dialog, as typed: the value in tenge. */
export type ItemValues = { kind: ArrestedItemKind; description: string; identifier?: string; value?: string };

/** What may be arrested under each kind of arrest; a travel restriction names no property. */
export const itemKinds = {
  accounts: ['bank_account'],
  property: ['real_estate', 'vehicle', 'other'],
  travel: [],
} as const satisfies Record<ArrestKind, readonly ArrestedItemKind[]>;

/** The form's item rows → ActParams items; blank optional fields are left out, the value goes as tiyn. */
export function toArrestItems(rows: ItemValues[] | undefined): ArrestItemInput[] {
  return (rows ?? []).map((row) => {
    const item: ArrestItemInput = { kind: row.kind, description: row.description.trim() };
    const identifier = row.identifier?.trim();
    if (identifier !== undefined && identifier !== '') item.identifier = identifier;
    const tiyn = row.value === undefined || row.value.trim() === '' ? null : tengeToTiynString(row.value);
    if (tiyn !== null) item.valueTiyn = tiyn;
    return item;
  });
}
