import { describe, expect, it } from 'vitest';
import { maskIdentifier, maskName } from './mask';

describe('masking on the public verification page', () => {
  it('SIG-7: masks names and IIN/BIN as personal data', () => {
    expect(maskName('Ахметова Айгүл Нұрланқызы')).toBe('А******а А. Н.');
    expect(maskName('ТЕСТОВ ТЕСТ')).toBe('Т****В Т.');
    expect(maskName('Ли')).toBe('Л*');
    expect(maskName(null)).toBeNull();
    expect(maskIdentifier('880415400004')).toBe('8804********');
  });
});
