import { Badge, Card, List, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { Queue } from '../api/types.ts';
import { courtWorkApi } from '../api/court-work-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { stateColours } from '../theme/state-colours.ts';
import { writSum } from './writ-amount.ts';

/** The home queues this page lists, in the order a judge or secretary works them. */
export const COURT_WORK_QUEUES = ['courts.actsToSign', 'courts.legalForceMarks', 'courts.writsToSign'] as const satisfies readonly Queue['key'][];
type WorkQueue = (typeof COURT_WORK_QUEUES)[number];
const isWorkQueue = (key: string): key is WorkQueue => (COURT_WORK_QUEUES as readonly string[]).includes(key);

// The days the lists give are the court's own (the server reads them in the court's zone); shown as they are.
const ZONE = 'Asia/Almaty';

/**
 * Issue 15 (FILE-14, FILE-15, FILE-16): «Жұмыс кезектері» / «Рабочие очереди» of the court's staff — one section per
 * home queue the person has (the server's home answer says which): the judge's acts to sign and legal-force marks due
 * (court-wide for the chairman), the secretary's writs to sign. Each row opens the case, where the signing happens.
 */
export function CourtWorkPage() {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const [home] = useLoad(() => api.home(), 'court-work');
  const queues = home.status === 'ok' ? home.data.queues.filter((q) => isWorkQueue(q.key)) : [];
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('home.queues')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('courtWork.intro')}</Typography.Paragraph>
      {home.status === 'loading' && <Spin />}
      {home.status === 'error' && <ErrorAlert error={home.error} />}
      {home.status === 'ok' && queues.length === 0 && <Typography.Text type="secondary">{t('courtWork.noQueues')}</Typography.Text>}
      {COURT_WORK_QUEUES.flatMap((key) => queues.filter((q) => q.key === key)).map((q) => <WorkSection key={q.key} queue={q} />)}
    </Space>
  );
}

function WorkSection({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const key = queue.key as WorkQueue;
  return (
    <Card size="small" data-testid={`court-work-${key}`}
      title={<Typography.Title level={2} className="courts-card-title">
        {t(`queue.${key}`)} <Badge count={queue.count} showZero overflowCount={9999} color={stateColours.primary} />
      </Typography.Title>}>
      {key === 'courts.actsToSign' && <ActsToSignList />}
      {key === 'courts.legalForceMarks' && <LegalForceMarksList />}
      {key === 'courts.writsToSign' && <WritsToSignList />}
    </Card>
  );
}

/** A row: the case's number as the link to its page, then what is waiting there. */
function Row({ caseId, caseNumber, children }: { caseId: string; caseNumber: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="court-work-item">
      <Space wrap>
        <a href={hrefFor('courtCase', { id: caseId })} data-testid="court-work-case">{t('courtWork.caseNumber', { number: caseNumber })}</a>
        {children}
      </Space>
    </List.Item>
  );
}

function ActsToSignList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [loaded] = useLoad(() => courtWorkApi.actsToSign(), 'acts-to-sign');
  if (loaded.status === 'loading') return <Spin />;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  return (
    <List dataSource={loaded.data.items} locale={{ emptyText: t('courtWork.none') }} rowKey="actId" renderItem={(a) => (
      <Row caseId={a.caseId} caseNumber={a.caseNumber}>
        <Typography.Text>{a.title[language] || a.kindName[language]}</Typography.Text>
        <Tag>{a.statusName[language]}</Tag>
        <Typography.Text type="secondary">{t('courtWork.createdOn', { date: formatDay(a.createdOn, ZONE) })}</Typography.Text>
      </Row>
    )} />
  );
}

function LegalForceMarksList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [loaded] = useLoad(() => courtWorkApi.legalForceMarks(), 'legal-force-marks');
  if (loaded.status === 'loading') return <Spin />;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  return (
    <Space orientation="vertical" className="page">
      {loaded.data.courtWide && <Typography.Text type="secondary">{t('courtWork.courtWide')}</Typography.Text>}
      <List dataSource={loaded.data.items} locale={{ emptyText: t('courtWork.none') }} rowKey="actId" renderItem={(m) => (
        <Row caseId={m.caseId} caseNumber={m.caseNumber}>
          <Typography.Text>{m.title[language] || m.kindName[language]}</Typography.Text>
          <Typography.Text>{t('courtWork.dueOn', { date: formatDay(m.dueOn, ZONE) })}</Typography.Text>
          {m.overdue && <Tag color="red">{t('courtWork.overdue')}</Tag>}
        </Row>
      )} />
    </Space>
  );
}

function WritsToSignList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [loaded] = useLoad(() => courtWorkApi.writsToSign(), 'writs-to-sign');
  if (loaded.status === 'loading') return <Spin />;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  return (
    <List dataSource={loaded.data.items} locale={{ emptyText: t('courtWork.none') }} rowKey="writId" renderItem={(w) => (
      <Row caseId={w.caseId} caseNumber={w.caseNumber}>
        <Typography.Text>{t('courtWork.writ', { number: w.number })}</Typography.Text>
        <Tag>{w.statusName[language]}</Tag>
        <Typography.Text>{t('courtWork.debtors', { names: w.debtors.join('; ') })}</Typography.Text>
        <Typography.Text>{t('courtWork.sum', { sum: writSum(w.amount, w.currency) })}</Typography.Text>
        <Typography.Text type="secondary">{t('courtWork.issueDate', { date: formatDay(w.issueDate, ZONE) })}</Typography.Text>
      </Row>
    )} />
  );
}
