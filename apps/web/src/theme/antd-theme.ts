import type { ThemeConfig } from 'antd';
import { stateColours } from './state-colours.ts';

/** The antd theme of every screen: the signed-in app and the debtor's page. */
export const antdTheme: ThemeConfig = {
  token: {
    colorPrimary: stateColours.primary,
    colorLink: stateColours.primary,
    borderRadius: 6,
  },
};
