export * from './validation';
export * from './notification-endpoint';
export * from './handler-asset';
export * from './deterministic-zip';
