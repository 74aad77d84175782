// Licensing of private bailiffs (issue 17): every SQL statement of the licensing workspace.
export * from './applications-repository';
export * from './register-repository';
export * from './survey-repository';
