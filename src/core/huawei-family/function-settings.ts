/**
 * The function settings (FunctionGraph user data) the Huawei-family parts write beside the contracts' own: one
 * place for the setting names the Huawei-family handlers read, whichever cloud's construct writes them.
 */
import { TagEnrichmentOptions, tagEnrichmentEnvironment } from '../../../runtime/core/enrichment/options';
import { HuaweiCloudSettings, TagEnrichmentSettings } from '../../../runtime/core/setting-names';
import { TagLookupOptions } from './props';

/** Where the function publishes: the topic, and the project when it is fixed. @internal */
export function smnPublishSettings(topicUrn: string, projectId: string | undefined): Record<string, string> {
  return {
    [HuaweiCloudSettings.SMN_TOPIC_URN]: topicUrn,
    ...(projectId ? { [HuaweiCloudSettings.PROJECT_ID]: projectId } : {}),
  };
}

/** The tag-enrichment consumer's settings: target stream, contract options, look-up scope. @internal */
export function tagConsumerSettings(
  props: TagEnrichmentOptions & TagLookupOptions & { readonly projectId?: string },
  target: { readonly groupId: string; readonly streamId: string },
  services: readonly string[],
): Record<string, string> {
  return {
    ...(props.projectId ? { [HuaweiCloudSettings.PROJECT_ID]: props.projectId } : {}),
    [TagEnrichmentSettings.TARGET_LOG_GROUP]: target.groupId,
    [TagEnrichmentSettings.TARGET_LOG_STREAM]: target.streamId,
    ...tagEnrichmentEnvironment({ ...props, services }, props.memberAccountAgencyName),
    [TagEnrichmentSettings.TMS_FALLBACK]: String(props.tmsFallback ?? false),
    ...(props.tagRegions?.length ? { [TagEnrichmentSettings.TAG_REGIONS]: props.tagRegions.join(',') } : {}),
  };
}
