import { DisconnectOutlined, KeyOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openKeyFile } from './esign-loader.ts';
import type { LoadedKey } from './esign-loader.ts';
import { KeyOwnerCard } from './key-owner-card.tsx';
import type { KeyPurpose } from './key-owner.ts';
import { KeyFileError } from './signing-problem.ts';

type Props = {
  purpose: KeyPurpose;
  loaded: LoadedKey | null;
  onLoaded: (key: LoadedKey | null) => void;
};

/**
 * SIG-2: a key file (.p12) and its PIN, opened in this browser. Neither the
 * file nor the PIN is sent anywhere; the dialog keeps the opened key in
 * memory until the user disconnects it or closes the dialog.
 */
export function KeyFilePanel({ purpose, loaded, onLoaded }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [pin, setPin] = useState('');
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<KeyFileError | null>(null);

  if (loaded !== null) {
    return (
      <Space orientation="vertical" className="page">
        <Typography.Text type="secondary">{t('esign.file.loaded', { name: loaded.fileName })}</Typography.Text>
        <KeyOwnerCard owner={loaded.owner} purpose={purpose} />
        <Button icon={<DisconnectOutlined />} onClick={() => onLoaded(null)} data-testid="key-disconnect">
          {t('esign.disconnect')}
        </Button>
      </Space>
    );
  }

  const open = async () => {
    if (file === null || pin === '') return;
    setOpening(true);
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const key = await openKeyFile(file.name, bytes, pin);
      setPin('');
      setFile(null);
      onLoaded(key);
    } catch (caught) {
      setError(caught instanceof KeyFileError ? caught : new KeyFileError('corrupt', String(caught)));
      if (caught instanceof KeyFileError && caught.kind === 'wrongPin') setPin('');
    } finally {
      setOpening(false);
    }
  };

  return (
    <Form layout="vertical" requiredMark={false} onFinish={() => void open()}>
      <Alert type="info" showIcon className="esign__note" title={t('esign.keyStaysHere')} />
      <Form.Item label={t('esign.file.label')} htmlFor="esign-key-file">
        <input
          ref={input}
          id="esign-key-file"
          data-testid="key-file-input"
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          className="esign__file-input"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(null);
          }}
        />
        <Space wrap>
          <Button icon={<KeyOutlined />} onClick={() => input.current?.click()}>{t('esign.file.choose')}</Button>
          <Typography.Text data-testid="key-file-name">{file?.name ?? t('esign.file.none')}</Typography.Text>
        </Space>
      </Form.Item>
      <Form.Item label={t('esign.pin')} htmlFor="esign-pin">
        <Input.Password
          id="esign-pin"
          prefix={<LockOutlined aria-hidden />}
          autoComplete="off"
          value={pin}
          onChange={(event) => {
            setPin(event.target.value);
            setError(null);
          }}
        />
      </Form.Item>
      {error !== null && (
        <Alert type="error" showIcon className="esign__note" data-testid="key-error" data-kind={error.kind}
          title={t(`esign.keyError.${error.kind}`)} />
      )}
      <Button htmlType="submit" type="primary" loading={opening} disabled={file === null || pin === ''}>
        {t('esign.file.open')}
      </Button>
    </Form>
  );
}
