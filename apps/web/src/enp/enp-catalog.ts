import type { enpRu } from './enp-ru.ts';

/** The shape of the portal's catalog: the Russian one defines it, the Kazakh one must match it (type-only import, no code). */
export type EnpCatalog = typeof enpRu;
