/**
 * Lambda entry: API Gateway HTTP API (payload format 2.0, every route plus `$default`) → trail query engine.
 * Handler setting: `index.handler`.
 */
import { SettingLookup, envLookup } from '../../core/settings';
import {
  HttpApiEvent,
  HttpApiResult,
  QueryApiOptions,
  handleQueryApiRequest,
  queryApiOptionsFrom,
} from '../trail-query/api-handler';
import { logJson, storeFromSettings } from '../trail-query/aws-clients';
import { TrailStore } from '../trail-query/trail-store';

export interface TrailQueryApiDependencies {
  readonly settings?: SettingLookup;
  readonly store?: TrailStore;
  readonly options?: QueryApiOptions;
}

export function createTrailQueryApiHandler(
  dependencies: TrailQueryApiDependencies = {},
): (event: HttpApiEvent) => Promise<HttpApiResult> {
  let context: { store: TrailStore; options: QueryApiOptions } | undefined;
  return async (event: HttpApiEvent): Promise<HttpApiResult> => {
    if (!context) {
      const settings = dependencies.settings ?? envLookup();
      context = {
        store: dependencies.store ?? storeFromSettings(settings),
        options: { log: logJson, ...queryApiOptionsFrom(settings), ...dependencies.options },
      };
    }
    return handleQueryApiRequest(context.store, event, context.options);
  };
}

export const handler = createTrailQueryApiHandler();
