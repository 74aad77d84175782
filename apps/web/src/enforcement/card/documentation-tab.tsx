import { DeleteOutlined, EditOutlined, FileAddOutlined, FilePdfOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyPageUrl } from '../../api/api.ts';
import { documentContentUrl } from '../../api/enforcement-api.ts';
import type { Act, ActParams, ProceedingCard, Reference, Template } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/date-time.ts';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { useSession } from '../../session/session-context.tsx';
import { isLostRace } from '../lost-race.ts';
import { pickableTemplates } from '../act-kinds.ts';
import { ActStatusTag } from '../status-tags.tsx';
import { DocumentLanguage } from './document-language.tsx';
import type { ActFlow } from './use-act-flow.tsx';

type Props = { card: ProceedingCard; reference: Reference; flow: ActFlow };

/** ENF-6 «Документация»: «Шаблоны документов» → category → template → «Сформировать», and «Документы» with their signatures. */
export function DocumentationTab({ card, reference, flow }: Props) {
  return (
    <Space orientation="vertical" size="large" className="page">
      {card.canAct && <TemplatePicker reference={reference} flow={flow} />}
      <DocumentsList card={card} flow={flow} />
    </Space>
  );
}

type PickValues = { category: Template['category']; templateCode?: string; requestType?: string; reason?: string; locale: UiLanguage };

