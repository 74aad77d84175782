import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyPageUrl } from '../api/api.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { sameHash, sha256Hex } from '../signing/sha256.ts';
import { checkPdf, FILE_CHECK_MAX_BYTES, looksLikePdf, type PublicFileCheck } from './pdf-check.ts';
import { signerWords } from './signer-words.ts';

type Check =
  | { status: 'idle' }
  | { status: 'hashing'; name: string }
  | { status: 'done'; name: string; hash: string; matches: boolean }
  | { status: 'checked'; name: string; check: PublicFileCheck }
  | { status: 'failed'; name: string; message: string };

/**
 * SIG-6: anyone drops the file they hold. On a document's page its SHA-256
 * is computed here and compared with the signed document's (that file is
 * never uploaded). Issue 13 item 2: a PDF that is not byte for byte the
 * signed document — the PDF of an act the system sealed as data, or any PDF
 * on the open /verify page (`expected` null) — goes to the server, which
 * checks the proof embedded in it.
 */
export function FileCheck({ expected, documentId }: { expected: string | null; documentId: string | null }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [over, setOver] = useState(false);

  const compare = async (file: File) => {
    setCheck({ status: 'hashing', name: file.name });
    if (file.size > FILE_CHECK_MAX_BYTES && expected === null) {
      setCheck({ status: 'failed', name: file.name, message: t('verifyFile.tooLarge') });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const hash = expected === null ? '' : await sha256Hex(bytes);
    const matches = expected !== null && sameHash(hash, expected);
    if (expected !== null && (matches || !looksLikePdf(bytes) || file.size > FILE_CHECK_MAX_BYTES)) {
      setCheck({ status: 'done', name: file.name, hash, matches });
      return;
    }
    const answer = await checkPdf(bytes, t('error.network'));
    setCheck(answer.ok ? { status: 'checked', name: file.name, check: answer.check } : { status: 'failed', name: file.name, message: answer.message });
  };
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file !== undefined) void compare(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.current?.click();
    }
  };
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';

  return (
    <Card title={expected === null ? t('verifyFile.openTitle') : t('verify.drop.title')}>
      {expected === null && <Typography.Paragraph>{t('verifyFile.openHint')}</Typography.Paragraph>}
      <div
        role="button"
        tabIndex={0}
        data-testid="file-drop"
        className={over ? 'file-drop file-drop--over' : 'file-drop'}
        onClick={() => input.current?.click()}
        onKeyDown={onKey}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <InboxOutlined className="file-drop__icon" aria-hidden />
        <div>{expected === null ? t('verifyFile.dropHint') : t('verify.drop.hint')}</div>
      </div>
      {/* ISSUE-13 item 13: beside the drop zone, not inside it — a control inside a role="button" is a nested interactive control (axe). */}
      <input ref={input} type="file" className="visually-hidden" data-testid="file-drop-input" tabIndex={-1}
        aria-label={t('verify.drop.title')} onChange={(event) => take(event.target.files)} />
      <div aria-live="polite">
        {check.status === 'hashing' && <Spin description={expected === null ? t('verifyFile.checking') : t('verify.drop.computing')} />}
        {check.status === 'done' && (
          <Alert
            className="file-drop__result"
            type={check.matches ? 'success' : 'error'}
            showIcon
            data-testid="file-check-result"
            data-match={String(check.matches)}
            title={check.matches ? t('verify.drop.matches') : t('verify.drop.differs')}
            description={(
              <>
                <div>{check.name}</div>
                <div>{t('verify.drop.fileHash')}: <Typography.Text code className="hash">{check.hash}</Typography.Text></div>
              </>
            )}
          />
        )}
        {check.status === 'failed' && (
          <Alert className="file-drop__result" type="error" showIcon data-testid="file-check-result" data-verdict="failed"
            title={check.message} description={check.name} />
        )}
        {check.status === 'checked' && <PdfVerdict name={check.name} check={check.check} language={language} documentId={documentId} />}
      </div>
    </Card>
  );
}

function PdfVerdict({ name, check, language, documentId }: { name: string; check: PublicFileCheck; language: 'kk' | 'ru'; documentId: string | null }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const authentic = check.verdict === 'authentic';
  const signer = check.signer ? signerWords(check.signer, language, t) : null;
  const other = authentic && documentId !== null && check.documentId !== documentId;
  return (
    <Alert
      className="file-drop__result"
      type={authentic ? 'success' : 'error'}
      showIcon
      data-testid="file-check-result"
      data-match={String(authentic && !other)}
      data-verdict={check.verdict}
      title={t(`verifyFile.verdict.${check.verdict}`)}
      description={(
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('verifyFile.document')}>{check.title ? check.title[language] : name}</Descriptions.Item>
          {signer && (
            <Descriptions.Item label={t('verifyFile.sealedBy')}>
              <span data-testid="file-check-signer">{signer.who}</span>
              {signer.roles && <div>{signer.roles}</div>}
            </Descriptions.Item>
          )}
          {check.signedAt && <Descriptions.Item label={t('verifyFile.sealedAt')}>{formatDateTime(check.signedAt)}</Descriptions.Item>}
          {check.language && <Descriptions.Item label={t('verifyFile.language')}>{t(`verifyFile.languageName.${check.language}`)}</Descriptions.Item>}
          {check.reasons.length > 0 && (
            <Descriptions.Item label={t('verifyFile.reasons')}>
              <ul className="verify__journal-failures">{check.reasons.map((reason) => <li key={reason.ru}>{reason[language]}</li>)}</ul>
            </Descriptions.Item>
          )}
          {other && <Descriptions.Item label={t('verifyFile.document')}>{t('verifyFile.otherDocument')}</Descriptions.Item>}
          {authentic && !check.onRecord && <Descriptions.Item label={t('verifyFile.reasons')}>{t('verifyFile.notOnRecord')}</Descriptions.Item>}
          {check.onRecord && check.documentId && check.documentId !== documentId && (
            <Descriptions.Item label={t('verify.document')}>
              <Typography.Link href={verifyPageUrl(check.documentId)}>{t('verifyFile.openRecord')}</Typography.Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    />
  );
}
