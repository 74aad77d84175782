import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, LoginOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { PublicSignature, PublicVerification } from '../api/signing-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { FileCheck } from './file-check.tsx';
import { checkJournal } from './journal-proof.ts';
import { signerWords } from './signer-words.ts';
import { OPEN_VERIFY } from './verify-path.ts';
import type { ProofProblem } from './journal-proof.ts';

/**
 * SIG-6, SIG-7: the public page a signed document's QR code opens. No
 * sign-in; signers' names and IIN/BIN come masked from the server (personal
 * data law); the verdict is the one stored at receipt, with its evidence.
 * Issue 12: the journal's inclusion proofs of the signing are checked here,
 * in the browser (journal-proof.ts).
 */
export function VerifyPage({ id }: { id: string }) {
  return id === OPEN_VERIFY ? <OpenVerifyPage /> : <DocumentVerifyPage id={id} />;
}

/** Issue 13 item 2: /verify with no document — anyone drops a PDF the system issued; the proof it carries is checked. */
function OpenVerifyPage() {
  const { t } = useTranslation();
  return (
    <main className="content" id="main-content">
      <Space orientation="vertical" size="large" className="page">
        <Typography.Title level={1}>{t('verify.title')}</Typography.Title>
        <FileCheck expected={null} documentId={null} />
        <Button href="/" icon={<LoginOutlined />}>{t('verify.toApp')}</Button>
      </Space>
    </main>
  );
}

function DocumentVerifyPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  const [loaded] = useLoad(() => api.verification(id), id);

  return (
    <main className="content" id="main-content">
      <Space orientation="vertical" size="large" className="page">
        <Typography.Title level={1}>{t('verify.title')}</Typography.Title>
        {loaded.status === 'loading' && <Spin />}
        {loaded.status === 'error' && (loaded.error.status === 404
          ? <Result status="404" title={t('verify.notFound')} data-testid="verify-not-found" />
          : <ErrorAlert error={loaded.error} />)}
        {loaded.status === 'ok' && (
          <>
            <Descriptions column={1} bordered size="small" data-testid="verify-document">
              <Descriptions.Item label={t('verify.document')}>
                <span data-testid="verify-title">{loaded.data.title[language]}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('verify.sha256')}>
                <Typography.Text code copyable className="hash" data-testid="verify-sha256">{loaded.data.sha256}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('verify.size')}>{t('verify.sizeBytes', { size: loaded.data.size })}</Descriptions.Item>
            </Descriptions>
            <Card title={t('verify.signatures')}>
              {loaded.data.signatures.length === 0 && <Typography.Text type="secondary">{t('verify.noSignatures')}</Typography.Text>}
              <Space orientation="vertical" size="middle" className="page">
                {loaded.data.signatures.map((signature, index) => (
                  <SignatureCard key={`${signature.checkedAt}-${index}`} signature={signature} />
                ))}
              </Space>
              <Typography.Paragraph type="secondary" className="verify__masked">{t('verify.masked')}</Typography.Paragraph>
            </Card>
            <JournalCard documentId={loaded.data.documentId} journal={loaded.data.journal} />
            <FileCheck expected={loaded.data.sha256} documentId={loaded.data.documentId} />
          </>
        )}
        <Button href="/" icon={<LoginOutlined />}>{t('verify.toApp')}</Button>
      </Space>
    </main>
  );
}

