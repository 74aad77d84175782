import { FileTextOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { ApiError } from '../api/http-client.ts';
import type { DocumentChallenge } from '../api/signing-types.ts';
import { useSession } from '../session/session-context.tsx';
import { sameHash, sha256Hex } from '../signing/sha256.ts';
import { SigningDialog } from '../signing/signing-dialog.tsx';
import type { SigningTask } from '../signing/use-signing-flow.ts';

type Props = {
  open: boolean;
  title: string;
  /** What is signed, in words (the filing's title and court, the power of attorney's number). */
  summary: ReactNode;
  /** Opens the challenge on the server: a filing's manifest (FILE-6) or a power of attorney (FILE-9). */
  start: () => Promise<DocumentChallenge>;
  onClose: () => void;
  onSigned: () => void;
};

/**
 * The EXISTING signing dialog (key file or NCALayer, SIG-2/SIG-3) for a court
 * document: the server stores what is to be signed as a document; its exact
 * bytes are fetched and must hash to what the challenge names, then the key
 * signs them in this browser and the CMS goes to the common signature route.
 * The server's refusal (a filing "not received", §30, §33) is shown in the
 * dialog in the user's language.
 */
export function DocumentSigningDialog({ open, title, summary, start, onClose, onSigned }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const task = useMemo<SigningTask>(() => ({
    purpose: 'sign',
    attached: false,
    startOnOpen: true,
    start: async () => {
      const challenge = await start();
      const { bytes } = await api.documentContent(challenge.documentId);
      if (!sameHash(await sha256Hex(bytes), challenge.contentHash)) {
        throw new ApiError(0, 'signing.content_mismatch', t('enf.sign.contentMismatch'));
      }
      return { id: challenge.challengeId, data: bytes, startedAt: challenge.startedAt, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => {
      await api.submitSignature(challenge.id, cms);
    },
  }), [start, t]);
  if (!open) return null;
  return (
    <SigningDialog
      open
      title={title}
      task={task}
      extra={<Space className="page"><FileTextOutlined aria-hidden /><Typography.Text strong>{summary}</Typography.Text></Space>}
      onClose={onClose}
      onDone={onSigned}
      expectedSigner={user === null ? undefined : { iin: user.iin, fullName: user.fullName }}
    />
  );
}
