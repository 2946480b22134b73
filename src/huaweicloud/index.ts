export * from './bundled-function';
export * from './secure-obs-bucket';
export * from './audit-tracker';
export * from './alert-topic';
export * from './login-alarm';
export * from './login-audit-pattern';
export * from './log-keyword-alarm';
export * from './tag-enrichment';
