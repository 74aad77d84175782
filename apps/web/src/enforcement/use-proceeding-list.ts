import { useCallback, useEffect, useRef, useState } from 'react';
import { enforcementApi } from '../api/enforcement-api.ts';
import type { ListQueue, ProceedingSummary } from '../api/enforcement-types.ts';
import type { ApiError } from '../api/http-client.ts';
import { asApiError } from '../components/use-load.ts';
import { listKey, toProceedingQuery } from './proceedings-query.ts';
import type { ListFilters } from './proceedings-query.ts';

/**
 * ENF-2: one queue's list, paged by the server's keyset cursor. "Load more"
 * appends the next page; any change of queue or filters starts over, and an
 * answer to a superseded request is dropped.
 */
export function useProceedingList(queue: ListQueue | null, filters: ListFilters) {
  const [items, setItems] = useState<ProceedingSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const requestNo = useRef(0);
  const key = queue === null ? '' : listKey(queue, filters);

  const load = useCallback((after: string | null) => {
    if (queue === null) return;
    const no = ++requestNo.current;
    setLoading(true);
    setError(null);
    enforcementApi.proceedings(toProceedingQuery(queue, filters, after)).then(
      (page) => {
        if (no !== requestNo.current) return;
        setItems((prev) => (after === null ? page.items : [...prev, ...page.items]));
        setNextCursor(page.nextCursor);
        setLoading(false);
      },
      (caught: unknown) => {
        if (no !== requestNo.current) return;
        setError(asApiError(caught));
        setLoading(false);
      },
    );
    // `key` stands for queue + filters: a new filters object with the same content is no new query.
  }, [key]);

  useEffect(() => {
    setItems([]);
    setNextCursor(null);
    load(null);
  }, [load]);

  const loadMore = useCallback(() => {
    if (nextCursor !== null) load(nextCursor);
  }, [load, nextCursor]);
  const reload = useCallback(() => load(null), [load]);

  return { items, nextCursor, loading, error, loadMore, reload };
}
