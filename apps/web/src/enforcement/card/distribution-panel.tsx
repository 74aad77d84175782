import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Candidate, Decision } from '../../api/enforcement-types.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { formatDay } from '../../format/day.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';

/**
 * ENF-12 «Распределение»: every decision of who got the document — the
 * reason in words, the rule, and every candidate with load, licence and why
 * they were left out — so anyone can see why this bailiff got it.
 */
/** `default-1` → `1`: the edition number of the rule set, as people count editions. */
function rulesEdition(version: string): string {
  return /(\d+)$/.exec(version)?.[1] ?? '1';
}

export function DistributionPanel({ decisions, timeZone }: { decisions: Decision[]; timeZone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();

  const columns: TableColumnsType<Decision> = [
    { title: t('enf.dist.decidedAt'), dataIndex: 'decidedAt', render: (at: string) => <span className="nowrap">{formatDateTime(at, language, timeZone)}</span> },
    { title: t('enf.dist.kind'), dataIndex: 'kind', render: (kind: Decision['kind']) => <Tag color={kind === 'automatic' ? 'blue' : 'purple'}>{t(`enf.dist.kinds.${kind}`)}</Tag> },
    { title: t('enf.dist.bailiff'), key: 'bailiff', render: (_: unknown, d) => d.bailiff?.fullName ?? t('enf.notAssigned') },
    {
      title: t('enf.dist.reason'),
      key: 'reason',
      render: (_: unknown, d) => (
        <div className="distribution__reason">
          <span data-testid="distribution-reason">{d.reason[language]}</span>
          {d.writtenReason !== null && <Typography.Text type="secondary">«{d.writtenReason}»{d.decidedBy === null ? '' : ` — ${d.decidedBy.fullName}`}</Typography.Text>}
        </div>
      ),
    },
    {
      title: t('enf.dist.rule'),
      key: 'rule',
      // ISSUE-13 item 3: the rule in words (the reason names it); its code and version id stay data, not text.
      render: (_: unknown, d) => (
        <Typography.Text type="secondary" data-rule={d.ruleId ?? ''} data-rules-version={d.rulesVersion}>
          {d.ruleId === null ? t('strings.dist.noRule') : t('strings.dist.rules', { version: rulesEdition(d.rulesVersion) })}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card size="small" title={t('enf.dist.title')} data-testid="distribution">
      <Table<Decision>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={decisions}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('enf.dist.none') }}
        expandable={{
          expandedRowRender: (d) => <Candidates candidates={d.candidates} />,
          rowExpandable: (d) => d.candidates.length > 0,
        }}
      />
    </Card>
  );
}

function Candidates({ candidates }: { candidates: Candidate[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const columns: TableColumnsType<Candidate> = [
    { title: t('enf.dist.candidate'), dataIndex: 'fullName' },
    { title: t('enf.dist.bailiffKind'), dataIndex: 'kind', render: (kind: Candidate['kind']) => t(`enf.bailiffKind.${kind}`) },
    { title: t('enf.dist.load'), dataIndex: 'load', align: 'right' },
    {
      title: t('enf.dist.licence'),
      key: 'licence',
      render: (_: unknown, c) => c.kind === 'state' ? '—' : (
        <Tag color={c.licence.valid ? 'green' : 'red'}>
          {!c.licence.valid ? t('enf.dist.licenceInvalid')
            : c.licence.until === null ? t('enf.dist.licenceValidOpen') : t('enf.dist.licenceValid', { until: formatDay(c.licence.until, 'UTC') })}
        </Tag>
      ),
    },
    {
      title: t('enf.dist.eligible'),
      key: 'eligible',
      render: (_: unknown, c) => c.eligible
        ? <span><CheckCircleTwoTone twoToneColor="#389e0d" aria-hidden /> {t('enf.yes')}</span>
        : <span><CloseCircleTwoTone twoToneColor="#cf1322" aria-hidden /> {t('enf.no')}</span>,
    },
    { title: t('enf.dist.excludedBecause'), key: 'excluded', render: (_: unknown, c) => c.excludedBecause?.[language] ?? '' },
  ];
  return (
    <Table<Candidate> rowKey="id" size="small" columns={columns} dataSource={candidates} pagination={false}
      scroll={{ x: 'max-content' }} data-testid="distribution-candidates" />
  );
}
