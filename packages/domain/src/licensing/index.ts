// Licensing of private bailiffs (issue 17, LIC-1…LIC-8): pure rules only.
export * from './application';
export * from './services';
export * from './documents';
export * from './qualification';
export * from './refusal-reasons';
export * from './fee';
export * from './deadline';
export * from './licence-number';
export * from './register';
export * from './survey';
