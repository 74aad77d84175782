import { List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { archiveApi } from '../api/archive-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { useArchiveText } from './archive-texts.ts';

/**
 * FILE-17, §62: the court secretary's «Мұрағатқа тапсырылатын істер» /
 * «Дела к передаче в архив» — the court's cases due at the archive, by
 * handover day, overdue ones marked; each opens the case, whose «Мұрағат»
 * section prepares the inventory.
 */
export function ArchiveQueuePage() {
  const { t } = useTranslation();
  const at = useArchiveText();
  const language = useUiLanguage();
  const [loaded] = useLoad(() => archiveApi.queue(), 'archive-queue');
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('queue.courts.toArchive')}</Typography.Title>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <List bordered dataSource={loaded.data.items} locale={{ emptyText: at('queueEmpty') }} data-testid="archive-queue"
          renderItem={(item) => (
            <List.Item>
              <Space wrap>
                <a href={hrefFor('courtCase', { id: item.caseId })}>{at('queueCase', { number: item.number })}</a>
                <Tag>{item.statusName[language]}</Tag>
                <Typography.Text>{at('dueOn')}: {formatDay(item.dueOn, 'Asia/Almaty')}</Typography.Text>
                {item.overdue && <Tag color="red">{at('overdue')}</Tag>}
              </Space>
            </List.Item>
          )} />
      )}
    </Space>
  );
}
