import { EditOutlined, PlusOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Empty, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { ProceedingCard, Reference, SiopsoAnswer, SiopsoRequest } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/date-time.ts';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { useSession } from '../../session/session-context.tsx';
import { isLostRace } from '../lost-race.ts';
import { requestTemplate } from '../act-kinds.ts';
import { RequestStatusTag } from '../status-tags.tsx';
import { DocumentLanguage } from './document-language.tsx';
import type { ActFlow } from './use-act-flow.tsx';

type Props = { card: ProceedingCard; reference: Reference; flow: ActFlow; reload: () => void; loading: boolean };

/** ENF-7 «Запросы»: pick a request type → «Новый запрос» → sign → «Отправить запрос»; answers stay on the proceeding. */
export function RequestsTab({ card, reference, flow, reload, loading }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { user } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ requestType: string; locale: UiLanguage }>();
  const [creating, setCreating] = useState(false);
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const at = (iso: string | null) => (iso === null ? '—' : formatDateTime(iso, language, card.timeZone));

  const create = async (values: { requestType: string; locale: UiLanguage }) => {
    setCreating(true);
    setError(null);
    try {
      await flow.generate({ templateCode: requestTemplate, locale: values.locale, params: { requestType: values.requestType } });
    } catch (caught) {
      // A lost race is already shown above the tabs.
      if (!isLostRace(caught)) setError(asApiError(caught));
    } finally {
      setCreating(false);
    }
  };

  const send = async (request: SiopsoRequest) => {
    setSending(request.id);
    setError(null);
    try {
      await enforcementApi.sendRequest(request.id);
      void message.success(t('enf.requests.queued'));
      reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSending(null);
    }
  };

  const columns: TableColumnsType<SiopsoRequest> = [
    { title: t('enf.requests.type'), key: 'type', render: (_: unknown, r) => r.typeName[language] },
    { title: t('enf.requests.agency'), key: 'agency', render: (_: unknown, r) => r.agency[language] },
    {
      title: t('enf.requests.status'),
      key: 'status',
      render: (_: unknown, r) => (
        <Space orientation="vertical" size={0}>
          <span data-testid={`request-status-${r.id}`}><RequestStatusTag status={r.status} /></span>
          {r.status === 'failed' && r.lastError !== null && (
            <Typography.Text type="danger" data-testid={`request-error-${r.id}`}>
              {r.agencyError?.[language] ?? t(`enf.requests.problem.${problemKey(r.lastError)}`)}
            </Typography.Text>
          )}
          {r.status === 'sending' && r.lastError !== null && <Typography.Text type="warning">{t('enf.requests.retrying')}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('enf.requests.createdAt'), dataIndex: 'createdAt', render: at },
    { title: t('enf.requests.sentAt'), dataIndex: 'sentAt', render: at },
    { title: t('enf.requests.answeredAt'), dataIndex: 'answeredAt', render: at },
    { title: t('enf.requests.attempts'), dataIndex: 'attempts', align: 'right' },
    {
      title: '',
      key: 'actions',
      // ISSUE-13 item 6: the buttons stay in sight while the other columns scroll sideways.
      fixed: 'right',
      render: (_: unknown, r) => {
        const act = card.acts.find((a) => a.id === r.actId);
        if (r.status === 'draft' && act?.status === 'draft' && act.createdBy.id === user?.id) {
          return <Button size="small" icon={<EditOutlined />} onClick={() => flow.sign(act)} data-testid={`sign-${act.id}`}>{t('enf.docs.sign')}</Button>;
        }
        if ((r.status === 'signed' || r.status === 'failed') && card.canAct) {
          return (
            <Button size="small" type="primary" icon={<SendOutlined />} loading={sending === r.id} onClick={() => void send(r)}
              data-testid={`request-send-${r.id}`}>
              {t(r.status === 'failed' ? 'enf.requests.resend' : 'enf.requests.send')}
            </Button>
          );
        }
        return null;
      },
    },
  ];

  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="toolbar">
      {card.canAct && (
        <Form form={form} layout="inline" name="new-request" className="inline-form" initialValues={{ locale: language }}
          onFinish={(values) => void create(values)}>
          <Form.Item label={t('enf.requests.type')} name="requestType" rules={[{ required: true, message: t('enf.requests.typeRequired') }]}>
            <Select className="select-wide" showSearch={{ optionFilterProp: 'label' }} data-testid="request-type"
              options={reference.requestTypes.map((rt) => ({ value: rt.code, label: `${rt.name[language]} — ${rt.agency[language]}` }))} />
          </Form.Item>
          <DocumentLanguage />
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={creating} data-testid="request-new">
              {t('enf.requests.new')}
            </Button>
          </Form.Item>
        </Form>
      )}
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading} data-testid="requests-refresh" className="toolbar__end">
          {t('enf.requests.refresh')}
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <Table<SiopsoRequest>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={card.requests}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="requests-table"
        locale={{ emptyText: t('enf.requests.none') }}
        expandable={{ expandedRowRender: (r) => <Answer answer={r.answer} />, rowExpandable: (r) => r.answer !== null }}
      />
    </Space>
  );
}

const PROBLEMS = ['unavailable', 'timeout', 'rejected', 'bad_response', 'not_found', 'agency_error'] as const;
/** Server-side failure codes → catalog keys; anything unknown reads as a plain sending error. */
export function problemKey(code: string): (typeof PROBLEMS)[number] | 'error' {
  return (PROBLEMS as readonly string[]).includes(code) ? (code as (typeof PROBLEMS)[number]) : 'error';
}

/** An agency's answer: what it found, item by item, each field as label/value in the screen's language. */
function Answer({ answer }: { answer: SiopsoAnswer | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (answer === null) return null;
  return (
    <Space orientation="vertical" size="small" className="page" data-testid="request-answer">
      <Space wrap>
        <Tag color={answer.found ? 'green' : 'default'}>{answer.found ? t('enf.requests.found') : t('enf.requests.notFound')}</Tag>
        <Typography.Text type="secondary">{answer.agency[language]}</Typography.Text>
      </Space>
      <Typography.Paragraph className="answer__summary">{answer.summary[language]}</Typography.Paragraph>
      {answer.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enf.requests.noItems')} />}
      {answer.items.map((item, index) => (
        <Descriptions key={index} title={item.title[language]} bordered size="small" column={{ xs: 1, md: 2 }}
          items={item.fields.map((field) => ({ key: field.key, label: field.label[language], children: field.value[language] }))} />
      ))}
    </Space>
  );
}
