/** Builds apps/web unless its bundle is newer than every input; true when it built. */
export declare function buildWebIfStale(root: string): boolean;
