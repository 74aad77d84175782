import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Divider, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { useSession } from '../session/session-context.tsx';
import { utf8Bytes } from '../signing/base64.ts';
import { SigningDialog } from '../signing/signing-dialog.tsx';
import type { SigningTask } from '../signing/use-signing-flow.ts';

/**
 * ЭЦП sign-in: the server's single-use nonce (≤ 60 s) signed with an
 * authentication key, in the browser or through NCALayer. The nonce is
 * fetched at the moment of signing, so a slow PIN entry does not waste it.
 */
export function EsignSignIn() {
  const { t } = useTranslation();
  const { signInWithSignature } = useSession();
  const [open, setOpen] = useState(false);

  const task = useMemo<SigningTask>(() => ({
    purpose: 'auth',
    attached: true,
    startOnOpen: false,
    start: async () => {
      const challenge = await api.esignChallenge();
      return { id: challenge.challengeId, data: utf8Bytes(challenge.nonce), startedAt: null, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => {
      await signInWithSignature(challenge.id, cms);
    },
  }), [signInWithSignature]);

  return (
    <>
      <Divider plain>{t('esignSignIn.or')}</Divider>
      <Button block icon={<SafetyCertificateOutlined />} onClick={() => setOpen(true)} data-testid="esign-sign-in">
        {t('esignSignIn.button')}
      </Button>
      <Typography.Paragraph type="secondary" className="esign__hint">{t('esignSignIn.hint')}</Typography.Paragraph>
      <SigningDialog open={open} title={t('esignSignIn.dialogTitle')} task={task} onClose={() => setOpen(false)} onDone={() => setOpen(false)} />
    </>
  );
}