function TemplatePicker({ reference, flow }: { reference: Reference; flow: ActFlow }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<PickValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const category = Form.useWatch('category', form) ?? 'resolution';
  const templates = pickableTemplates(reference.templates, category);

  const submit = async (values: PickValues) => {
    if (values.templateCode === undefined) return;
    const params: ActParams = {};
    if (values.requestType !== undefined) params.requestType = values.requestType;
    const reason = values.reason?.trim() ?? '';
    if (reason !== '') params.reason = reason;
    setBusy(true);
    setError(null);
    try {
      await flow.generate({
        templateCode: values.templateCode,
        locale: values.locale,
        ...(Object.keys(params).length === 0 ? {} : { params }),
      });
      form.setFieldsValue({ templateCode: undefined, reason: undefined });
    } catch (caught) {
      // A lost race is already shown above the tabs.
      if (!isLostRace(caught)) setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('enf.docs.templates')}>
      <Form<PickValues> form={form} layout="vertical" name="template-picker" initialValues={{ category: 'resolution', locale: language }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<PickValues>) => {
          if (changed.category !== undefined) form.setFieldsValue({ templateCode: undefined, requestType: undefined });
        }}>
        <div className="filters-grid">
          <Form.Item label={t('enf.docs.category')} name="category">
            <Radio.Group optionType="button" data-testid="template-category"
              options={[{ value: 'resolution', label: t('enf.docs.categories.resolution') }, { value: 'request', label: t('enf.docs.categories.request') }]} />
          </Form.Item>
          <Form.Item label={t('enf.docs.template')} name="templateCode" className="filters-grid__wide"
            rules={[{ required: true, message: t('enf.docs.templateRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} data-testid="template-select" notFoundContent={t('enf.docs.noTemplates')}
              options={templates.map((tpl) => ({ value: tpl.code, label: tpl.title[language] }))} />
          </Form.Item>
          {category === 'request' && (
            <Form.Item label={t('enf.requests.type')} name="requestType" className="filters-grid__wide"
              rules={[{ required: true, message: t('enf.requests.typeRequired') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} data-testid="template-request-type"
                options={reference.requestTypes.map((rt) => ({ value: rt.code, label: `${rt.name[language]} — ${rt.agency[language]}` }))} />
            </Form.Item>
          )}
          <DocumentLanguage />
          <Form.Item label={t('enf.act.reason')} name="reason" className="filters-grid__full" extra={t('enf.act.reasonHint')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="template-reason" />
          </Form.Item>
        </div>
        {error !== null && <ErrorAlert error={error} />}
        <Button type="primary" htmlType="submit" icon={<FileAddOutlined />} loading={busy} data-testid="template-generate">
          {t('enf.docs.generate')}
        </Button>
      </Form>
    </Card>
  );
}

/** ISSUE-13 item 8: «Удалить черновик», asked once; a failure (signed meanwhile) is shown in a message. */
function DiscardButton({ act, flow }: { act: Act; flow: ActFlow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Popconfirm title={t('flows.draft.discardQuestion')} okText={t('flows.draft.discardYes')} cancelText={t('enf.cancel')}
      okButtonProps={{ danger: true, 'data-testid': `discard-confirm-${act.id}` }}
      onConfirm={() => flow.discard(act).catch((caught: unknown) => { void message.error(asApiError(caught).message); })}>
      <Button size="small" danger icon={<DeleteOutlined />} data-testid={`discard-${act.id}`}>{t('flows.draft.discard')}</Button>
    </Popconfirm>
  );
}

function DocumentsList({ card, flow }: { card: ProceedingCard; flow: ActFlow }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { user } = useSession();
  const acts = [...card.acts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const at = (iso: string | null) => (iso === null ? '—' : formatDateTime(iso, language, card.timeZone));
  const columns: TableColumnsType<Act> = [
    {
      title: t('enf.docs.title'),
      key: 'title',
      render: (_: unknown, act) => (
        <div className="act-title">
          <span>{act.title[language]}</span>
          <Typography.Text type="secondary">{t('enf.docs.languageOf', { language: act.locale === 'kk' ? t('enf.act.localeKk') : t('enf.act.localeRu') })}</Typography.Text>
          {act.returnReason !== null && <Typography.Text type="warning">{t('enf.docs.returned', { reason: act.returnReason })}</Typography.Text>}
          {act.rejection !== null && <Typography.Text type="danger">{act.rejection[language]}</Typography.Text>}
        </div>
      ),
    },
    {
      title: t('enf.docs.status'),
      key: 'status',
      render: (_: unknown, act) => (
        <Space size={4} wrap>
          <ActStatusTag status={act.status} />
          {act.stale && <Tag color="orange" data-testid={`act-stale-${act.id}`}>{t('flows.draft.stale')}</Tag>}
        </Space>
      ),
    },
    { title: t('enf.docs.createdAt'), key: 'created', render: (_: unknown, act) => <span>{at(act.createdAt)}<br />{act.createdBy.fullName}</span> },
    { title: t('enf.docs.signedAt'), dataIndex: 'signedAt', render: at },
    {
      title: t('enf.docs.approved'),
      key: 'approved',
      render: (_: unknown, act) => (act.approvedAt === null ? '—' : <span>{at(act.approvedAt)}<br />{act.approvedBy?.fullName ?? ''}</span>),
    },
    {
      title: '',
      key: 'links',
      // ISSUE-13 item 6: the buttons stay in sight while the other columns scroll sideways.
      fixed: 'right',
      render: (_: unknown, act) => (
        <Space wrap size="small">
          {act.status === 'draft' && act.createdBy.id === user?.id && card.canAct && (act.stale ? (
            <Button size="small" type="primary" icon={<ReloadOutlined />} onClick={() => flow.sign(act)} data-testid={`regenerate-${act.id}`}>
              {t('flows.draft.regenerate')}
            </Button>
          ) : (
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => flow.sign(act)} data-testid={`sign-${act.id}`}>
              {t('enf.docs.sign')}
            </Button>
          ))}
          {act.status === 'draft' && act.createdBy.id === user?.id && card.canAct && <DiscardButton act={act} flow={flow} />}
          <a href={documentContentUrl(act.documentId)} target="_blank" rel="noreferrer" data-testid={`act-pdf-${act.id}`}>
            <FilePdfOutlined aria-hidden /> PDF
          </a>
          {act.signedAt !== null && (
            <a href={verifyPageUrl(act.documentId)} target="_blank" rel="noreferrer" data-testid={`act-verify-${act.id}`}>
              <SafetyCertificateOutlined aria-hidden /> {t('enf.docs.verify')}
            </a>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card size="small" title={t('enf.docs.documents')}>
      <Table<Act> rowKey="id" size="small" columns={columns} dataSource={acts} pagination={false}
        scroll={{ x: 'max-content' }} data-testid="acts-table" locale={{ emptyText: t('enf.docs.none') }} />
    </Card>
  );
}
