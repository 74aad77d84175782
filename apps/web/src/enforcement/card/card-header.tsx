import {
  ArrowLeftOutlined, CheckCircleOutlined, EditOutlined, CloseCircleOutlined, PauseCircleOutlined, PlayCircleOutlined, ReloadOutlined,
  SendOutlined, StopOutlined, SwapOutlined, ThunderboltOutlined,
} from '@ant-design/icons';
import { simplified } from '@oryndau/domain';
import { Button, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProceedingCard } from '../../api/enforcement-types.ts';
import { formatDay } from '../../format/day.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { formatTiyn } from '../../format/money.ts';
import { hrefFor } from '../../router/hash-router.ts';
import { buttonLabelKey, cardButtons } from '../act-kinds.ts';
import type { CardButton, CardButtonKey } from '../act-kinds.ts';
import { StatusTag } from '../status-tags.tsx';
import { canEditCard } from './card-edit.ts';

const icons: Record<CardButtonKey, ReactNode> = {
  initiate: <ThunderboltOutlined />,
  refuse: <CloseCircleOutlined />,
  suspend: <PauseCircleOutlined />,
  resume: <PlayCircleOutlined />,
  end: <StopOutlined />,
  transfer: <SendOutlined />,
  confirmExecution: <CheckCircleOutlined />,
};

type Props = {
  card: ProceedingCard;
  loading: boolean;
  onAction: (button: CardButton) => void;
  onEdit: () => void;
  onReassign: () => void;
  onRefresh: () => void;
};

/** ENF-10: number, status, bailiff and the seed's buttons («Редактировать» first) — only those the server allows, only for the assigned bailiff. */
export function CardHeader({ card, loading, onAction, onEdit, onReassign, onRefresh }: Props) {
  const { t } = useTranslation();
  const buttons = card.canAct ? cardButtons(card.availableActions) : [];
  const waiting = card.acts.filter((act) => act.status === 'awaiting_approval').length;
  const doc = card.executiveDocument;
  const language = useUiLanguage();

  return (
    <header className="card-header">
      <a href={hrefFor('enforcement')} className="card-header__back"><ArrowLeftOutlined aria-hidden /> {t('enf.card.back')}</a>
      <div className="card-header__title">
        <Typography.Title level={1}>
          {t('enf.card.title')} <span className="mono" data-testid="card-number">{card.registrationNumber}</span>
        </Typography.Title>
        <span data-testid="card-status"><StatusTag status={card.status} /></span>
        {waiting > 0 && <Tag color="gold" data-testid="card-awaiting">{t('enf.card.awaitingApproval', { n: waiting })}</Tag>}
      </div>
      <dl className="card-header__facts">
        <div><dt>{t('enf.card.bailiff')}</dt><dd data-testid="card-bailiff">{card.bailiff?.fullName ?? t('enf.notAssigned')}</dd></div>
        <div><dt>{t('enf.card.registeredAt')}</dt><dd>{formatDay(card.registeredAt, card.timeZone)}</dd></div>
        <div><dt>{t('enf.doc.amountInTenge')}</dt><dd className="amount">{formatTiyn(doc.amountTiyn)}</dd></div>
        <div><dt>{t('enf.doc.claimEssence')}</dt><dd>{simplified.localizeClaimEssence(doc.claimEssence, language)}</dd></div>
      </dl>
      <div className="card-header__actions">
        <div className="card-header__buttons">
          <Space wrap>
            {canEditCard(card) && (
              <Button icon={<EditOutlined />} onClick={onEdit} data-testid="card-edit">{t('enf.edit.button')}</Button>
            )}
            {buttons.map((button) => (
              <Button key={button.key} type={button.key === 'initiate' ? 'primary' : 'default'} icon={icons[button.key]}
                danger={button.key === 'refuse'} onClick={() => onAction(button)} data-testid={`action-${button.key}`}>
                {t(buttonLabelKey(button.key))}
              </Button>
            ))}
          </Space>
          <Space wrap>
            {card.canReassign && (
              <Button icon={<SwapOutlined />} onClick={onReassign} data-testid="reassign">{t('enf.reassign.button')}</Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={onRefresh} loading={loading} data-testid="card-refresh">{t('enf.refresh')}</Button>
          </Space>
        </div>
        {!card.canAct && card.availableActions.length > 0 && (
          <Typography.Text type="secondary" className="card-header__note">{t('enf.card.onlyAssigned')}</Typography.Text>
        )}
      </div>
    </header>
  );
}
