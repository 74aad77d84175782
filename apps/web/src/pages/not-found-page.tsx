import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router/hash-router.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('error.notFound')}
      extra={<Button type="primary" href={hrefFor('home')}>{t('error.toHome')}</Button>}
    />
  );
}
