import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/enforcement-types.ts';
import { formatDay } from '../../format/day.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { OverdueTag } from '../status-tags.tsx';

const statusColour = { open: 'blue', done: 'green', cancelled: 'default' } as const satisfies Record<Task['status'], string>;

/** ENF-10 «Задачи»: the legal deadlines of the proceeding, overdue ones flagged; earliest first. */
export function TasksTab({ tasks, timeZone }: { tasks: Task[]; timeZone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const sorted = [...tasks].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const columns: TableColumnsType<Task> = [
    { title: t('enf.tasks.title'), key: 'title', render: (_: unknown, task) => task.title[language] },
    { title: t('enf.tasks.kind'), dataIndex: 'kind', render: (kind: Task['kind']) => t(`enf.tasks.kinds.${kind}`) },
    {
      title: t('enf.tasks.dueDate'),
      key: 'due',
      render: (_: unknown, task) => <span className="nowrap">{formatDay(task.dueDate, timeZone)} {task.overdue && <OverdueTag />}</span>,
    },
    { title: t('enf.tasks.status'), dataIndex: 'status', render: (status: Task['status']) => <Tag color={statusColour[status]}>{t(`enf.tasks.statuses.${status}`)}</Tag> },
  ];
  return (
    <Table<Task> rowKey={(task) => `${task.kind}-${task.dueDate}`} size="small" columns={columns} dataSource={sorted} pagination={false}
      rowClassName={(task) => (task.overdue ? 'proceeding-row--overdue' : '')}
      scroll={{ x: 'max-content' }} data-testid="tasks-table" locale={{ emptyText: t('enf.tasks.none') }} />
  );
}
