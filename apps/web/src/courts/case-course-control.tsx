import { Alert, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../api/courts-api.ts';
import { ApiError } from '../api/http-client.ts';
import type { CaseCourseBody, CourtCaseView } from '../api/courts-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { caseStatusColour } from './status-colours.ts';

type Action = CaseCourseBody['action'];

/** Actions that end or stop the case: asked twice (a misclick would be a wrong entry in the course). */
const CONFIRMED: readonly Action[] = ['return', 'suspend', 'leaveWithoutConsideration', 'terminate'];

/**
 * Issue 15 «Іс барысы» / «Ход дела»: the judge of the case moves it — the
 * buttons are the transition table's actions of the current status that the
 * server offers this reader (`courseActions`), the hearing's date and time
 * in the court's zone (a labelled native field, keyboard-friendly). Decided
 * and closed follow from the signed act and the archive, not from here.
 */
export function CaseCourseControl({ view, onChanged }: { view: CourtCaseView; onChanged: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const [hearingAt, setHearingAt] = useState('');
  const [missingHearing, setMissingHearing] = useState(false);
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const actions = view.courseActions ?? [];
  if (actions.length === 0) return null;
  const next = [...view.events].reverse().find((e) => e.kind === 'hearing_scheduled' || e.kind === 'hearing_held');

  const run = async (action: Action) => {
    if (action === 'scheduleHearing' && hearingAt === '') {
      setMissingHearing(true);
      return;
    }
    setBusy(action);
    setError(null);
    try {
      await courtsApi.moveCase(view.id, { action, version: view.version, ...(action === 'scheduleHearing' ? { hearingAt } : {}) });
      setHearingAt('');
      onChanged();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const button = (action: Action) => {
    const label = t(`caseCourse.actions.${action}`);
    const props = { loading: busy === action, disabled: busy !== null && busy !== action, 'data-testid': `case-course-${action}` };
    if (!CONFIRMED.includes(action)) {
      return <Button key={action} type={action === 'accept' ? 'primary' : 'default'} onClick={() => void run(action)} {...props}>{label}</Button>;
    }
    return (
      <Popconfirm key={action} title={t('caseCourse.confirm')} okText={t('caseCourse.yes')} cancelText={t('caseCourse.no')}
        onConfirm={() => run(action)}>
        <Button danger {...props}>{label}</Button>
      </Popconfirm>
    );
  };

  return (
    <Card title={<Typography.Title level={2} className="courts-card-title" id="case-course-title">{t('caseCourse.title')}</Typography.Title>}
      size="small" aria-labelledby="case-course-title" data-testid="case-course">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('caseCourse.intro')}</Typography.Paragraph>
        <span>{t('caseCourse.status')}: <Tag color={caseStatusColour(view.status)}>{view.statusName[language]}</Tag></span>
        {next?.kind === 'hearing_scheduled' && next.hearingAt && (
          <Typography.Text data-testid="case-next-hearing">{t('caseCourse.nextHearing', { at: formatDateTime(next.hearingAt) })}</Typography.Text>
        )}
        {actions.includes('scheduleHearing') && (
          <Space wrap align="end">
            <label htmlFor="case-hearing-at">
              <span className="courts-field-label">{t('caseCourse.hearingAt')}</span><br />
              <input id="case-hearing-at" type="datetime-local" value={hearingAt} aria-invalid={missingHearing}
                aria-describedby={missingHearing ? 'case-hearing-missing' : undefined} data-testid="case-hearing-at"
                onChange={(e) => { setHearingAt(e.target.value.slice(0, 16)); setMissingHearing(false); }} />
            </label>
            {button('scheduleHearing')}
          </Space>
        )}
        {missingHearing && <Alert type="error" showIcon id="case-hearing-missing" title={t('caseCourse.hearingRequired')} />}
        <Space wrap>{actions.filter((a) => a !== 'scheduleHearing').map(button)}</Space>
        {error !== null && <ErrorAlert error={error} />}
      </Space>
    </Card>
  );
}
