import { describe, expect, it } from 'vitest';
import { antdTheme, pageBackground, primaryActive, primaryHover, readableError, readableGreys } from './antd-theme.ts';
import { contrastRatio, stateColours } from './state-colours.ts';

describe('antd theme', () => {
  it('ISSUE-13 item 13, X-1: secondary, placeholder, empty-state and danger text reach WCAG AA 4.5:1 on white, the page and a table header', () => {
    for (const grey of [...Object.values(readableGreys), readableError]) {
      for (const background of ['#FFFFFF', pageBackground, '#FAFAFA']) {
        expect(contrastRatio(grey, background), `${grey} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('ISSUE-13 item 13: the theme uses those greys where antd draws secondary, placeholder and empty-table text', () => {
    const token = antdTheme.token ?? {};
    expect(token.colorTextDescription).toBe(readableGreys.description);
    expect(token.colorTextTertiary).toBe(readableGreys.description);
    expect(token.colorTextPlaceholder).toBe(readableGreys.placeholder);
    expect(token.colorTextQuaternary).toBe(readableGreys.placeholder);
    expect(token.colorError).toBe(readableError);
    expect(antdTheme.components?.Table?.colorTextDisabled).toBe(readableGreys.placeholder);
  });

  it('ISSUE-13 item 13: hovered and pressed links, tabs and buttons stay at AA — as text on white and the page, and under white text', () => {
    for (const shade of [stateColours.primary, primaryHover, primaryActive]) {
      for (const background of ['#FFFFFF', pageBackground]) {
        expect(contrastRatio(shade, background), `${shade} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    const token = antdTheme.token ?? {};
    expect([token.colorPrimaryHover, token.colorLinkHover, antdTheme.components?.Tabs?.itemHoverColor]).toEqual([primaryHover, primaryHover, primaryHover]);
    expect([token.colorPrimaryActive, token.colorLinkActive, antdTheme.components?.Tabs?.itemActiveColor]).toEqual([primaryActive, primaryActive, primaryActive]);
  });
});
