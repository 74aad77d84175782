import { Alert, Button, Card, Checkbox, Descriptions, List, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingReview } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { DocumentSigningDialog } from '../courts/document-signing-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { regionName } from '../enforcement/regions.ts';
import { formatDay } from '../format/day.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { StatusTag, daysLeftText } from './licensing-format.tsx';
import { useLicensingText } from './licensing-texts.ts';
import { ReviewDecisions } from './review-decisions.tsx';

const GBD_FIELDS = [['surname', 'gbdSurname'], ['name', 'gbdName'], ['patronymic', 'gbdPatronymic'], ['birthDate', 'gbdBirthDate'],
  ['address', 'gbdAddress']] as const;
const OPEN = new Set(['registered', 'under_review', 'resubmitted']);

/**
 * LIC-3, LIC-7: one application for the licensing officer (opening it takes
 * it for review) — the applicant and ГБД ФЛ's record, the attachments, the
 * qualification checklist with each requirement's legal basis; issue (the
 * licence signed with ЭЦП in the common dialog), refuse with reference
 * reasons and own words, or return for correction.
 */
export function ReviewPage({ id }: { id: string }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [loaded, reload] = useLoad(() => licensingApi.review(id), `licensing-review-${id}`);
  const [reference] = useLoad(() => licensingApi.reference(), 'licensing-reference');
  const [current, setCurrent] = useState<LicensingReview | null>(null);
  const [checks, setChecks] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);

  useEffect(() => {
    if (loaded.status !== 'ok') return;
    setCurrent(loaded.data);
    setChecks(Object.fromEntries(loaded.data.checklist.map((c) => [c.code, c.met])));
  }, [loaded]);

  const saveChecklist = async () => {
    if (current === null) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await licensingApi.saveChecklist(id, current.version, checks);
      setCurrent(saved);
      setNotice(lt('checklistSaved'));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const version = current?.version ?? 0;
  const startSigning = useCallback(() => licensingApi.startLicenceSigning(id, version), [id, version]);

  if (current === null) return loaded.status === 'error' ? <ErrorAlert error={loaded.error} /> : <Spin />;
  const a = current;
  const gbd = a.gbdPerson;
  const open = OPEN.has(a.status);
  const allMet = a.checklist.length > 0 && a.checklist.every((c) => c.met);
  const dirty = a.checklist.some((c) => (checks[c.code] ?? false) !== c.met);
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-review-page">
      <a href={hrefFor('licensingOffice')}>{lt('officeBack')}</a>
      <Typography.Title level={1}>{lt('reviewTitle', { number: a.number ?? lt('noNumber') })}</Typography.Title>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={lt('status')}><StatusTag application={a} language={language} /></Descriptions.Item>
        <Descriptions.Item label={lt('service')}>{a.serviceName[language]}</Descriptions.Item>
        <Descriptions.Item label={lt('applicant')}>{a.fullName}</Descriptions.Item>
        <Descriptions.Item label={lt('iin')}>{a.applicantIin}</Descriptions.Item>
        <Descriptions.Item label={lt('region')}>{regionName(a.regionKato, language)}</Descriptions.Item>
        <Descriptions.Item label={lt('channel')}>{a.channel === 'portal' ? lt('channelPortal') : lt('channelStaff')}</Descriptions.Item>
        <Descriptions.Item label={lt('deadline')}>
          {formatDay(a.deadline, timeZone)}{daysLeftText(a, lt) === null ? '' : ` — ${daysLeftText(a, lt) ?? ''}`}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={lt('gbd')} data-testid="licensing-gbd">
        {gbd === null ? lt('gbdNone') : (
          <Descriptions column={1} size="small">
            {GBD_FIELDS.filter(([field]) => typeof gbd[field] === 'string' && gbd[field] !== '').map(([field, label]) => (
              <Descriptions.Item key={field} label={lt(label)}>{field === 'birthDate' ? formatDay(String(gbd[field]), timeZone) : String(gbd[field])}</Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <Card size="small" title={lt('attachments')}>
        <List dataSource={a.attachments} renderItem={(f) => (
          <List.Item>
            <Space wrap>
              <Typography.Text>{f.name[language]}:</Typography.Text>
              <a href={licensingApi.documentUrl(a.id, f.position)} download={f.fileName}>{f.fileName}</a>
              {f.paperPresented && <Typography.Text type="secondary">({lt('paperPresented')})</Typography.Text>}
            </Space>
          </List.Item>
        )} />
      </Card>
      <Card size="small" title={lt('checklist')} data-testid="licensing-checklist">
        <Space orientation="vertical">
          {a.checklist.map((c) => (
            <div key={c.code}>
              <Checkbox checked={checks[c.code] ?? false} disabled={!open} data-testid={`licensing-check-${c.code}`}
                onChange={(e) => setChecks((all) => ({ ...all, [c.code]: e.target.checked }))}>{c.text[language]}</Checkbox>
              <div><Typography.Text type="secondary">{lt('basis')}: {c.basis}</Typography.Text></div>
            </div>
          ))}
          {open && <Button loading={busy} disabled={!dirty} onClick={() => void saveChecklist()} data-testid="licensing-save-checklist">{lt('saveChecklist')}</Button>}
        </Space>
      </Card>
      {notice !== null && <Alert type="success" showIcon role="status" message={notice} />}
      {error !== null && <ErrorAlert error={error} />}
      {a.licence !== null && <Alert type="success" showIcon role="status" message={lt('licenceIssued', { number: a.licence.number })} data-testid="licensing-issued" />}
      {open && (
        <Card size="small" title={lt('issue')}>
          <Space orientation="vertical">
            <Typography.Text>{lt('issueHint')}</Typography.Text>
            <Button type="primary" disabled={!allMet || dirty} onClick={() => setSigning(true)} data-testid="licensing-issue">{lt('issue')}</Button>
          </Space>
        </Card>
      )}
      {open && <ReviewDecisions application={a} reference={reference.status === 'ok' ? reference.data : null} onDecided={reload} />}
      <DocumentSigningDialog open={signing} title={lt('issueTitle')} summary={a.licenceDraft === null ? a.fullName : lt('issueSummary', { number: a.licenceDraft.number, name: a.fullName })}
        start={startSigning} onClose={() => { setSigning(false); reload(); }} onSigned={() => { setSigning(false); reload(); }} />
    </Space>
  );
}
