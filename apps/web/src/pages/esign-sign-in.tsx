import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Divider } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { ApiError } from '../api/http-client.ts';
import { REGISTRATION_HREF } from './cabinet/registration-path.ts';
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
  // FILE-3: a key whose IIN has no account yet is offered the registration.
  const [unknownUser, setUnknownUser] = useState(false);

  const task = useMemo<SigningTask>(() => ({
    purpose: 'auth',
    attached: true,
    startOnOpen: false,
    start: async () => {
      const challenge = await api.esignChallenge();
      return { id: challenge.challengeId, data: utf8Bytes(challenge.nonce), startedAt: null, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => {
      try {
        await signInWithSignature(challenge.id, cms);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'auth.esign_unknown_user') setUnknownUser(true);
        throw error;
      }
    },
  }), [signInWithSignature]);

  return (
    <>
      <Divider plain>{t('esignSignIn.or')}</Divider>
      <Button block icon={<SafetyCertificateOutlined />} onClick={() => setOpen(true)} data-testid="esign-sign-in">
        {t('esignSignIn.button')}
      </Button>
      <p className="esign__hint">{t('esignSignIn.hint')}</p>
      {unknownUser && (
        <p className="esign__hint" role="status" data-testid="esign-register-offer">
          {t('cabinet.unknownUserPrompt')} <a href={REGISTRATION_HREF}>{t('cabinet.registerLink')}</a>
        </p>
      )}
      {open && (
        <Suspense fallback={null}>
          <SigningDialog open={open} title={t('esignSignIn.dialogTitle')} task={task} onClose={() => setOpen(false)} onDone={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
