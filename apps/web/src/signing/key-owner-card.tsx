import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { keyMismatch } from './key-owner.ts';
import type { KeyOwner, KeyPurpose } from './key-owner.ts';

/** SIG-2: who the key belongs to, shown before anything is signed. */
export function KeyOwnerCard({ owner, purpose }: { owner: KeyOwner; purpose: KeyPurpose }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const mismatch = keyMismatch(owner, purpose, Date.now());
  const dash = '—';
  return (
    <div data-testid="key-owner">
      <Descriptions title={t('esign.owner.title')} column={1} bordered size="small">
        <Descriptions.Item label={t('esign.owner.name')}>
          <span data-testid="key-owner-name">{owner.fullName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('esign.owner.iin')}>
          <span data-testid="key-owner-iin">{owner.iin ?? dash}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('esign.owner.bin')}>
          <span data-testid="key-owner-bin">{owner.bin ?? dash}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('esign.owner.organisation')}>{owner.organisation ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('esign.owner.validUntil')}>
          <span data-testid="key-owner-valid-until">{formatDateTime(owner.validUntil)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('esign.owner.purpose')}>
          <span data-testid="key-owner-purpose">
            {owner.purposes.length === 0 ? dash : owner.purposes.map((p) => <Tag key={p}>{t(`esign.purpose.${p}`)}</Tag>)}
          </span>
        </Descriptions.Item>
        {owner.roles.length > 0 && (
          <Descriptions.Item label={t('esign.owner.roles')}>
            {owner.roles.map((role) => <Tag key={role}>{t(`esign.role.${role}`, { defaultValue: role })}</Tag>)}
          </Descriptions.Item>
        )}
        {owner.issuer !== null && <Descriptions.Item label={t('esign.owner.issuer')}>{owner.issuer}</Descriptions.Item>}
      </Descriptions>
      {mismatch !== null && (
        <Alert
          className="esign__mismatch"
          type="warning"
          showIcon
          data-testid="key-mismatch"
          title={mismatch === 'purpose' ? t(`esign.mismatch.purpose.${purpose}`) : t(`esign.mismatch.${mismatch}`)}
        />
      )}
    </div>
  );
}
