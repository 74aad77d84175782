import type { ThemeConfig } from 'antd';
import { stateColours } from './state-colours.ts';

/**
 * Greys for secondary text that pass WCAG AA (4.5:1) on white and on the page
 * background (ISSUE-13 item 13). antd's defaults are translucent black at 45 %
 * (IINs, descriptions: 3.35:1) and 25 % (placeholders, empty tables: 1.8:1).
 */
export const readableGreys = {
  /** Secondary text: IINs under names, descriptions, hints. */
  description: '#5C666B',
  /** Placeholders and "nothing here" texts. */
  placeholder: '#656F74',
} as const;

/** Danger buttons and error messages: antd's #ff4d4f reads at 3.3:1 on white; this red at AA. */
export const readableError = '#B3261E';

/**
 * Hover and pressed shades of the primary teal. antd derives a LIGHTER hover
 * colour from colorPrimary, which falls under 4.5:1 as tab, link and text
 * colour: a tab under the pointer failed axe's contrast check. Darker shades
 * keep hovered text readable and white text on hovered buttons too.
 */
export const primaryHover = '#005E6F';
export const primaryActive = '#004C5A';

/** The page background (styles.css --page-bg), which secondary text also stands on. */
export const pageBackground = '#F3F8FA';

/** The antd theme of every screen: the signed-in app and the debtor's page. */
export const antdTheme: ThemeConfig = {
  token: {
    colorPrimary: stateColours.primary,
    colorLink: stateColours.primary,
    colorPrimaryHover: primaryHover,
    colorPrimaryActive: primaryActive,
    colorLinkHover: primaryHover,
    colorLinkActive: primaryActive,
    borderRadius: 6,
    colorTextTertiary: readableGreys.description,
    colorTextDescription: readableGreys.description,
    colorTextQuaternary: readableGreys.placeholder,
    colorTextPlaceholder: readableGreys.placeholder,
    colorError: readableError,
  },
  components: {
    // An empty table says so in colorTextDisabled; here it is a message to read, not a disabled control.
    Table: { colorTextDisabled: readableGreys.placeholder },
    Tabs: { itemHoverColor: primaryHover, itemActiveColor: primaryActive },
  },
};
