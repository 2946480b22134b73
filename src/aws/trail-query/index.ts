export * from './api-authorization';
export * from './trail-query-table';
export * from './trail-ingestion';
export * from './trail-query-http-api';
export * from './trail-query-api';
