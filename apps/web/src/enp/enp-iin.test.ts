import { describe, expect, it } from 'vitest';
import { acceptIinInput, iinState } from './enp-iin.ts';

describe('ENP-3: the IIN field — digits only, exactly 12', () => {
  it('ENP-3: keeps digits, drops anything else and says so, never more than 12', () => {
    expect(acceptIinInput('8506')).toEqual({ value: '8506', rejected: false });
    expect(acceptIinInput('85a06')).toEqual({ value: '8506', rejected: true });
    expect(acceptIinInput('850 615 300 123')).toEqual({ value: '850615300123', rejected: true });
    expect(acceptIinInput('8506153001234')).toEqual({ value: '850615300123', rejected: true });
    expect(acceptIinInput('')).toEqual({ value: '', rejected: false });
  });

  it('ENP-3: the state shown as one types: empty, short, complete', () => {
    expect(iinState('')).toBe('empty');
    expect(iinState('85061530012')).toBe('short');
    expect(iinState('850615300123')).toBe('complete');
  });
});
