import { Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { qrCodeUrl, verifyPageUrl } from '../api/api.ts';
import type { CourtActView } from '../api/court-acts-api.ts';
import { formatDay } from '../format/day.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';

const STATUS_COLOURS = { draft: 'default', signing: 'processing', signed: 'success' } as const;

/**
 * FILE-14, FILE-15: one court act as its reader sees it — kind, status, each
 * judge's signature, publication, the legal-force date (with its source and
 * whether that reading is confirmed), and once in force the mark with the QR
 * code of its signature leading to the public verification page. `actions`
 * are the buttons the page adds (sign, edit, mark).
 */
export function CourtActCard({ act, actions }: { act: CourtActView; actions?: ReactNode }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const day = (iso: string) => formatDay(iso, 'Asia/Almaty');
  const lf = act.legalForce;
  return (
    <Card size="small" data-testid="court-act" data-act-status={act.status} title={<span data-testid="court-act-title">{act.title[language]}</span>}
      extra={<Tag color={STATUS_COLOURS[act.status]} data-testid="court-act-status">{act.statusName[language]}</Tag>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('courtActs.kind')}>
          <Space wrap>
            {act.kindName[language]}
            {act.immediateExecution && <Tag color="orange">{t('courtActs.immediate')}</Tag>}
            {act.correctsActId !== null && <Tag>{t('courtActs.correction')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('courtActs.judges')}>
          <List size="small" split={false} dataSource={act.judges} renderItem={(j) => (
            <List.Item data-testid="court-act-judge">
              {j.fullName} — {j.signedAt === null ? t('courtActs.notSigned') : t('courtActs.signedAt', { at: formatDateTime(j.signedAt) })}
            </List.Item>
          )} />
        </Descriptions.Item>
        {act.publishedAt !== null && (
          <Descriptions.Item label={t('courtActs.publishedAt')}><span data-testid="court-act-published">{formatDateTime(act.publishedAt)}</span></Descriptions.Item>
        )}
        {act.status === 'signed' && (
          <Descriptions.Item label={t('courtActs.legalForceDate')}>
            {lf.date === null ? t('courtActs.legalForceNone') : (
              <Space orientation="vertical" size={0}>
                <span data-testid="court-act-legal-force-date">{day(lf.date)}</span>
                {lf.appealDeadline !== null && <Typography.Text type="secondary">{t('courtActs.appealDeadline')}: {day(lf.appealDeadline)}</Typography.Text>}
                {lf.source !== null && (
                  <Typography.Text type="secondary">
                    {t('courtActs.source_')}: {lf.source}{lf.sourceMark === 'U' || lf.sourceMark === 'X' ? ` (${t('courtActs.unconfirmed')})` : ''}
                  </Typography.Text>
                )}
              </Space>
            )}
          </Descriptions.Item>
        )}
        {lf.blockedBy !== null && (
          <Descriptions.Item label={t('courtActs.status')}>
            <Typography.Text type="warning" data-testid="court-act-blocked">{t('courtActs.blockedBy', { number: lf.blockedBy.number ?? '' })}</Typography.Text>
          </Descriptions.Item>
        )}
        {lf.inForceAt !== null && (
          <Descriptions.Item label={t('courtActs.inForceAt')}>
            <Space align="start" wrap>
              {lf.markDocumentId !== null && (
                <a href={verifyPageUrl(lf.markDocumentId)} target="_blank" rel="noreferrer" aria-label={t('courtActs.verify')}>
                  <img width={112} height={112} src={qrCodeUrl(lf.markDocumentId)} alt={t('courtActs.qrAlt')} data-testid="court-act-qr" />
                </a>
              )}
              <Space orientation="vertical" size={0}>
                <span data-testid="court-act-in-force">{lf.date !== null ? day(lf.date) : formatDateTime(lf.inForceAt)}</span>
                {lf.markedBy !== null && <span>{t('courtActs.markedBy')}: {lf.markedBy}</span>}
                {lf.absenceReason !== null && <span>{t('courtActs.absenceReasonShown')}: {lf.absenceReason}</span>}
              </Space>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space wrap>
        <Button href={act.downloadUrl} target="_blank" data-testid="court-act-download">{t('courtActs.download')}</Button>
        {actions}
      </Space>
    </Card>
  );
}
