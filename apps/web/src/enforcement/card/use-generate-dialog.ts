import { useState } from 'react';
import type { ActRequest } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { asApiError } from '../../components/use-load.ts';
import { isLostRace } from '../lost-race.ts';
import type { ActFlow } from './use-act-flow.tsx';

/**
 * The submit of every dialog that ends in «Сформировать и перейти»: busy
 * while the server renders, close on success, keep the error in the dialog —
 * except a lost race, which the refetched card shows (this dialog's choices
 * no longer apply).
 */
export function useGenerateDialog(generate: ActFlow['generate'], onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (request: ActRequest) => {
    setBusy(true);
    setError(null);
    try {
      await generate(request);
      onClose();
    } catch (caught) {
      if (isLostRace(caught)) onClose();
      else setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
