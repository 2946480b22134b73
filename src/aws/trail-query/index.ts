// The trail query API's public surface; the package's entry point is src/aws/index.ts.
export { ApiAuthorization, ApiAuthorizationType } from './api-authorization';
export type {
  CognitoAuthorizationOptions,
  JwtAuthorizationOptions,
  UnauthenticatedAcknowledgement,
} from './api-authorization';
export { TrailIngestion } from './trail-ingestion';
export type { TrailIngestionProps } from './trail-ingestion';
export { TrailQueryApi } from './trail-query-api';
export type { TrailLogLocation, TrailQueryApiProps } from './trail-query-api';
export { TrailQueryHttpApi } from './trail-query-http-api';
export type { ApiThrottling, TrailQueryHttpApiProps } from './trail-query-http-api';
export { TrailQueryTable } from './trail-query-table';
export type { TrailQueryTableProps } from './trail-query-table';
export { PortalMfa, PortalPriceClass, TrailPortal } from './trail-portal';
export type { ExistingPortalUserPool, TrailPortalOptions, TrailPortalProps } from './trail-portal';
