import { DeleteOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Input, List, Space, Spin, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { useCallback, useState } from 'react';
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
import { DocumentSigningDialog } from './document-signing-dialog.tsx';
import { CourtCaseArchive } from './court-case-archive.tsx';
import { AttemptList, ReceiptView } from './new-filing/dispatch-steps.tsx';
import { caseStatusColour, filingStatusColour } from './status-colours.ts';
import { FilingActs } from './filing-acts.tsx';

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
        <Table rowKey="position" size="small" pagination={false} scroll={{ x: 'max-content' }}
          dataSource={card.attachments.filter((a) => a.position <= filing.appendix.length)}
          columns={[
            { title: '№', dataIndex: 'position', key: 'position' },
            { title: t('courts.common.title'), key: 'title', render: (_v, a) => <a href={courtsApi.attachmentUrl(filing.id, a.position)} target="_blank" rel="noreferrer">{a.title}</a> },
            { title: t('courts.wizard.appendixFile'), key: 'file', render: (_v, a) => `${a.originalName} (${a.kindName[language]})` },
          ]} />
      </Card>
      <DutyCard card={card} reload={reload} />
      {(filing.status === 'registered' || card.supplements.length > 0) && <AddDocuments card={card} onDone={reload} />}
      {filing.case !== null && (
        <Card title={t('courts.my.caseCourse')} size="small" data-testid="filing-course">
          {card.caseEvents.length === 0 ? <Typography.Text type="secondary">{t('courts.common.noEvents')}</Typography.Text> : (
            <Timeline items={card.caseEvents.map((e) => ({ key: e.id, content: `${formatDay(e.localDate, 'Asia/Almaty')} — ${e.kindName[language]}` }))} />
          )}
        </Card>
      )}
      {filing.case !== null && <FilingActs filingId={filing.id} />}
      {filing.case !== null && <CourtCaseArchive caseId={filing.case.id} archivedOnly />}
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

/**
 * FILE-8 (seed 003 §25): documents sent later to a registered filing. Each is
 * uploaded (a title and one file) and waits, unsent; «Жіберу» / «Отправить»
 * opens the signing dialog over the manifest of the unsent ones (as the
 * wizard's last step signs the filing) and, once the court received them,
 * they read as sent with the court's time.
 */
function AddDocuments({ card, onDone }: { card: FilingCard; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const { filing } = card;
  const filingId = filing.id;
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const unsent = card.supplements.filter((s) => !s.sent);
  const open = filing.status === 'registered';
  const run = async (name: string, action: () => Promise<void>) => {
    setBusy(name);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const upload = () => void run('upload', async () => {
    if (file === null || title.trim() === '') return;
    await courtsApi.uploadSupplement(filingId, title.trim(), file);
    void message.success(t('courts.filing.documentsAdded'));
    setTitle('');
    setFile(null);
    onDone();
  });
  const remove = (position: number) => void run(`remove-${position}`, async () => {
    await courtsApi.removeSupplement(filingId, position);
    onDone();
  });
  const startSigning = useCallback(() => courtsApi.startSupplementSigning(filingId), [filingId]);
  const signed = () => {
    setSigning(false);
    void message.success(t('courts.filing.supplementsSent'));
    onDone();
  };
  return (
    <Card title={t('courts.filing.addDocuments')} size="small" data-testid="filing-supplements">
      <Space orientation="vertical" className="page">
        {open && <Typography.Paragraph>{t('courts.filing.addDocumentsIntro')}</Typography.Paragraph>}
        {card.supplements.length > 0 && (
          <List size="small" dataSource={card.supplements} renderItem={(s) => (
            <List.Item data-testid={`supplement-${s.position}`} actions={s.sent || !open ? [] : [
              <Button key="remove" size="small" icon={<DeleteOutlined />} loading={busy === `remove-${s.position}`} onClick={() => remove(s.position)}
                aria-label={t('courts.filing.supplementRemove', { title: s.title })} />,
            ]}>
              <Space wrap>
                <a href={courtsApi.attachmentUrl(filingId, s.position)} target="_blank" rel="noreferrer">{s.title}</a>
                <Typography.Text type="secondary">{s.kindName[language]}</Typography.Text>
                {s.sent && s.sentAtText !== null
                  ? <Tag color="green" data-testid={`supplement-sent-${s.position}`}>
                    {t('courts.filing.supplementSentAt', { time: t('courts.common.courtTime', { time: s.sentAtText[language] }) })}</Tag>
                  : <Tag color="gold">{t('courts.filing.supplementUnsent')}</Tag>}
              </Space>
            </List.Item>
          )} />
        )}
        {open && unsent.length > 0 && (
          <Space wrap align="center">
            <Button type="primary" icon={<SendOutlined />} onClick={() => setSigning(true)} data-testid="supplements-send">
              {t('courts.filing.supplementsSend')}
            </Button>
            <Typography.Text type="secondary">{t('courts.filing.supplementsSendHint', { count: unsent.length })}</Typography.Text>
          </Space>
        )}
        {open && (
          <Space wrap align="end">
            <label className="courts-label">
              <span>{t('courts.wizard.appendixTitle')}</span>
              <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} className="courts-name" data-testid="supplement-title" />
            </label>
            <Upload showUploadList={false} maxCount={1} beforeUpload={(chosen) => { setFile(chosen); return false; }}>
              <Button icon={<UploadOutlined />} data-testid="supplement-file">{file === null ? t('courts.wizard.appendixChoose') : file.name}</Button>
            </Upload>
            <Button onClick={upload} loading={busy === 'upload'} disabled={file === null || title.trim() === ''} data-testid="supplement-upload">
              {t('courts.filing.addDocumentsSend')}
            </Button>
          </Space>
        )}
        {error !== null && <ErrorAlert error={error} />}
      </Space>
      {signing && (
        <DocumentSigningDialog
          open={signing}
          title={t('courts.filing.supplementsSignTitle')}
          summary={t('courts.filing.supplementsSignWhat', { count: unsent.length, case: filing.case?.number ?? filing.number ?? '' })}
          start={startSigning}
          onClose={() => setSigning(false)}
          onSigned={signed}
        />
      )}
    </Card>
  );
}
