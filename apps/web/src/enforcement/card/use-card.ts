import { useCallback, useEffect, useRef, useState } from 'react';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { ProceedingCard } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { asApiError } from '../../components/use-load.ts';

/**
 * The card, refetched after every act. Unlike useLoad it keeps showing the
 * last card while the next one loads, so a refetch does not blank the page,
 * reset the open tab or lose the scroll position.
 */
export function useCard(id: string) {
  const [card, setCard] = useState<ProceedingCard | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const requestNo = useRef(0);

  const reload = useCallback(() => {
    const no = ++requestNo.current;
    setLoading(true);
    enforcementApi.card(id).then(
      (loaded) => {
        if (no !== requestNo.current) return;
        setCard(loaded);
        setError(null);
        setLoading(false);
      },
      (caught: unknown) => {
        if (no !== requestNo.current) return;
        setError(asApiError(caught));
        setLoading(false);
      },
    );
  }, [id]);

  useEffect(reload, [reload]);

  /** An answer that already is the new card (reassignment) needs no refetch. */
  const replace = useCallback((next: ProceedingCard) => {
    requestNo.current++;
    setCard(next);
    setLoading(false);
  }, []);

  return { card, error, loading, reload, replace };
}
