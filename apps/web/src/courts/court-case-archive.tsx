import { Alert, Button, Card, Descriptions, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/api.ts';
import { archiveApi } from '../api/archive-api.ts';
import type { ArchiveVerification, CaseArchiveView } from '../api/archive-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { DocumentSigningDialog } from './document-signing-dialog.tsx';
import { useArchiveText } from './archive-texts.ts';

/**
 * Issue 15 items 4-5 (FILE-17, SIG-7): the case's «Мұрағат» / «Архив» — the
 * handover day (overdue flagged), the secretary's inventory, the judge's
 * signature of it in the existing signing dialog, the archived badge and
 * retention, and for an archived case each document's original, paper copy,
 * the ZIP export and the re-verification of its signatures.
 */
export function CourtCaseArchive({ caseId, archivedOnly = false }: {
  caseId: string;
  /** The participant's filing page: the section appears once the case is archived (nothing to do before). */
  archivedOnly?: boolean;
}) {
  const at = useArchiveText();
  const [loaded, reload] = useLoad(() => archiveApi.caseArchive(caseId), caseId);
  if (archivedOnly && (loaded.status !== 'ok' || loaded.data.status !== 'archived')) return null;
  return (
    <Card title={<span id="case-archive-title">{at('title')}</span>} size="small" aria-labelledby="case-archive-title" data-testid="case-archive">
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && <ArchiveBody view={loaded.data} reload={reload} />}
    </Card>
  );
}

function ArchiveBody({ view, reload }: { view: CaseArchiveView; reload: () => void }) {
  const at = useArchiveText();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const day = (iso: string) => formatDay(iso, 'Asia/Almaty');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);
  const [verification, setVerification] = useState<ArchiveVerification | 'loading' | null>(null);
  if (view.status === null) return <Typography.Text type="secondary">{at('notDue')}</Typography.Text>;
  const archived = view.status === 'archived';

  const prepare = async () => {
    setBusy(true);
    setError(null);
    try {
      await archiveApi.prepareInventory(view.caseId, view.version);
      reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  };
  const verify = async () => {
    setVerification('loading');
    setError(null);
    try {
      setVerification(await archiveApi.verification(view.caseId));
    } catch (e) {
      setVerification(null);
      setError(e instanceof ApiError ? e : null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Tag color={archived ? 'green' : 'gold'} data-testid="archive-status">{view.statusName[language]}</Tag>
        {view.overdue && <Tag color="red" data-testid="archive-overdue">{at('overdue')}</Tag>}
      </Space>
      <Descriptions bordered column={1} size="small">
        {view.inForceOn && <Descriptions.Item label={at('inForceOn')}>{day(view.inForceOn)}</Descriptions.Item>}
        {view.dueOn && <Descriptions.Item label={at('dueOn')}>{day(view.dueOn)}</Descriptions.Item>}
        {view.archivedAt && <Descriptions.Item label={at('archivedAt')}>{formatDateTime(view.archivedAt)}</Descriptions.Item>}
        {view.signedBy && <Descriptions.Item label={at('signedBy')}>{view.signedBy}</Descriptions.Item>}
        {view.retention && (
          <Descriptions.Item label={at('retention')}>
            <span data-testid="archive-retention">
              {view.retention.years === null ? at('retentionPermanent')
                : at('retentionYears', { count: view.retention.years, until: day(view.retention.until ?? '') })}
              {' '}({view.retention.ruleName[language]})
            </span>
            {!view.retention.confirmed && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {at('retentionUnconfirmed', { source: view.retention.source })}
              </Typography.Paragraph>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
      {error && <ErrorAlert error={error} />}
      {view.status === 'inventory_prepared' && <Alert type="info" showIcon title={at('prepared')} />}
      <Space wrap>
        {view.may.prepare && (
          <Button type={view.status === 'due' ? 'primary' : 'default'} loading={busy} onClick={() => void prepare()} data-testid="archive-prepare">
            {view.status === 'due' ? at('prepare') : at('prepareAgain')}
          </Button>
        )}
        {view.may.sign && view.inventory && (
          <Button type="primary" onClick={() => setSigning(true)} data-testid="archive-sign">{at('sign')}</Button>
        )}
        {view.exportUrl && <Button href={view.exportUrl} data-testid="archive-export">{at('export')}</Button>}
        {view.verificationUrl && (
          <Button onClick={() => void verify()} loading={verification === 'loading'} data-testid="archive-verify">{at('verify')}</Button>
        )}
      </Space>
      {verification !== null && verification !== 'loading' && (
        <Alert role="status" type={verification.allValid ? 'success' : 'error'} showIcon data-testid="archive-verification"
          title={verification.allValid ? at('verifiedAll') : at('verifiedProblems')}
          description={<ul>{verification.documents.map((d) => (
            <li key={`${d.position ?? 0}-${d.sha256}`}>
              {d.title}: {d.signatures.map((s) => [s.signerName ?? '—', s.validAtSigningTime ? at('validAtSigning') : at('invalidAtSigning'),
                s.evidencePresent ? null : at('evidenceMissing'), s.certificateExpired ? at('certificateExpired') : null]
                .filter(Boolean).join(', ')).join('; ')}
            </li>
          ))}</ul>} />
      )}
      {view.inventory && (
        <List size="small" header={<Typography.Text strong>{at('inventory')}</Typography.Text>} dataSource={view.inventory.entries}
          data-testid="archive-inventory" renderItem={(e) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Typography.Text>{at('entry', { position: e.position, title: e.title })} <Typography.Text type="secondary">({e.sourceName[language]})</Typography.Text></Typography.Text>
                <Typography.Text type="secondary" copyable={{ text: e.sha256 }}>{at('hash')}: <code>{e.sha256.slice(0, 16)}…</code></Typography.Text>
                <Typography.Text type="secondary">
                  {at('signatures')}: {e.signatures.length === 0 ? at('noSignatures')
                    : e.signatures.map((s) => at('signature', { name: s.signerName ?? '—', at: formatDateTime(s.signedAt) })).join('; ')}
                </Typography.Text>
                {archived && (
                  <Space wrap>
                    {e.downloadUrl && <a href={e.downloadUrl} target="_blank" rel="noreferrer">{at('download')}: {e.fileName}</a>}
                    {e.paperCopyUrl && <a href={e.paperCopyUrl} target="_blank" rel="noreferrer">{at('paperCopy')}: {e.fileName}</a>}
                  </Space>
                )}
              </Space>
            </List.Item>
          )} />
      )}
      {signing && view.inventory && (
        <DocumentSigningDialog
          open={signing}
          title={at('signTitle')}
          summary={at('signWhat', { count: view.inventory.entries.length, number: view.caseNumber })}
          start={() => api.startSigning(view.inventory!.documentId)}
          onClose={() => setSigning(false)}
          onSigned={() => { setSigning(false); reload(); }}
        />
      )}
    </Space>
  );
}
