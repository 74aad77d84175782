import { EditOutlined, FileAddOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qrCodeUrl, verifyPageUrl } from '../api/api.ts';
import { ApiError } from '../api/http-client.ts';
import type { SampleDocument, SignatureAccepted } from '../api/signing-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError } from '../components/use-load.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { sameHash, sha256Hex } from '../signing/sha256.ts';
import { SigningDialog } from '../signing/signing-dialog.tsx';
import type { SigningTask } from '../signing/use-signing-flow.ts';

type Sample = SampleDocument & { bytes: Uint8Array; text: string };

/**
 * Dev mode: "Пробное подписание / Сынақ қол қою". A sample resolution is
 * created on the server, its exact bytes are shown and signed (detached
 * CMS) in the browser; the result carries the QR code of its public page.
 */
export function DevSigningPage() {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  const [sample, setSample] = useState<Sample | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [signed, setSigned] = useState<SignatureAccepted | null>(null);

  const create = async () => {
    setCreating(true);
    setError(null);
    setSigned(null);
    try {
      const created = await api.createSampleDocument();
      const { bytes } = await api.documentContent(created.documentId);
      setSample({ ...created, bytes, text: new TextDecoder().decode(bytes) });
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setCreating(false);
    }
  };

  const task = useMemo<SigningTask | null>(() => sample === null ? null : {
    purpose: 'sign',
    attached: false,
    startOnOpen: true,
    start: async () => {
      const challenge = await api.startSigning(sample.documentId);
      // Sign exactly what the challenge names: the bytes on screen must hash to it.
      if (!sameHash(await sha256Hex(sample.bytes), challenge.contentHash)) {
        throw new ApiError(0, 'signing.content_mismatch', t('devSigning.contentMismatch'));
      }
      return { id: challenge.challengeId, data: sample.bytes, startedAt: challenge.startedAt, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => {
      setSigned(await api.submitSignature(challenge.id, cms));
    },
  }, [sample, t]);

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('devSigning.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('devSigning.note')} />
      <Button icon={<FileAddOutlined />} onClick={() => void create()} loading={creating} data-testid="sample-create">
        {sample === null ? t('devSigning.create') : t('devSigning.another')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
      {sample !== null && (
        <Card title={sample.title[language]} data-testid="sample-document">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('devSigning.hash')}>
              <Typography.Text code className="hash">{sample.contentHash}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <pre className="sample-document__text" data-testid="sample-text">{sample.text}</pre>
          {signed === null && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setDialogOpen(true)} data-testid="sample-sign">
              {t('devSigning.sign')}
            </Button>
          )}
        </Card>
      )}
      {signed !== null && <Signed signed={signed} />}
      {task !== null && (
        <SigningDialog open={dialogOpen} title={t('devSigning.dialogTitle')} task={task}
          onClose={() => setDialogOpen(false)} onDone={() => setDialogOpen(false)} />
      )}
    </Space>
  );
}

function Signed({ signed }: { signed: SignatureAccepted }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      data-testid="signing-success"
      title={t('devSigning.signed')}
      subTitle={<>{t('devSigning.signatureId')}: <Typography.Text code data-testid="signature-id">{signed.signatureId}</Typography.Text></>}
      extra={(
        <Space orientation="vertical" align="center">
          <img src={qrCodeUrl(signed.documentId)} alt={t('devSigning.qr')} width={180} height={180} data-testid="signature-qr" />
          <a href={verifyPageUrl(signed.documentId)} target="_blank" rel="noreferrer" data-testid="verify-link">
            <LinkOutlined aria-hidden /> {t('devSigning.verifyLink')}
          </a>
        </Space>
      )}
    />
  );
}
