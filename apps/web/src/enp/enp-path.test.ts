import { describe, expect, it } from 'vitest';
import { enpPath, enpViewFromPath, ENP_VIEWS } from './enp-path.ts';

describe('ENP-3: the portal\'s paths', () => {
  it('ENP-3: /enp and its pages are the portal; other paths are not', () => {
    expect(enpViewFromPath('/enp')).toBe('search');
    expect(enpViewFromPath('/enp/')).toBe('search');
    expect(enpViewFromPath('/enp/courts')).toBe('courts');
    expect(enpViewFromPath('/enp/case/')).toBe('case');
    expect(enpViewFromPath('/enp/unknown')).toBe('search');
    expect(enpViewFromPath('/enp/a/b')).toBe('search');
    expect(enpViewFromPath('/')).toBeNull();
    expect(enpViewFromPath('/enpx')).toBeNull();
    expect(enpViewFromPath('/s/token')).toBeNull();
  });

  it('ENP-3: every view has a path that leads back to it', () => {
    for (const view of ENP_VIEWS) expect(enpViewFromPath(enpPath(view))).toBe(view);
  });
});
