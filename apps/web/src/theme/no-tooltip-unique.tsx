import type { ReactNode } from 'react';

/**
 * ISSUE-13 item 12: stands in for antd's `tooltip/UniqueProvider` (see
 * vite.config.ts). antd's ConfigProvider imports it statically but renders
 * it only for a `tooltip` setting with `unique: true`, which Oryndau never gives;
 * the real one brings the whole popup-positioning library (@rc-component/trigger)
 * to pages without a single tooltip, such as the debtor's page.
 */
// eslint-disable-next-line no-restricted-syntax -- antd imports this module's default export
export default function NoUniqueTooltips({ children }: { children?: ReactNode }) {
  return children;
}
