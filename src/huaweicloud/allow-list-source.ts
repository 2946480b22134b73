// The OBS allow-list source is the same on Open Telekom Cloud (same OBS, same IAM): one class in core/huawei-family.
export { AllowListSource } from '../core/huawei-family/allow-list-source';
export type { ObsAllowListSourceOptions } from '../core/huawei-family/allow-list-source';
