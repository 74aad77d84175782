import { Alert, Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SimplifiedCredit, SimplifiedOrigin } from '../../api/enforcement-types.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { formatDay } from '../../format/day.ts';
import { formatTiyn } from '../../format/money.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';

/**
 * One sentence per way the fine left the simplified path, dated with the day
 * it left it in the proceeding's zone; each a literal key so the catalogs are checked.
 */
export function originText(t: TFunction, origin: SimplifiedOrigin, timeZone: string): string {
  const values = { erapFineId: origin.erapFineId, date: formatDay(origin.closedAt, timeZone) };
  switch (origin.outcome) {
    case 'expired': return t('enf.simplified.cancelledExpired', values);
    case 'disagreed': return t('enf.simplified.cancelledDisagreed', values);
    case 'ineligible': return t('enf.simplified.ordinaryIneligible', values);
    case 'no_phone': return t('enf.simplified.ordinaryNoPhone', values);
  }
}

/**
 * SIMP-5, SIMP-6 on the card: where this proceeding came from — the ЕРАП
 * fine whose simplified proceeding was cancelled (or never started) — and
 * every payment for the fine already credited here, so the bailiff never
 * collects it a second time.
 */
export function SimplifiedOriginPanel({ origin, timeZone }: { origin: SimplifiedOrigin; timeZone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const at = (iso: string) => <span className="nowrap">{formatDateTime(iso, language, timeZone)}</span>;
  const hasCredits = origin.credits.length > 0;

  const columns: TableColumnsType<SimplifiedCredit> = [
    { title: t('enf.simplified.paidAt'), dataIndex: 'paidAt', render: at },
    { title: t('enf.simplified.recordedAt'), dataIndex: 'recordedAt', render: at },
    { title: t('enf.simplified.receiptCode'), dataIndex: 'receiptCode', render: (code: string | null) => <span className="mono">{code ?? '—'}</span> },
    { title: t('enf.simplified.amount'), dataIndex: 'amountTiyn', align: 'right',
      render: (amount: number) => <span className="amount">{formatTiyn(String(amount))}</span> },
  ];

  return (
    <>
      <Alert
        type="info"
        showIcon
        data-testid="simplified-origin"
        data-outcome={origin.outcome}
        title={originText(t, origin, timeZone)}
        description={(origin.initiatedAt !== null || hasCredits) && (
          <>
            {origin.initiatedAt !== null && <div>{t('enf.simplified.initiatedAt', { date: formatDay(origin.initiatedAt, timeZone) })}</div>}
            {hasCredits && <div>{t('enf.simplified.creditsHint')}</div>}
          </>
        )}
      />
      {hasCredits && (
        <Card size="small" title={t('enf.simplified.credits')} data-testid="simplified-credits">
          <Table<SimplifiedCredit>
            rowKey="paymentId"
            size="small"
            columns={columns}
            dataSource={origin.credits}
            pagination={false}
            scroll={{ x: 'max-content' }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}><Typography.Text strong>{t('enf.simplified.total')}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong className="amount" data-testid="simplified-credited-total">{formatTiyn(String(origin.creditedTiyn))}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </Card>
      )}
    </>
  );
}
