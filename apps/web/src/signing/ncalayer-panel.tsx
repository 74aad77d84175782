import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPurpose } from './key-owner.ts';
import { probeNcaLayer } from './ncalayer.ts';

type Props = {
  purpose: KeyPurpose;
  /** Signing is in progress: NCALayer's own window asks for the key and PIN. */
  busy: boolean;
  disabled: boolean;
  /** The last attempt found no NCALayer. */
  unavailable: boolean;
  onSign: () => void;
};

type Probe = 'checking' | 'ready' | 'absent';

/**
 * SIG-2: signing through NCALayer (KazToken, ID card, key file). The panel
 * checks that NCALayer answers and, when it does not, says how to get it.
 */
export function NcaLayerPanel({ purpose, busy, disabled, unavailable, onSign }: Props) {
  const { t } = useTranslation();
  const [probe, setProbe] = useState<Probe>('checking');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setProbe('checking');
    void probeNcaLayer().then((ok) => {
      if (current) setProbe(ok ? 'ready' : 'absent');
    });
    return () => {
      current = false;
    };
  }, [generation]);

  const absent = probe === 'absent' || (unavailable && probe !== 'checking');

  return (
    <Space orientation="vertical" className="page" data-testid="ncalayer-panel">
      <Typography.Paragraph>{t('esign.ncalayer.intro')}</Typography.Paragraph>
      {probe === 'checking' && <Spin size="small" description={t('esign.ncalayer.checking')} />}
      {probe === 'ready' && !absent && <Alert type="success" showIcon title={t('esign.ncalayer.ready')} data-testid="ncalayer-ready" />}
      {absent && (
        <Alert
          type="warning"
          showIcon
          data-testid="ncalayer-absent"
          title={t('esign.ncalayer.absentTitle')}
          description={(
            <>
              <div>{t('esign.ncalayer.absentText')}</div>
              <a href="https://pki.gov.kz/ncalayer/" target="_blank" rel="noreferrer noopener">{t('esign.ncalayer.download')}</a>
            </>
          )}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={() => setGeneration((g) => g + 1)}>{t('esign.ncalayer.retry')}</Button>}
        />
      )}
      {busy && <Alert type="info" showIcon title={t('esign.ncalayer.waiting')} data-testid="ncalayer-waiting" />}
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        loading={busy}
        disabled={disabled || probe === 'checking'}
        onClick={onSign}
        data-testid="ncalayer-sign"
      >
        {t(`esign.ncalayer.submit.${purpose}`)}
      </Button>
    </Space>
  );
}
