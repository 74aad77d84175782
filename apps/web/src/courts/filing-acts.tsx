import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { courtActsApi } from '../api/court-acts-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { CourtActCard } from './court-act-card.tsx';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';

/** FILE-14 §47, FILE-15: the published acts of my filing's case in «Менің істерім» / «Мои дела» — download, legal force with its QR. */
export function FilingActs({ filingId }: { filingId: string }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const [loaded] = useLoad(() => courtActsApi.ofFiling(filingId), filingId);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  return (
    <Card title={t('courtActs.title')} size="small" data-testid="filing-acts">
      <Space orientation="vertical" className="page">
        {loaded.data.items.length === 0 && <Typography.Text type="secondary">{t('courtActs.none')}</Typography.Text>}
        {loaded.data.items.map((act) => <CourtActCard key={act.id} act={act} />)}
      </Space>
    </Card>
  );
}
