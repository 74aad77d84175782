import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { Act, ActRequest } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { asApiError } from '../../components/use-load.ts';
import { ActSigningDialog } from '../act-signing-dialog.tsx';
import { isLostRace } from '../lost-race.ts';
import type { SignableAct } from '../act-signing-dialog.tsx';

export type ActFlow = {
  /** «Сформировать и перейти»: POST /acts, then straight to the signing dialog. Throws ApiError for the caller's form to show. */
  generate: (body: ActRequest) => Promise<void>;
  /** «Подписать документ» for a draft made earlier (a stale one opens with its notice and «Сформировать заново»). */
  sign: (act: SignableAct) => void;
  /** ISSUE-13 item 8: «Удалить черновик». Throws ApiError. */
  discard: (act: Pick<Act, 'id'>) => Promise<void>;
  /** The last lost race (409): shown on the card until dismissed. */
  conflict: ApiError | null;
  dismissConflict: () => void;
  dialog: ReactNode;
};

/**
 * SIG-1: every act of the card goes generate → sign; the card is refetched after each step.
 * ISSUE-13 item 8: asked again for a draft it already has, the server returns
 * that draft (`knownActIds` tells it apart) and the bailiff is told so.
 */
export function useActFlow(proceedingId: string, reload: () => void, knownActIds: readonly string[] = []): ActFlow {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [signing, setSigning] = useState<SignableAct | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);

  const lostRace = useCallback((error: ApiError) => {
    setConflict(error);
    reload();
  }, [reload]);

  const known = knownActIds.join(',');
  const generate = useCallback(async (body: ActRequest) => {
    try {
      const act = await enforcementApi.createAct(proceedingId, body);
      setConflict(null);
      if (known.split(',').includes(act.id)) void message.info(t('flows.draft.reopened'), 6);
      // The draft is on the card even if the dialog is closed unsigned.
      reload();
      setSigning(act);
    } catch (error) {
      if (isLostRace(error)) lostRace(error);
      throw asApiError(error);
    }
  }, [proceedingId, reload, lostRace, known, message, t]);

  const regenerate = useCallback(async (act: SignableAct) => {
    const fresh = await enforcementApi.regenerateAct(act.id);
    reload();
    setSigning(fresh);
  }, [reload]);

  const discard = useCallback(async (act: Pick<Act, 'id'>) => {
    await enforcementApi.discardAct(act.id);
    void message.success(t('flows.draft.discarded'));
    reload();
  }, [reload, message, t]);

  const onSigned = useCallback((act: SignableAct) => {
    setSigning(null);
    reload();
    void message.success(act.needsApproval ? t('enf.sign.sentForApproval') : t('enf.sign.signed'), 6);
  }, [reload, message, t]);

  const onConflict = useCallback((error: ApiError) => lostRace(error), [lostRace]);

  const dialog = (
    <ActSigningDialog act={signing} purpose="sign" onClose={() => setSigning(null)} onSigned={onSigned} onConflict={onConflict}
      onRegenerate={regenerate} />
  );
  return { generate, sign: setSigning, discard, conflict, dismissConflict: () => setConflict(null), dialog };
}
