import { CloseCircleFilled } from '@ant-design/icons';
import type { TFunction } from 'i18next';

/**
 * ISSUE-13 item 13: antd's clear button of an input or select is named by its
 * icon, «close-circle» in English; this one is named in the reader's language.
 * Use as `allowClear={clearable(t)}`.
 */
export function clearable(t: TFunction): { clearIcon: React.ReactNode } {
  return { clearIcon: <CloseCircleFilled aria-label={t('a11y.clear')} /> };
}
