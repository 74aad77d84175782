import { describe, expect, it } from 'vitest';
import { identifierProblem } from './identifier.ts';

describe('ENF-1: IIN/BIN of the parties, checked in the browser', () => {
  it('ENF-1: accepts IINs and BINs with a right check digit', () => {
    expect(identifierProblem('800101300006', 'individual')).toBeNull();
    expect(identifierProblem('850312300002', 'individual')).toBeNull();
    // 11 digits + the check digit computed with weights 1…11.
    expect(identifierProblem('940740000911', 'legal_entity')).toBeNull();
  });

  it('ENF-1: tells a wrong length from a wrong check digit', () => {
    expect(identifierProblem('80010130000', 'individual')).toBe('format');
    expect(identifierProblem('80010130000a', 'legal_entity')).toBe('format');
    expect(identifierProblem(' 800101300006', 'individual')).toBe('format');
    expect(identifierProblem('800101300007', 'individual')).toBe('checksum');
    expect(identifierProblem('940740000912', 'legal_entity')).toBe('checksum');
  });
});
