// ЭНП — the public case observation portal (issue 16): pure rules only.
export * from './password';
export * from './document-kinds';
export * from './visibility-matrix';
export * from './access-texts';
export * from './easd-package';
export * from './applications';
export * from './emails';
export * from './retention';
