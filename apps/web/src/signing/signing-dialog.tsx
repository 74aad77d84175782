import { ClockCircleOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Popconfirm, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { formatRemaining } from './countdown.ts';
import type { LoadedKey } from './esign-loader.ts';
import { KeyFilePanel } from './key-file-panel.tsx';
import { isSomeoneElsesKey, keyMismatch } from './key-owner.ts';
import type { ExpectedSigner } from './key-owner.ts';
import { NcaLayerPanel } from './ncalayer-panel.tsx';
import { signWithNcaLayer } from './ncalayer.ts';
import { SigningProblemAlert } from './signing-problem-alert.tsx';
import { useSigningFlow } from './use-signing-flow.ts';
import type { SigningTask } from './use-signing-flow.ts';

type Props = {
  open: boolean;
  title: string;
  task: SigningTask;
  onClose: () => void;
  /** The server accepted the signature. */
  onDone: () => void;
  /** Shown above the key panels, e.g. a link to read the document before signing it. */
  extra?: ReactNode;
  /** ISSUE-13 item 9: the person signing (the session's user); a key of someone else is refused before anything is signed. */
  expectedSigner?: ExpectedSigner | undefined;
};

/**
 * The one signing dialog (SIG-2, SIG-3), for acts and for ЭЦП sign-in: a
 * key file opened in the browser, or NCALayer. It is mounted afresh at each
 * opening, so a key never outlives the dialog.
 */
export function SigningDialog({ open, title, task, onClose, onDone, extra, expectedSigner }: Props) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} width={640} destroyOnHidden mask={{ closable: false }}>
      {open && extra}
      {open && <SigningDialogBody task={task} onDone={onDone} expectedSigner={expectedSigner} />}
    </Modal>
  );
}

function SigningDialogBody({ task, onDone, expectedSigner }: { task: SigningTask; onDone: () => void; expectedSigner: ExpectedSigner | undefined }) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  const [key, setKey] = useState<LoadedKey | null>(null);
  const { phase, problem, busy, remaining, sign, restart } = useSigningFlow(task, onDone);
  const canSign = (phase.name === 'ready' || phase.name === 'idle') && busy === null;

  const signWithKey = () => {
    if (key !== null) void sign('file', (data, attached) => key.sign(data, attached));
  };
  const signThroughNcaLayer = () => {
    void sign('ncalayer', (data, attached) => signWithNcaLayer({ data, attached, purpose: task.purpose, locale: language }));
  };
  const mismatch = key === null ? null : keyMismatch(key.owner, task.purpose, Date.now());
  const otherPerson = key !== null && expectedSigner !== undefined && isSomeoneElsesKey(key.owner, expectedSigner);
  const submitLabel = t(`esign.submit.${task.purpose}`);

  return (
    <Space orientation="vertical" size="middle" className="page" data-testid="signing-dialog">
      {phase.name === 'preparing' && <Spin description={t('esign.preparing')} />}
      {remaining !== null && (
        <Alert type={remaining < 60_000 ? 'warning' : 'info'} showIcon icon={<ClockCircleOutlined />}
          data-testid="signing-countdown" title={t('esign.countdown', { time: formatRemaining(remaining) })} />
      )}
      {phase.name === 'expired' && (
        <Alert
          type="warning"
          showIcon
          data-testid="signing-expired"
          title={t('esign.expired.title')}
          description={t('esign.expired.text')}
          action={<Button type="primary" icon={<ReloadOutlined />} onClick={restart}>{t('esign.restart')}</Button>}
        />
      )}
      {problem !== null && !(phase.name === 'expired' && problem.kind === 'api') && <SigningProblemAlert problem={problem} />}
      {phase.name === 'failed' && (
        <Button icon={<ReloadOutlined />} onClick={restart} data-testid="signing-restart">{t('esign.restart')}</Button>
      )}
      <Tabs
        defaultActiveKey="file"
        destroyOnHidden
        items={[
          {
            key: 'file',
            label: t('esign.tab.file'),
            children: (
              <Space orientation="vertical" size="middle" className="page">
                <KeyFilePanel purpose={task.purpose} loaded={key} onLoaded={setKey} />
                {key !== null && otherPerson && expectedSigner !== undefined && (
                  <Alert type="error" showIcon data-testid="signing-wrong-person" title={t('flows.key.wrongPersonTitle')}
                    description={t('flows.key.wrongPersonText', { owner: key.owner.fullName, iin: key.owner.iin ?? t('flows.key.noIin'),
                      me: expectedSigner.fullName })}
                    action={<Button onClick={() => setKey(null)} data-testid="signing-other-key">{t('flows.key.chooseAnother')}</Button>} />
                )}
                {key !== null && !otherPerson && (mismatch === null ? (
                  <Button type="primary" icon={<EditOutlined />} onClick={signWithKey} loading={busy === 'file'}
                    disabled={!canSign} data-testid="signing-submit">
                    {submitLabel}
                  </Button>
                ) : (
                  <Popconfirm title={t('esign.sendAnywayQuestion')} okText={t('esign.sendAnyway')} cancelText={t('esign.cancel')}
                    onConfirm={signWithKey} disabled={!canSign}>
                    <Button danger icon={<EditOutlined />} loading={busy === 'file'} disabled={!canSign} data-testid="signing-submit">
                      {submitLabel}
                    </Button>
                  </Popconfirm>
                ))}
              </Space>
            ),
          },
          {
            key: 'ncalayer',
            label: t('esign.tab.ncalayer'),
            children: (
              <NcaLayerPanel
                purpose={task.purpose}
                busy={busy === 'ncalayer'}
                disabled={!canSign}
                unavailable={problem?.kind === 'ncalayer' && problem.error.kind === 'unavailable'}
                onSign={signThroughNcaLayer}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
