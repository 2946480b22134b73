// The agency interface and importer are shared with Open Telekom Cloud (same IAM): see core/huawei-family.
export { Agency } from '../core/huawei-family/agency';
export type { IAgency } from '../core/huawei-family/agency';
