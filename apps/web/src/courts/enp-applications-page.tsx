import { List, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { enpApplicationsApi } from '../api/enp-applications-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { useEnpApplicationsText } from './enp-applications-texts.ts';

/**
 * Issue 16 item 5 (ENP-9): the court office's queue of online ЭНП
 * applications — those waiting for a decision, oldest first (the home
 * counter links here), or the decided ones, newest first. Each opens the
 * application, where it is approved or refused.
 */
export function EnpApplicationsPage() {
  const et = useEnpApplicationsText();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const [decided, setDecided] = useState(false);
  const [loaded] = useLoad(() => enpApplicationsApi.queue(decided), `enp-applications-${String(decided)}`);
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="enp-applications-page">
      <Typography.Title level={1}>{et('title')}</Typography.Title>
      <Typography.Paragraph>{et('intro')}</Typography.Paragraph>
      <a href={hrefFor('enpEasdHistory')} data-testid="enp-easd-history-link">{et('easdLink')}</a>
      <Segmented<'waiting' | 'decided'> value={decided ? 'decided' : 'waiting'} onChange={(value) => setDecided(value === 'decided')}
        options={[{ value: 'waiting', label: et('waiting') }, { value: 'decided', label: et('decided') }]} />
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <List bordered dataSource={loaded.data.items} locale={{ emptyText: et('empty') }} data-testid="enp-applications"
          renderItem={(item) => (
            <List.Item data-testid="enp-application-item">
              <Space wrap>
                <a href={hrefFor('enpApplication', { id: item.id })} aria-label={et('openOf', { number: item.number ?? '' })}>{item.number}</a>
                <Typography.Text>{item.fullName} ({item.applicantIin})</Typography.Text>
                <Typography.Text>{et('case')}: {item.caseNumber}</Typography.Text>
                <Tag>{item.categoryName[language]}</Tag>
                <Tag color={item.status === 'approved' ? 'green' : item.status === 'refused' ? 'red' : 'blue'}>{item.statusName[language]}</Tag>
                <Typography.Text type="secondary">{et('submittedAt')}: {formatDateTime(item.submittedAt)}</Typography.Text>
              </Space>
            </List.Item>
          )} />
      )}
    </Space>
  );
}
