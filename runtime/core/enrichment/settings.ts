import { TagEnrichmentSettings } from '../setting-names';
import { SettingLookup, boolSetting, intSetting, listSetting } from '../settings';
import type { EnrichmentOptions } from './pipeline';

/**
 * The tag-enrichment defaults, defined once: the constructs write them into the function settings and the handlers
 * fall back to them when a setting is absent.
 */
/** Tags change rarely; five minutes bounds both API calls and staleness. */
export const DEFAULT_TAG_CACHE_TTL_SECONDS = 300;
/** The longest cache life accepted: an hour-old tag is the most staleness a business view should show. */
export const MAX_TAG_CACHE_TTL_SECONDS = 3600;
/** Records written per event at most (one per resource); the rest are counted in `resourceCount`. */
export const DEFAULT_MAX_RESOURCES_PER_EVENT = 20;
/** The highest `maxResourcesPerEvent` accepted (one tag call takes up to 100 resources). */
export const MAX_RESOURCES_PER_EVENT_LIMIT = 100;
/** Records of resources without tags are written by default: changes to untagged resources matter too. */
export const DEFAULT_WRITE_UNTAGGED = true;
/** The tag keys the saved queries and the index use when none are given. */
export const DEFAULT_BUSINESS_TAG_KEYS: readonly string[] = ['Project'];

export function readEnrichmentOptions(lookup: SettingLookup): EnrichmentOptions {
  return {
    services: listSetting(lookup, TagEnrichmentSettings.SERVICES),
    writeUntagged: boolSetting(lookup, TagEnrichmentSettings.WRITE_UNTAGGED, DEFAULT_WRITE_UNTAGGED),
    maxResourcesPerEvent: Math.max(
      1,
      intSetting(lookup, TagEnrichmentSettings.MAX_RESOURCES_PER_EVENT, DEFAULT_MAX_RESOURCES_PER_EVENT),
    ),
  };
}

export function readCacheTtlMs(lookup: SettingLookup): number {
  return intSetting(lookup, TagEnrichmentSettings.CACHE_TTL_SECONDS, DEFAULT_TAG_CACHE_TTL_SECONDS) * 1000;
}

/** The member-account role (AWS) or agency (Huawei) name, or undefined when member accounts are off. */
export function memberRoleName(lookup: SettingLookup): string | undefined {
  const name = lookup(TagEnrichmentSettings.MEMBER_ROLE_NAME)?.trim();
  return name ? name : undefined;
}

/** The member accounts whose role may be assumed (empty: none). */
export function memberAccountIds(lookup: SettingLookup): readonly string[] {
  return listSetting(lookup, TagEnrichmentSettings.MEMBER_ACCOUNT_IDS);
}
