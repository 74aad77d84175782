import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { ActRequest } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { asApiError } from '../../components/use-load.ts';
import { ActSigningDialog } from '../act-signing-dialog.tsx';
import { isLostRace } from '../lost-race.ts';
import type { SignableAct } from '../act-signing-dialog.tsx';

export type ActFlow = {
  /** «Сформировать и перейти»: POST /acts, then straight to the signing dialog. Throws ApiError for the caller's form to show. */
  generate: (body: ActRequest) => Promise<void>;
  /** «Подписать документ» for a draft made earlier. */
  sign: (act: SignableAct) => void;
  /** The last lost race (409): shown on the card until dismissed. */
  conflict: ApiError | null;
  dismissConflict: () => void;
  dialog: ReactNode;
};

/** SIG-1: every act of the card goes generate → sign; the card is refetched after each step. */
export function useActFlow(proceedingId: string, reload: () => void): ActFlow {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [signing, setSigning] = useState<SignableAct | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);

  const lostRace = useCallback((error: ApiError) => {
    setConflict(error);
    reload();
  }, [reload]);

  const generate = useCallback(async (body: ActRequest) => {
    try {
      const act = await enforcementApi.createAct(proceedingId, body);
      setConflict(null);
      // The draft is on the card even if the dialog is closed unsigned.
      reload();
      setSigning(act);
    } catch (error) {
      if (isLostRace(error)) lostRace(error);
      throw asApiError(error);
    }
  }, [proceedingId, reload, lostRace]);

  const onSigned = useCallback((act: SignableAct) => {
    setSigning(null);
    reload();
    void message.success(act.needsApproval ? t('enf.sign.sentForApproval') : t('enf.sign.signed'), 6);
  }, [reload, message, t]);

  const onConflict = useCallback((error: ApiError) => lostRace(error), [lostRace]);

  const dialog = (
    <ActSigningDialog act={signing} purpose="sign" onClose={() => setSigning(null)} onSigned={onSigned} onConflict={onConflict} />
  );
  return { generate, sign: setSigning, conflict, dismissConflict: () => setConflict(null), dialog };
}
