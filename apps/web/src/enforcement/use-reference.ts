import { enforcementApi } from '../api/enforcement-api.ts';
import type { Reference } from '../api/enforcement-types.ts';
import { useLoad } from '../components/use-load.ts';
import type { Loaded } from '../components/use-load.ts';

// Reference data (categories, grounds, templates, departments …) changes
// rarely and every enforcement screen needs it: fetched once per page load
// and shared. A failure is not cached, so the next screen tries again.
let cached: Promise<Reference> | null = null;

export function loadReference(): Promise<Reference> {
  cached ??= enforcementApi.reference().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** After an administrator saved a template, the next screen must see it. */
export function forgetReference(): void {
  cached = null;
}

export function useReference(): [Loaded<Reference>, () => void] {
  return useLoad(loadReference, 'enforcement-reference');
}
