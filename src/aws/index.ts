export * from './bundled-function';
