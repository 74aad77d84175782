import { describe, expect, it } from 'vitest';
import { articleText, fineClaimEssence, localizeClaimEssence, parseArticleReference } from './fine-article';

describe('ISSUE-13 item 5 (X-1, SIMP-1): a fine\'s article and claim in Kazakh and Russian', () => {
  it('ISSUE-13 item 5: reads the usual Russian forms of an article reference', () => {
    expect(parseArticleReference('ст. 610 ч. 1 КоАП РК')).toEqual({ article: '610', part: '1' });
    expect(parseArticleReference('ст.610 ч.1 КоАП')).toEqual({ article: '610', part: '1' });
    expect(parseArticleReference('статья 592, часть 3 КоАП РК')).toEqual({ article: '592', part: '3' });
    expect(parseArticleReference('ч. 2 ст. 73-1 КоАП РК')).toEqual({ article: '73-1', part: '2' });
    expect(parseArticleReference('ст. 434 КоАП РК')).toEqual({ article: '434', part: null });
    expect(parseArticleReference('ӘҚБтК 610-бабының 1-бөлігі')).toEqual({ article: '610', part: '1' });
    expect(parseArticleReference('какой-то текст')).toBeNull();
  });

  it('ISSUE-13 item 5: writes the reference the Kazakh way on kk and the Russian way on ru', () => {
    expect(articleText('ст. 610 ч. 1 КоАП РК', 'kk')).toBe('ӘҚБтК 610-бабының 1-бөлігі');
    expect(articleText('ст. 610 ч. 1 КоАП РК', 'ru')).toBe('ст. 610 ч. 1 КоАП РК');
    expect(articleText('ст. 434 КоАП РК', 'kk')).toBe('ӘҚБтК 434-бабы');
    expect(articleText('ӘҚБтК 610-бабының 1-бөлігі', 'ru')).toBe('ст. 610 ч. 1 КоАП РК');
    // Unrecognised text is never guessed at: shown as it came, in both languages.
    expect(articleText(' Закон о чём-то ', 'kk')).toBe('Закон о чём-то');
  });

  it('ISSUE-13 item 5: the claim written for a fine, in both languages', () => {
    expect(fineClaimEssence('ст. 610 ч. 1 КоАП РК')).toEqual({
      kk: 'Әкімшілік айыппұлды өндіріп алу: ӘҚБтК 610-бабының 1-бөлігі',
      ru: 'Взыскание административного штрафа: ст. 610 ч. 1 КоАП РК',
    });
  });

  it('ISSUE-13 item 5: a stored fine claim is shown in the language asked; other claims are left alone', () => {
    const stored = 'Взыскание административного штрафа: ст. 610 ч. 1 КоАП РК';
    expect(localizeClaimEssence(stored, 'kk')).toBe('Әкімшілік айыппұлды өндіріп алу: ӘҚБтК 610-бабының 1-бөлігі');
    expect(localizeClaimEssence(stored, 'ru')).toBe(stored);
    expect(localizeClaimEssence('Әкімшілік айыппұлды өндіріп алу: ӘҚБтК 610-бабының 1-бөлігі', 'ru')).toBe(stored);
    expect(localizeClaimEssence('Взыскание алиментов', 'kk')).toBe('Взыскание алиментов');
  });
});
