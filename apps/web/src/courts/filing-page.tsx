import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Input, List, Space, Spin, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../api/courts-api.ts';
import type { FilingCard } from '../api/courts-types.ts';
import type { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError, useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { formatTiyn, tengeToTiynString } from '../format/money.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { AttemptList, ReceiptView } from './new-filing/dispatch-steps.tsx';
import { caseStatusColour, filingStatusColour } from './status-colours.ts';

/** FILE-8: one filing from «Менің істерім» — its files, duty, "not received" reasons, refusal ground, the talon and its case's course. */
export function FilingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(() => courtsApi.filing(id), id);
  return (
    <Space orientation="vertical" size="large" className="page">
      {loaded.status === 'loading' && <><Typography.Title level={1}>{t('courts.filing.title')}</Typography.Title><Spin /></>}
      {loaded.status === 'error' && <><Typography.Title level={1}>{t('courts.filing.title')}</Typography.Title><ErrorAlert error={loaded.error} /></>}
      {loaded.status === 'ok' && <FilingView card={loaded.data} reload={reload} />}
    </Space>
  );
}

function FilingView({ card, reload }: { card: FilingCard; reload: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const { filing } = card;
  return (
    <>
      <Typography.Title level={1}>{filing.title}</Typography.Title>
      <Descriptions bordered column={1} size="small" data-testid="filing-facts">
        <Descriptions.Item label={t('courts.common.service')}>{filing.serviceName[language]}</Descriptions.Item>
        <Descriptions.Item label={t('courts.common.court')}>{filing.court.name[language]}</Descriptions.Item>
        <Descriptions.Item label={t('courts.common.status')}>
          <Tag color={filingStatusColour(filing.status)} data-testid="filing-status">{filing.statusName[language]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('courts.common.number')}>{filing.number ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('courts.common.applicant')}>{filing.applicant.name} ({filing.applicant.iinBin})</Descriptions.Item>
        {filing.principal !== null && (
          <Descriptions.Item label={t('courts.common.onBehalfOf')}>{filing.principal.name} ({filing.principal.iinBin})</Descriptions.Item>
        )}
        <Descriptions.Item label={t('courts.common.receivedAt')}>{formatDateTime(filing.receivedAt)}</Descriptions.Item>
        {filing.registrationDay !== null && (
          <Descriptions.Item label={t('courts.common.registrationDay')}>{formatDay(filing.registrationDay, 'Asia/Almaty')}</Descriptions.Item>
        )}
        {filing.claimAmountTiyn !== null && (
          <Descriptions.Item label={t('courts.filing.claimAmount')}>{formatTiyn(String(filing.claimAmountTiyn))}</Descriptions.Item>
        )}
        {filing.case !== null && (
          <Descriptions.Item label={t('courts.filing.registeredCase')}>
            <Space>
              <a href={hrefFor('courtCase', { id: filing.case.id })} data-testid="filing-case-number">{filing.case.number}</a>
              <Tag color={caseStatusColour(filing.case.status)}>{filing.case.statusName[language]}</Tag>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      {filing.refusal !== null && (
        <Alert type="error" showIcon title={t('courts.filing.refusal')} description={filing.refusal.text[language]} data-testid="filing-refusal" />
      )}
      <AttemptList attempts={card.attempts} />
      <Card title={t('courts.filing.parties')} size="small">
        <List size="small" dataSource={filing.parties} renderItem={(p) => (
          <List.Item>{p.categoryName[language]}: {p.name} ({p.iinBin})</List.Item>
        )} />
      </Card>
      <Card title={t('courts.common.attachments')} size="small">
        <Table rowKey="position" size="small" pagination={false} dataSource={card.attachments} scroll={{ x: 'max-content' }}
          columns={[
            { title: '№', dataIndex: 'position', key: 'position' },
            { title: t('courts.common.title'), key: 'title', render: (_v, a) => <a href={courtsApi.attachmentUrl(filing.id, a.position)} target="_blank" rel="noreferrer">{a.title}</a> },
            { title: t('courts.wizard.appendixFile'), key: 'file', render: (_v, a) => `${a.originalName} (${a.kindName[language]})` },
          ]} />
      </Card>
      <DutyCard card={card} reload={reload} />
      {filing.status === 'registered' && <AddDocuments filingId={filing.id} onDone={reload} />}
      {filing.case !== null && (
        <Card title={t('courts.my.caseCourse')} size="small" data-testid="filing-course">
          {card.caseEvents.length === 0 ? <Typography.Text type="secondary">{t('courts.common.noEvents')}</Typography.Text> : (
            <Timeline items={card.caseEvents.map((e) => ({ key: e.id, content: `${formatDay(e.localDate, 'Asia/Almaty')} — ${e.kindName[language]}` }))} />
          )}
        </Card>
      )}
      {card.receipt !== null && <ReceiptView receipt={card.receipt} />}
    </>
  );
}

/** FILE-4, FILE-8: the duty paid and, on a registered filing, an additional duty paid online. */
function DutyCard({ card, reload }: { card: FilingCard; reload: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const payAdditional = async () => {
    const tiyn = tengeToTiynString(amount);
    if (tiyn === null || tiyn === '0') return;
    setBusy(true);
    setError(null);
    try {
      const started = await courtsApi.payOnline(card.filing.id, Number(tiyn));
      window.location.assign(started.redirectUrl);
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };
  return (
    <Card title={t('courts.common.duty')} size="small" data-testid="filing-duty">
      <Space orientation="vertical" className="page">
        <Typography.Text>{t('courts.common.duty')}: {formatTiyn(String(card.filing.dutyTiyn))}</Typography.Text>
        <List size="small" dataSource={card.dutyPayments} renderItem={(p) => (
          <List.Item>{p.methodName[language]}: {formatTiyn(String(p.amountTiyn))} — {p.statusName[language]}</List.Item>
        )} />
        {card.filing.status === 'registered' && (
          <Space wrap align="end">
            <label className="courts-label">
              <span>{t('courts.filing.dutyAdditionalAmount')}</span>
              <Input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" className="courts-amount" />
            </label>
            <Button onClick={() => void payAdditional()} loading={busy} disabled={tengeToTiynString(amount) === null}>{t('courts.filing.dutyAdditional')}</Button>
            <Button onClick={reload}>{t('courts.wizard.dutyConfirm')}</Button>
          </Space>
        )}
        {error !== null && <ErrorAlert error={error} />}
      </Space>
    </Card>
  );
}

/** FILE-8: documents added to a registered filing (uploaded; the server sends them to the case). */
function AddDocuments({ filingId, onDone }: { filingId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (file === null || title.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await courtsApi.uploadSupplement(filingId, title.trim(), file);
      void message.success(t('courts.filing.documentsAdded'));
      setTitle('');
      setFile(null);
      onDone();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('courts.filing.addDocuments')} size="small">
      <Space orientation="vertical" className="page">
        <Typography.Paragraph>{t('courts.filing.addDocumentsIntro')}</Typography.Paragraph>
        <Space wrap align="end">
          <label className="courts-label">
            <span>{t('courts.wizard.appendixTitle')}</span>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} className="courts-name" />
          </label>
          <Upload showUploadList={false} maxCount={1} beforeUpload={(chosen) => { setFile(chosen); return false; }}>
            <Button icon={<UploadOutlined />}>{file === null ? t('courts.wizard.appendixChoose') : file.name}</Button>
          </Upload>
          <Button type="primary" onClick={() => void send()} loading={busy} disabled={file === null || title.trim() === ''}>
            {t('courts.filing.addDocumentsSend')}
          </Button>
        </Space>
        {error !== null && <ErrorAlert error={error} />}
      </Space>
    </Card>
  );
}
