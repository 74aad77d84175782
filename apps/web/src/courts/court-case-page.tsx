import { Card, Descriptions, List, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../api/courts-api.ts';
import type { CourtCaseView } from '../api/courts-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { CourtActsSection } from './court-acts-section.tsx';
import { caseStatusColour } from './status-colours.ts';
import { WritSection } from './writ-section.tsx';
import { CourtCaseArchive } from './court-case-archive.tsx';
import { CaseCourseControl } from './case-course-control.tsx';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';

/** Issue 16: the «ЭНП» section and its texts load only when a case page opens. */
const EnpOfficeSection = lazy(() => import('./enp-office-section.tsx').then((m) => ({ default: m.EnpOfficeSection })));

/** ISSUE-14 items 1, 10: a court case — number, judges, participants by category, the course, documents (with when each arrived, FILE-8). */
export function CourtCasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(() => courtsApi.courtCase(id), id);
  return (
    <Space orientation="vertical" size="large" className="page">
      {loaded.status !== 'ok' && <Typography.Title level={1}>{t('courts.case.title', { number: '' })}</Typography.Title>}
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && <CaseView view={loaded.data} onChanged={reload} />}
      {loaded.status === 'ok' && <CourtActsSection caseId={loaded.data.id} onChanged={reload} />}
      {loaded.status === 'ok' && (
        <Suspense fallback={<Spin />}>
          <EnpOfficeSection caseId={loaded.data.id} caseNumber={loaded.data.number} form={loaded.data.form}
            today={new Date().toISOString().slice(0, 10)} />
        </Suspense>
      )}
    </Space>
  );
}

function CaseView({ view, onChanged }: { view: CourtCaseView; onChanged: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const day = (iso: string) => formatDay(iso, 'Asia/Almaty');
  const formatDateTime = useFormatDateTime();
  return (
    <>
      <Typography.Title level={1} data-testid="case-number">{t('courts.case.title', { number: view.number })}</Typography.Title>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={t('courts.common.court')}>{view.court.name[language]}</Descriptions.Item>
        <Descriptions.Item label={t('courts.common.status')}><Tag color={caseStatusColour(view.status)} data-testid="case-status">{view.statusName[language]}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('courts.case.form')}>{view.formName[language]}</Descriptions.Item>
        <Descriptions.Item label={t('courts.case.instance')}>{view.instanceName[language]}</Descriptions.Item>
        <Descriptions.Item label={t('courts.case.registeredOn')}>{day(view.registeredOn)}</Descriptions.Item>
      </Descriptions>
      <Card title={t('courts.common.judges')} size="small">
        <List size="small" dataSource={view.judges.filter((j) => j.current)} locale={{ emptyText: t('courts.common.none') }} renderItem={(j) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <span data-testid="case-judge">{j.fullName} ({t(`courts.case.${j.role}`)})</span>
              <Typography.Text type="secondary">{j.reason[language]}</Typography.Text>
            </Space>
          </List.Item>
        )} />
      </Card>
      <CaseCourseControl view={view} onChanged={onChanged} />
      <Card title={t('courts.common.participants')} size="small">
        {view.participants.map((group) => (
          <div key={group.category}>
            <Typography.Text strong>{group.categoryName[language]}</Typography.Text>
            <ul>{group.people.map((p) => <li key={p.id}>{p.name}{p.iinBin === null ? '' : ` (${p.iinBin})`}</li>)}</ul>
          </div>
        ))}
      </Card>
      <Card title={t('courts.common.course')} size="small">
        {view.events.length === 0 ? <Typography.Text type="secondary">{t('courts.common.noEvents')}</Typography.Text> : (
          <Timeline items={view.events.map((e) => ({ key: e.id, content: `${day(e.localDate)} — ${e.name[language]}`
            + (e.hearingAt ? ` (${t('caseCourse.hearingOf', { at: formatDateTime(e.hearingAt) })})` : '') }))} />
        )}
      </Card>
      <Card title={t('courts.common.documents')} size="small">
        <List size="small" dataSource={view.documents} locale={{ emptyText: t('courts.common.none') }} renderItem={(d) => (
          <List.Item>
            <Space wrap>
              <a href={d.downloadUrl} target="_blank" rel="noreferrer">{d.title}</a>
              <Typography.Text type="secondary">{t('courts.case.documentAddedAt', { at: formatDateTime(d.addedAt) })}</Typography.Text>
            </Space>
          </List.Item>
        )} />
      </Card>
      <WritSection caseId={view.id} />
      <CourtCaseArchive caseId={view.id} />
    </>
  );
}
