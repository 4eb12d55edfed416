export * from './organisation';
export * from './users';
export * from './sessions';
export * from './login-attempts';
export * from './audit-log';
export * from './meta';
export * from './patients';
export * from './posts';
