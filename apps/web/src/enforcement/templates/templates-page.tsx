import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { Template } from '../../api/enforcement-types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { forgetReference, useReference } from '../use-reference.ts';
import { TemplateEditor } from './template-editor.tsx';

/** ENF-6 (administrator): the resolution and request templates; saving makes a new version, old acts keep theirs. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [templates, reload] = useLoad(() => enforcementApi.templates(), 'templates');
  const [reference] = useReference();
  const [editing, setEditing] = useState<Template | null>(null);

  const columns: TableColumnsType<Template> = [
    // ISSUE-13 item 3: the template's code (`enf.initiation`) is no word for a reader; its title names it.
    { title: t('enf.templates.titleColumn'), key: 'title', render: (_: unknown, tpl) => tpl.title[language] },
    { title: t('enf.docs.category'), dataIndex: 'category', render: (c: Template['category']) => t(`enf.docs.categories.${c}`) },
    { title: t('enf.templates.version'), dataIndex: 'version', align: 'right' },
    {
      title: t('enf.templates.needsApproval'),
      dataIndex: 'needsApproval',
      render: (needs: boolean) => (needs ? <Tag color="gold">{t('enf.yes')}</Tag> : <Tag>{t('enf.no')}</Tag>),
    },
    {
      title: '',
      key: 'edit',
      // ISSUE-13 item 6: the buttons stay in sight while the other columns scroll sideways.
      fixed: 'right',
      render: (_: unknown, tpl) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(tpl)} data-testid={`template-edit-${tpl.code}`}>
          {t('enf.templates.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('enf.templates.title')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload}>{t('enf.refresh')}</Button>
      </div>
      {templates.status === 'error' && <ErrorAlert error={templates.error} />}
      <Table<Template>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={templates.status === 'ok' ? templates.data.templates : []}
        loading={templates.status === 'loading'}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(tpl) => (tpl.code === editing?.code ? 'row--selected' : '')}
        data-testid="templates-table"
      />
      {editing !== null && (
        <TemplateEditor
          key={`${editing.code}-${editing.version}`}
          template={editing}
          placeholders={reference.status === 'ok' ? reference.data.placeholders : []}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            // The cards' template pickers read templates from the reference data.
            forgetReference();
            setEditing(saved);
            reload();
          }}
        />
      )}
    </Space>
  );
}
