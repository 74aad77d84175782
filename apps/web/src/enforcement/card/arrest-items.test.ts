import { describe, expect, it } from 'vitest';
import { itemKinds, toArrestItems } from './arrest-items.ts';

describe('ENF-10: arrest items become ActParams', () => {
  it('ENF-10: trims text, leaves blank identifiers out and sends the value as tiyn', () => {
    expect(toArrestItems([
      { kind: 'vehicle', description: ' Toyota Camry ', identifier: ' 123ABC02 ', value: '5 500 000' },
      { kind: 'other', description: 'Мебель', identifier: '  ', value: '' },
    ])).toEqual([
      { kind: 'vehicle', description: 'Toyota Camry', identifier: '123ABC02', valueTiyn: '550000000' },
      { kind: 'other', description: 'Мебель' },
    ]);
    expect(toArrestItems(undefined)).toEqual([]);
  });

  it('ENF-10: offers bank accounts for an arrest of accounts and nothing for a travel restriction', () => {
    expect(itemKinds.accounts).toEqual(['bank_account']);
    expect(itemKinds.travel).toEqual([]);
  });
});
