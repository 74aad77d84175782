import { Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingApplication, LicensingReference } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';

type Props = {
  application: LicensingApplication;
  reference: LicensingReference | null;
  /** Draft or returned for correction: files may be added. */
  editable: boolean;
  /** The staff channel: paper documents presented, their scans attached. */
  paper?: boolean;
  onChanged: (application: LicensingApplication) => void;
};

/**
 * LIC-1: the documents of the service from the reference list, each with
 * what is attached (downloadable) or a file input while the application may
 * be edited; required ones are marked in words.
 */
export function ApplicationDocuments({ application, reference, editable, paper = false, onChanged }: Props) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const documents = (reference?.documents ?? []).filter((d) => d.services.includes(application.service));

  const upload = async (code: string, file: File | undefined) => {
    if (file === undefined) return;
    setBusy(code);
    setError(null);
    try {
      onChanged(await licensingApi.attach(application.id, code, file, paper));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title={lt('documents')} data-testid="licensing-documents">
      {error !== null && <ErrorAlert error={error} />}
      <List dataSource={documents} renderItem={(doc) => {
        const files = application.attachments.filter((a) => a.code === doc.code);
        const inputId = `licensing-doc-${doc.code}`;
        return (
          <List.Item data-testid={`licensing-doc-${doc.code}`}>
            <Space orientation="vertical" size={4}>
              <Space wrap>
                <Typography.Text strong>{doc.name[language]}</Typography.Text>
                {doc.required && <Typography.Text type="secondary">({lt('requiredDoc')})</Typography.Text>}
                {files.length > 0 ? <Tag color="green">{lt('attached')}</Tag> : doc.required ? <Tag color="orange">{lt('missing')}</Tag> : null}
              </Space>
              {files.map((f) => (
                <Space key={f.position} wrap>
                  <a href={licensingApi.documentUrl(application.id, f.position)} download={f.fileName}>{f.fileName}</a>
                  {f.paperPresented && <Tag data-testid="licensing-paper-presented">{lt('paperPresented')}</Tag>}
                </Space>
              ))}
              {editable && (
                <span>
                  <input id={inputId} data-testid={`licensing-file-${doc.code}`} type="file" accept=".pdf,.jpg,.jpeg" disabled={busy !== null} aria-label={lt(paper ? 'attachScan' : 'attach', { name: doc.name[language] })}
                    onChange={(e) => { void upload(doc.code, e.target.files?.[0]); e.target.value = ''; }} />
                </span>
              )}
            </Space>
          </List.Item>
        );
      }} />
    </Card>
  );
}
