import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Modal, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../../api/courts-api.ts';
import type { RegistrationCard } from '../../api/courts-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError, useLoad } from '../../components/use-load.ts';
import { formatDay } from '../../format/day.ts';
import { formatTiyn } from '../../format/money.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { hrefFor, navigate } from '../../router/hash-router.ts';

/** FILE-11, FILE-12: the registration card — the filing, its files, duty, warnings, the judge proposal; register or refuse. */
export function RegistrationCardPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(() => courtsApi.registrationCard(id), id);
  return (
    <Space orientation="vertical" size="large" className="page courts-with-actions">
      <Typography.Title level={1}>{t('courts.office.card')}{loaded.status === 'ok' && loaded.data.filing.number !== null ? ` № ${loaded.data.filing.number}` : ''}</Typography.Title>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && <CardView card={loaded.data} reload={reload} />}
    </Space>
  );
}

function CardView({ card, reload }: { card: RegistrationCard; reload: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const { filing } = card;
  const [judgeId, setJudgeId] = useState<string | undefined>(card.proposal?.judgeUserId);
  const [into, setInto] = useState<'new' | 'existing'>(card.targetCase === null ? 'new' : 'existing');
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const day = (iso: string | null) => formatDay(iso, 'Asia/Almaty');

  const register = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await courtsApi.register(filing.id, {
        version: filing.version,
        into: into === 'existing' && card.targetCase !== null ? { caseId: card.targetCase.id } : 'new',
        ...(into === 'new' && judgeId !== undefined ? { judgeUserId: judgeId } : {}),
      });
      void message.success(t('courts.office.registered', { number: done.case.number }));
      navigate('courtCase', { id: done.case.id });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  const done = filing.status !== 'received';
  return (
    <>
      {done && (
        <Alert type="info" showIcon data-testid="card-done" title={t('courts.office.alreadyDone', { status: filing.statusName[language] })}
          description={filing.registeredCase === null ? filing.refusal?.message[language] : (
            <a href={hrefFor('courtCase', { id: filing.registeredCase.id })}>{t('courts.office.openCase')}: {filing.registeredCase.number}</a>
          )} />
      )}
      <Card title={t('courts.office.filingData')} size="small">
        <Descriptions bordered column={1} size="small">
          <Descriptions.Item label={t('courts.common.service')}>{filing.serviceName[language]}</Descriptions.Item>
          <Descriptions.Item label={t('courts.wizard.form')}>{filing.formName[language]} — {filing.instanceName[language]}</Descriptions.Item>
          <Descriptions.Item label={t('courts.common.title')}>{filing.title}</Descriptions.Item>
          <Descriptions.Item label={t('courts.common.applicant')}>{filing.applicant.name} ({filing.applicant.iinBin})</Descriptions.Item>
          {filing.principal !== null && (
            <Descriptions.Item label={t('courts.common.onBehalfOf')}>{filing.principal.name} ({filing.principal.iinBin})</Descriptions.Item>
          )}
          <Descriptions.Item label={t('courts.common.receivedAt')}>
            {filing.received === null ? '—' : t('courts.common.courtTime', { time: `${day(filing.received.date)} ${filing.received.time}` })}
          </Descriptions.Item>
          <Descriptions.Item label={t('courts.common.registrationDay')}>
            <Space>{day(filing.registrationDay)}{filing.overdue && <Tag color="red">{t('courts.office.overdue')}</Tag>}</Space>
          </Descriptions.Item>
          {filing.claimAmountTiyn !== null && (
            <Descriptions.Item label={t('courts.filing.claimAmount')}>{formatTiyn(String(filing.claimAmountTiyn))}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('courts.common.duty')}>
            <Space>
              {formatTiyn(String(card.duty.paidTiyn))} / {formatTiyn(String(card.duty.dueTiyn))}
              <Tag color={card.duty.paidInFull ? 'green' : 'red'}>{card.duty.paidInFull ? t('courts.filing.dutyPaid') : t('courts.wizard.dutyPending')}</Tag>
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph className="courts-body">{filing.body}</Typography.Paragraph>
      </Card>
      <Card title={t('courts.filing.parties')} size="small">
        <List size="small" dataSource={filing.parties} renderItem={(p) => <List.Item>{p.categoryName[language]}: {p.name} ({p.iinBin})</List.Item>} />
      </Card>
      <Card title={t('courts.common.attachments')} size="small">
        <Table rowKey="position" size="small" pagination={false} dataSource={filing.appendix} scroll={{ x: 'max-content' }}
          columns={[
            { title: '№', dataIndex: 'position', key: 'position' },
            {
              title: t('courts.common.title'), key: 'title',
              render: (_v, a) => a.file === null ? <>{a.title} <Tag color="red">{t('courts.wizard.appendixMissing')}</Tag></>
                : <a href={a.file.downloadUrl} target="_blank" rel="noreferrer" data-testid="card-attachment">{a.title}</a>,
            },
            { title: t('courts.wizard.appendixFile'), key: 'kind', render: (_v, a) => a.file === null ? '—' : `${a.file.originalName} (${a.file.kindName[language]})` },
          ]} />
      </Card>
      {(card.warnings.length > 0 || card.duplicateOf !== null) && (
        <Card title={t('courts.common.warnings')} size="small" data-testid="card-warnings">
          <Space orientation="vertical" className="page">
            {card.warnings.map((w) => <Alert key={w.code} type={w.blocking ? 'error' : 'warning'} showIcon title={w.text[language]} />)}
          </Space>
        </Card>
      )}
      {!done && (
        <Card title={t('courts.office.judgeProposal')} size="small" data-testid="card-proposal">
          <Space orientation="vertical" className="page">
            {card.targetCase !== null && (
              <Radio.Group value={into} onChange={(e) => setInto(e.target.value as 'new' | 'existing')}>
                <Radio value="new">{t('courts.office.register')}</Radio>
                <Radio value="existing">{t('courts.office.registerExisting')}: {card.targetCase.number}</Radio>
              </Radio.Group>
            )}
            {card.proposal === null ? <Alert type="warning" showIcon title={t('courts.common.none')} /> : (
              <Descriptions bordered column={1} size="small">
                <Descriptions.Item label={t('courts.office.judgeProposed')}><span data-testid="card-proposed-judge">{card.proposal.fullName}</span></Descriptions.Item>
                <Descriptions.Item label={t('courts.office.judgeReason')}>{card.proposal.reason[language]}</Descriptions.Item>
              </Descriptions>
            )}
            {into === 'new' && (
              <label className="courts-label">
                <span>{t('courts.office.judgeChoose')}</span>
                <Select value={judgeId} onChange={setJudgeId} className="courts-select-wide" data-testid="card-judge"
                  options={card.judges.map((j) => ({ value: j.userId, label: `${j.fullName} — ${t('courts.office.judgeOpenCases', { count: j.openCases })}` }))} />
              </label>
            )}
          </Space>
        </Card>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {!done && (
        // ISSUE-13 item 6: the decisions stay in sight (pinned to the bottom of the window) however long the card is.
        <div className="courts-actions" role="group" aria-label={t('courts.office.actions')}>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => void register()} loading={busy} disabled={!card.actions.register}
            data-testid="card-register">
            {into === 'existing' ? t('courts.office.registerExisting') : t('courts.office.register')}
          </Button>
          <Button danger icon={<StopOutlined />} onClick={() => setRefusing(true)} disabled={!card.actions.refuse || busy} data-testid="card-refuse">
            {t('courts.office.refuse')}
          </Button>
        </div>
      )}
      <RefuseModal open={refusing} card={card} onClose={() => setRefusing(false)} onDone={() => { setRefusing(false); void message.success(t('courts.office.refused')); reload(); }} />
    </>
  );
}

/** FILE-12: refusal on one of the seven grounds of §37 only — one must be chosen; the text goes to the applicant. */
function RefuseModal({ open, card, onClose, onDone }: { open: boolean; card: RegistrationCard; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<{ ground?: string; text?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await courtsApi.refuse(card.filing.id, { version: card.filing.version, ground: values.ground ?? '', text: values.text ?? '' });
      onDone();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('courts.office.refuseTitle')} onCancel={onClose} destroyOnHidden width={720}
      footer={[
        <Button key="cancel" onClick={onClose}>{t('courts.common.cancel')}</Button>,
        <Button key="ok" danger type="primary" loading={busy} onClick={() => void submit().catch(() => undefined)} data-testid="refuse-submit">
          {t('courts.office.refuse')}
        </Button>,
      ]}>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="ground" label={t('courts.office.refuseGround')} rules={[{ required: true, message: t('courts.office.refuseGroundRequired') }]}>
          <Radio.Group data-testid="refuse-ground">
            <Space orientation="vertical">
              {card.refusalGrounds.map((g) => <Radio key={g.code} value={g.code}>{g.subparagraph}) {g.text[language]}</Radio>)}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="text" label={t('courts.office.refuseText')} rules={[{ required: true, whitespace: true, message: t('courts.office.refuseTextRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} />}
    </Modal>
  );
}
