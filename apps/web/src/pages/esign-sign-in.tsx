import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Divider } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { useSession } from '../session/session-context.tsx';
import { utf8Bytes } from '../signing/base64.ts';
import type { SigningTask } from '../signing/use-signing-flow.ts';

// ISSUE-13 item 12: the signing dialog (tabs, key reader, NCALayer) loads when it is opened, not with the sign-in page.
const SigningDialog = lazy(() => import('../signing/signing-dialog.tsx').then((m) => ({ default: m.SigningDialog })));

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
      <p className="esign__hint">{t('esignSignIn.hint')}</p>
      {open && (
        <Suspense fallback={null}>
          <SigningDialog open={open} title={t('esignSignIn.dialogTitle')} task={task} onClose={() => setOpen(false)} onDone={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
