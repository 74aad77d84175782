import { Button, Form, Input, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { enpApplicationsApi } from '../api/enp-applications-api.ts';
import type { EnpEasdCaseResponse, EnpStaffAccessEvent } from '../api/enp-applications-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor, replaceLocation, useLocation } from '../router/hash-router.ts';
import { useEnpApplicationsText } from './enp-applications-texts.ts';

type Shown = { archiveId: string; easd: EnpEasdCaseResponse; items: EnpStaffAccessEvent[] };

/**
 * Issue 16 items 6 and 8 (ENP-10, ENP-11): an old case of the archive
 * system ЭАСД has no case page here; the court's staff read who looked at it
 * through ЭНП by its archive id — IIN, name, category, what, when, from
 * where (another court's case: "not found", as on the server).
 */
export function EnpEasdHistoryPage() {
  const et = useEnpApplicationsText();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const { query } = useLocation();
  const [archiveId, setArchiveId] = useState(query['archive'] ?? '');
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const show = async () => {
    const wanted = archiveId.trim();
    if (wanted === '') return;
    setBusy(true);
    setError(null);
    try {
      const [easd, history] = await Promise.all([enpApplicationsApi.easdCase(wanted), enpApplicationsApi.easdHistory(wanted)]);
      setShown({ archiveId: wanted, easd, items: history.items });
      replaceLocation('enpEasdHistory', {}, { archive: wanted });
    } catch (e) {
      setShown(null);
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" className="page" data-testid="enp-easd-history-page">
      <a href={hrefFor('enpApplications')}>{et('back')}</a>
      <Typography.Title level={1}>{et('easdTitle')}</Typography.Title>
      <Typography.Paragraph>{et('easdIntro')}</Typography.Paragraph>
      <Form layout="inline" onFinish={() => void show()}>
        <Form.Item label={et('easdArchiveId')} htmlFor="enp-easd-archive-id">
          <Input id="enp-easd-archive-id" value={archiveId} onChange={(e) => setArchiveId(e.target.value)} maxLength={200} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={archiveId.trim() === ''}>{et('easdShow')}</Button>
      </Form>
      {busy && <Spin />}
      {error && <ErrorAlert error={error} />}
      {shown && (
        <>
          <Typography.Title level={2}>{et('easdCase', { number: shown.easd.caseNumber, court: shown.easd.court[language] })}</Typography.Title>
          <List bordered size="small" locale={{ emptyText: et('noHistory') }} dataSource={shown.items} data-testid="enp-easd-history"
            renderItem={(h) => (
              <List.Item>
                <Space wrap>
                  <span>{formatDateTime(h.at)}</span><span>{h.actionName[language]}</span><span>{h.who[language]}</span>
                  {h.fullName && <span>{h.fullName}</span>}{h.iin && <span>{h.iin}</span>}
                  {h.documentTitle && <span>«{h.documentTitle}»</span>}{h.address && <span>{et('from')}: {h.address}</span>}
                </Space>
              </List.Item>
            )} />
        </>
      )}
    </Space>
  );
}
