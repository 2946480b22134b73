import { TagEnrichmentSettings } from '../setting-names';
import { SettingLookup, boolSetting, intSetting, listSetting } from '../settings';
import { DEFAULT_MAX_RESOURCES_PER_EVENT, EnrichmentOptions } from './pipeline';

/** Tags change rarely; five minutes bounds both API calls and staleness. */
export const DEFAULT_TAG_CACHE_TTL_SECONDS = 300;

export function readEnrichmentOptions(lookup: SettingLookup): EnrichmentOptions {
  return {
    services: listSetting(lookup, TagEnrichmentSettings.SERVICES),
    writeUntagged: boolSetting(lookup, TagEnrichmentSettings.WRITE_UNTAGGED, true),
    maxResourcesPerEvent: Math.max(1, intSetting(lookup, TagEnrichmentSettings.MAX_RESOURCES_PER_EVENT, DEFAULT_MAX_RESOURCES_PER_EVENT)),
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
