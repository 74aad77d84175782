import { ARREST_KINDS } from '@oryndau/contracts';
import { CarOutlined, HomeOutlined, StopOutlined, UnlockOutlined, WalletOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Arrest, ArrestKind, ProceedingCard } from '../../api/enforcement-types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDay } from '../../format/day.ts';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { arrestLiftTemplate } from '../act-kinds.ts';
import { ArrestModal } from './arrest-modal.tsx';
import { ArrestedItemsTable } from './arrested-property-tab.tsx';
import { DocumentLanguage } from './document-language.tsx';
import type { ActFlow } from './use-act-flow.tsx';
import { useGenerateDialog } from './use-generate-dialog.ts';

const kindIcons = { accounts: <WalletOutlined />, property: <HomeOutlined />, travel: <CarOutlined /> } as const;

/** ENF-10 «Аресты»: impose (accounts, property, travel restriction) and lift, each a signed act. */
export function ArrestsTab({ card, flow }: { card: ProceedingCard; flow: ActFlow }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState<ArrestKind | null>(null);
  const [lifting, setLifting] = useState<Arrest | null>(null);
  const day = (iso: string | null) => formatDay(iso, card.timeZone);

  const columns: TableColumnsType<Arrest> = [
    { title: t('enf.arrests.kind'), dataIndex: 'kind', render: (kind: ArrestKind) => <span>{kindIcons[kind]} {t(`enf.arrests.kinds.${kind}`)}</span> },
    {
      title: t('enf.arrests.status'),
      dataIndex: 'status',
      render: (status: Arrest['status']) => <Tag color={status === 'active' ? 'red' : 'default'}>{t(`enf.arrests.statuses.${status}`)}</Tag>,
    },
    { title: t('enf.arrests.imposedAt'), dataIndex: 'imposedAt', render: day },
    { title: t('enf.arrests.liftedAt'), dataIndex: 'liftedAt', render: day },
    { title: t('enf.arrests.liftReason'), dataIndex: 'liftReason', render: (reason: string | null) => reason ?? '' },
    {
      title: '',
      key: 'actions',
      // ISSUE-13 item 6: the buttons stay in sight while the other columns scroll sideways.
      fixed: 'right',
      render: (_: unknown, arrest) => arrest.status === 'active' && card.canAct && (
        <Button size="small" icon={<UnlockOutlined />} onClick={() => setLifting(arrest)} data-testid={`arrest-lift-${arrest.id}`}>
          {t('enf.arrests.lift')}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" className="page">
      {/* ISSUE-13 item 8: arrests need a proceeding in execution; before that the buttons say why they are off (the server refuses too). */}
      {card.canAct && card.status !== 'initiated' && (
        <Alert type="info" showIcon title={t('flows.arrests.notInitiated')} data-testid="arrests-not-initiated" />
      )}
      {card.canAct && (
        <Space wrap>
          {ARREST_KINDS.map((kind) => (
            <Button key={kind} icon={kind === 'travel' ? <StopOutlined /> : kindIcons[kind]} onClick={() => setCreating(kind)}
              disabled={card.status !== 'initiated'} data-testid={`arrest-new-${kind}`}>
              {t(`enf.arrests.new.${kind}`)}
            </Button>
          ))}
        </Space>
      )}
      <Table<Arrest>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={card.arrests}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="arrests-table"
        locale={{ emptyText: t('enf.arrests.none') }}
        expandable={{
          expandedRowRender: (arrest) => <ArrestedItemsTable items={card.arrestedProperty.filter((i) => i.arrestId === arrest.id)} />,
          rowExpandable: (arrest) => card.arrestedProperty.some((i) => i.arrestId === arrest.id),
        }}
      />
      {creating !== null && card.status === 'initiated' && <ArrestModal kind={creating} generate={flow.generate} onClose={() => setCreating(null)} />}
      {lifting !== null && <LiftModal arrest={lifting} generate={flow.generate} onClose={() => setLifting(null)} />}
    </Space>
  );
}

/** «Снять арест»: the reason is printed in the enf.arrest_lift resolution. */
function LiftModal({ arrest, generate, onClose }: { arrest: Arrest; generate: ActFlow['generate']; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<{ reason: string; locale: UiLanguage }>();
  const { busy, error, run } = useGenerateDialog(generate, onClose);

  const submit = async (values: { reason: string; locale: UiLanguage }) => {
    await run({ templateCode: arrestLiftTemplate, locale: values.locale, params: { arrestId: arrest.id, reason: values.reason.trim() } });
  };

  return (
    <Modal open title={`${t('enf.arrests.lift')}: ${t(`enf.arrests.kinds.${arrest.kind}`)}`} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={busy} okText={t('enf.act.generate')} cancelText={t('enf.cancel')} okButtonProps={{ 'data-testid': 'act-generate' }}
      destroyOnHidden mask={{ closable: false }}>
      <Form form={form} layout="vertical" name="arrest-lift" initialValues={{ locale: language }} onFinish={(values) => void submit(values)}>
        <Form.Item label={t('enf.arrests.liftReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('enf.validation.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="arrest-lift-reason" />
        </Form.Item>
        <DocumentLanguage />
        {error !== null && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