function SignatureCard({ signature }: { signature: PublicSignature }) {
  const { t, i18n } = useTranslation();
  const words = signerWords(signature.who, isUiLanguage(i18n.language) ? i18n.language : 'kk', t);
  const formatDateTime = useFormatDateTime();
  const dash = '—';
  return (
    <div data-testid="verify-signature" className="verify__signature">
      <Alert
        type={signature.valid ? 'success' : 'error'}
        showIcon
        icon={signature.valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
        data-testid="signature-verdict"
        data-valid={String(signature.valid)}
        title={signature.valid ? t('verify.valid') : t('verify.invalid')}
      />
      <Descriptions column={1} size="small" bordered>
        {/* Issue 13 item 2: who signed in words (the system seal of its organisation, an organisation, a person and their role). */}
        <Descriptions.Item label={t('verifyFile.sealedBy')}>
          <span data-testid="signature-signer">{words.who}</span>
          {words.roles && <div>{words.roles}</div>}
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.iin')}><span data-testid="signature-iin">{signature.iin ?? dash}</span></Descriptions.Item>
        <Descriptions.Item label={t('verify.bin')}>{signature.bin ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('verify.algorithm')}>{signature.algorithm === null ? dash : <Tag>{signature.algorithm}</Tag>}</Descriptions.Item>
        <Descriptions.Item label={t('verify.checkedAt')}>{formatDateTime(signature.checkedAt)}</Descriptions.Item>
      </Descriptions>
      <Collapse
        size="small"
        items={[{
          key: 'evidence',
          label: t('verify.evidence'),
          children: (
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('verify.timeUsed')}>{formatDateTime(signature.evidence.timeUsed)}</Descriptions.Item>
              <Descriptions.Item label={t('verify.chain')}>
                {signature.evidence.chain.length === 0 ? dash : (
                  <ol className="verify__chain">{signature.evidence.chain.map((subject) => <li key={subject}>{subject}</li>)}</ol>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('verify.crl')}>{signature.evidence.crl ?? dash}</Descriptions.Item>
            </Descriptions>
          ),
        }]}
      />
    </div>
  );
}

/** SIG-7, X-2: the signing's record in the verifiable journal, checked in this browser. */
function JournalCard({ documentId, journal }: { documentId: string; journal: PublicVerification['journal'] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const verdict = useMemo(() => checkJournal(journal, documentId), [journal, documentId]);
  const reload = <Button size="small" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>{t('verify.journal.reload')}</Button>;
  // Every problem has its words (the record makes a new problem a compile error until it has them).
  const problems: Record<ProofProblem, string> = {
    malformed: t('verify.journal.problem.malformed'),
    leafHash: t('verify.journal.problem.leafHash'),
    otherEntry: t('verify.journal.problem.otherEntry'),
    inclusion: t('verify.journal.problem.inclusion'),
  };
  const pendingMore = (count: number) => (count > 0 ? <Typography.Paragraph>{t('verify.journal.pendingMore', { count })}</Typography.Paragraph> : null);

  return (
    <Card title={t('verify.journal.title')}>
      <div data-testid="verify-journal" data-state={verdict.status} aria-live="polite">
        {verdict.status === 'verified' && (
          <Space orientation="vertical" size="middle" className="page">
            {verdict.proofs.map((proof) => (
              <Alert
                key={proof.entryId}
                type="success"
                showIcon
                icon={<CheckCircleFilled />}
                data-testid="journal-proof"
                data-entry={proof.entryId}
                title={t(proof.action === 'document.sealed' ? 'verify.journal.sealed' : 'verify.journal.signed', { at: formatDateTime(proof.at) })}
                description={t('verify.journal.checked', {
                  entryId: proof.entryId, leafIndex: proof.leafIndex, treeSize: proof.treeSize, signedAt: formatDateTime(proof.signedAt),
                })}
              />
            ))}
            {pendingMore(verdict.pending)}
          </Space>
        )}
        {verdict.status === 'failed' && (
          <Alert
            type="error"
            showIcon
            icon={<CloseCircleFilled />}
            title={t('verify.journal.failed')}
            description={(
              <ul className="verify__journal-failures">
                {verdict.failures.map((failure, index) => (
                  <li key={`${failure.entryId}-${index}`} data-problem={failure.problem}>
                    {t('verify.journal.failure', { entryId: failure.entryId, problem: problems[failure.problem] })}
                  </li>
                ))}
              </ul>
            )}
          />
        )}
        {verdict.status === 'pending' && (
          <Alert type="info" showIcon icon={<ClockCircleOutlined />} title={t('verify.journal.pending')} action={reload} />
        )}
        {verdict.status === 'none' && <Alert type="warning" showIcon title={t('verify.journal.none')} />}
      </div>
    </Card>
  );
}
