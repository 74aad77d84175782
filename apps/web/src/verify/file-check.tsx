import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sameHash, sha256Hex } from '../signing/sha256.ts';

type Check = { status: 'idle' } | { status: 'hashing'; name: string } | { status: 'done'; name: string; hash: string; matches: boolean };

/**
 * SIG-6: anyone drops the file they hold; its SHA-256 is computed here and
 * compared with the signed document's. The file is never uploaded.
 */
export function FileCheck({ expected }: { expected: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [over, setOver] = useState(false);

  const compare = async (file: File) => {
    setCheck({ status: 'hashing', name: file.name });
    const hash = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
    setCheck({ status: 'done', name: file.name, hash, matches: sameHash(hash, expected) });
  };
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file !== undefined) void compare(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.current?.click();
    }
  };

  return (
    <Card title={t('verify.drop.title')}>
      <div
        role="button"
        tabIndex={0}
        data-testid="file-drop"
        className={over ? 'file-drop file-drop--over' : 'file-drop'}
        onClick={() => input.current?.click()}
        onKeyDown={onKey}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <InboxOutlined className="file-drop__icon" aria-hidden />
        <div>{t('verify.drop.hint')}</div>
        <input ref={input} type="file" className="visually-hidden" data-testid="file-drop-input" tabIndex={-1}
          aria-label={t('verify.drop.title')} onChange={(event) => take(event.target.files)} />
      </div>
      {check.status === 'hashing' && <Spin description={t('verify.drop.computing')} />}
      {check.status === 'done' && (
        <Alert
          className="file-drop__result"
          type={check.matches ? 'success' : 'error'}
          showIcon
          data-testid="file-check-result"
          data-match={String(check.matches)}
          title={check.matches ? t('verify.drop.matches') : t('verify.drop.differs')}
          description={(
            <>
              <div>{check.name}</div>
              <div>{t('verify.drop.fileHash')}: <Typography.Text code className="hash">{check.hash}</Typography.Text></div>
            </>
          )}
        />
      )}
    </Card>
  );
}
