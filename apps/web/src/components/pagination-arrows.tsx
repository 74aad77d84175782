import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { PaginationProps } from 'antd';
import type { TFunction } from 'i18next';

/**
 * ISSUE-13 item 13: antd's «previous/next page» arrows are buttons with only an
 * icon (named «left»/«right» in English). These carry the page's words. Use as
 * `pagination={{ itemRender: namedArrows(t) }}`.
 */
export function namedArrows(t: TFunction): NonNullable<PaginationProps['itemRender']> {
  return (_page, type, original) => {
    if (type === 'prev') {
      return <button type="button" className="ant-pagination-item-link" aria-label={t('a11y.previousPage')}><LeftOutlined aria-hidden /></button>;
    }
    if (type === 'next') {
      return <button type="button" className="ant-pagination-item-link" aria-label={t('a11y.nextPage')}><RightOutlined aria-hidden /></button>;
    }
    return original;
  };
}
