/**
 * The one table of the CIS monitoring controls (AWS Security Hub CloudWatch.1–14, CIS AWS Foundations 1.2.0 section 3 /
 * 1.4.0 section 4) and what watches the same thing on each cloud: the CloudWatch Logs metric filter pattern on AWS,
 * the CTS key event notification (operations and filter) on Huawei Cloud and Open Telekom Cloud, or why there is no
 * equivalent. Pure data and functions: the constructs of every cloud (and the docs) read it, none re-declares it.
 */
export type CisControlId =
  | 'CloudWatch.1'
  | 'CloudWatch.2'
  | 'CloudWatch.3'
  | 'CloudWatch.4'
  | 'CloudWatch.5'
  | 'CloudWatch.6'
  | 'CloudWatch.7'
  | 'CloudWatch.8'
  | 'CloudWatch.9'
  | 'CloudWatch.10'
  | 'CloudWatch.11'
  | 'CloudWatch.12'
  | 'CloudWatch.13'
  | 'CloudWatch.14';

/** The clouds whose CTS key event notifications the table serves. */
export type CtsCloud = 'huaweicloud' | 'opentelekomcloud';

/** One `operations` entry of a CTS key event notification: a service, a resource type and its trace names. */
export interface CtsOperation {
  /** CTS service type, e.g. "IAM", "VPC". */
  readonly service: string;
  /** CTS resource type, e.g. "user", "vpc". */
  readonly resourceType: string;
  readonly traceNames: readonly string[];
}

/** A table row of CTS operations, with the clouds whose docs list these trace names. */
interface CtsOperationRow extends CtsOperation {
  /** @default both clouds */
  readonly clouds?: readonly CtsCloud[];
}

/** A CTS notification filter: how the rules combine, and rules `key = value` / `key != value`. */
export interface CtsFilter {
  readonly condition: 'AND' | 'OR';
  readonly rules: readonly string[];
}

interface CtsEquivalent {
  /** `customized` notifications: the operations watched. */
  readonly operations?: readonly CtsOperationRow[];
  /** `complete` notification (every operation) narrowed by this filter. */
  readonly completeWithFilter?: CtsFilter;
  /** IAM is a global service: CTS records its traces in one region per site only (see IamTraceRegion). */
  readonly globalService?: boolean;
  /** Documentation pages the trace names were taken from. */
  readonly sources: readonly string[];
}

export interface CisControl {
  readonly id: CisControlId;
  /** The Security Hub control title. */
  readonly title: string;
  /** What the control watches, in one sentence. */
  readonly watches: string;
  /** What to do when it fires. */
  readonly remediation: string;
  /** The metric filter pattern, exactly as Security Hub's documentation of the control gives it. */
  readonly awsFilterPattern: string;
  /** Metric name of the filter (the one the AWS docs suggest for the alarm). */
  readonly awsMetricName: string;
  /** The page the pattern is taken from. */
  readonly awsSource: string;
  /** The CTS equivalent, or why there is none. */
  readonly cts: CtsEquivalent | { readonly noEquivalent: string };
}

const SECURITY_HUB = 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html';
const HW = 'https://support.huaweicloud.com/intl/en-us';
const IAM_TRACES = [
  `${HW}/usermanual-iam/iam_01_0012.html`,
  `${HW}/eu-west-0-usermanual-iam/iam_01_0012.html`,
  'https://docs.otc.t-systems.com/en-us/usermanual/iam/iam_01_0012.html',
];
const VPC_TRACES = [
  `${HW}/usermanual-vpc/vpc010016.html`,
  'https://support.huaweicloud.com/en-us/usermanual-vpc/vpc010016.html',
];
const LOGIN_ALARM_NOTE = 'the LoginAuditPattern login alarm function covers it';

/** CloudWatch.1–14 in order. */
export const CIS_CONTROLS: readonly CisControl[] = [
  {
    id: 'CloudWatch.1',
    title: 'A log metric filter and alarm should exist for usage of the "root" user',
    watches: 'any API call or sign-in by the account root user',
    remediation:
      'Find out who used the root user and why; rotate its password and MFA if unexpected, and do daily work with IAM roles',
    awsFilterPattern:
      '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}',
    awsMetricName: 'RootAccountUsage',
    awsSource: `${SECURITY_HUB}#cloudwatch-1`,
    cts: {
      noEquivalent: `CTS notifications cannot select by identity type (account owner vs IAM user); ${LOGIN_ALARM_NOTE} (alertOnRootLogin)`,
    },
  },
  {
    id: 'CloudWatch.2',
    title: 'Ensure a log metric filter and alarm exist for unauthorized API calls',
    watches: 'API calls refused with an UnauthorizedOperation or AccessDenied error',
    remediation: 'Check which principal was refused and for what: a probing credential, or a role missing a permission',
    awsFilterPattern: '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}',
    awsMetricName: 'UnauthorizedAPICalls',
    awsSource: `${SECURITY_HUB}#cloudwatch-2`,
    cts: {
      // Every operation, narrowed to refused ones by the HTTP status CTS records as the trace's code.
      completeWithFilter: { condition: 'OR', rules: ['code = 401', 'code = 403'] },
      sources: [
        'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/v1.97.1/docs/resources/cts_notification.md',
        'https://registry.terraform.io/providers/opentelekomcloud/opentelekomcloud/1.36.54/docs/resources/cts_event_notification_v3',
      ],
    },
  },
  {
    id: 'CloudWatch.3',
    title: 'Ensure a log metric filter and alarm exist for Management Console sign-in without MFA',
    watches: 'successful console sign-ins of IAM users without MFA',
    remediation:
      'Require MFA for the user (an IAM policy denying actions without aws:MultiFactorAuthPresent) and confirm the sign-in was theirs',
    awsFilterPattern:
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    awsMetricName: 'ConsoleSigninWithoutMFA',
    awsSource: `${SECURITY_HUB}#cloudwatch-3`,
    cts: {
      noEquivalent: `CTS sign-in traces are not selectable by MFA use in a notification; ${LOGIN_ALARM_NOTE} on AWS only`,
    },
  },
  {
    id: 'CloudWatch.4',
    title: 'Ensure a log metric filter and alarm exist for IAM policy changes',
    watches: 'IAM policies created, changed, deleted, attached or detached',
    remediation: 'Review the policy change against a change request; revert grants nobody asked for',
    awsFilterPattern:
      '{($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy)}',
    awsMetricName: 'IAMPolicyChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-4`,
    cts: {
      globalService: true,
      operations: [
        { service: 'IAM', resourceType: 'userGroup', traceNames: ['addUserToGroup', 'removeUserFromGroup'] },
        {
          service: 'IAM',
          resourceType: 'userGroup',
          traceNames: ['createUserGroup', 'updateUserGroup', 'deleteUserGroup'],
          clouds: ['huaweicloud'],
        },
        {
          service: 'IAM',
          resourceType: 'userGroup',
          traceNames: ['createGroup', 'updateGroup', 'deleteGroup'],
          clouds: ['opentelekomcloud'],
        },
        { service: 'IAM', resourceType: 'agency', traceNames: ['createAgency', 'updateAgency', 'deleteAgency'] },
        // IAM identity policies (IAM v5), Huawei Cloud only.
        {
          service: 'IAM',
          resourceType: 'group',
          traceNames: ['attachGroupPolicyV5', 'detachGroupPolicyV5'],
          clouds: ['huaweicloud'],
        },
        {
          service: 'IAM',
          resourceType: 'agency',
          traceNames: ['attachAgencyPolicyV5', 'detachAgencyPolicyV5', 'updateTrustPolicyV5'],
          clouds: ['huaweicloud'],
        },
      ],
      sources: [...IAM_TRACES, `${HW}/usermanual-iam5/iam_01_1177.html`],
    },
  },
  {
    id: 'CloudWatch.5',
    title: 'Ensure a log metric filter and alarm exist for CloudTrail AWS Configuration changes',
    watches: 'trails created, updated, deleted, started or stopped',
    remediation: 'Confirm the trail still logs every region to its bucket; re-enable logging at once if it was stopped',
    awsFilterPattern:
      '{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}',
    awsMetricName: 'CloudTrailChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-5`,
    cts: {
      operations: [
        { service: 'CTS', resourceType: 'tracker', traceNames: ['createTracker', 'updateTracker', 'deleteTracker'] },
      ],
      sources: [`${HW}/usermanual-cts/cts_03_0021_01.html`],
    },
  },
  {
    id: 'CloudWatch.6',
    title: 'Ensure a log metric filter and alarm exist for AWS Management Console authentication failures',
    watches: 'console sign-ins that failed authentication',
    remediation:
      'Look for repeated failures from one source IP (password guessing); lock or rotate the targeted credentials',
    awsFilterPattern: '{($.eventName=ConsoleLogin) && ($.errorMessage="Failed authentication")}',
    awsMetricName: 'ConsoleAuthenticationFailure',
    awsSource: `${SECURITY_HUB}#cloudwatch-6`,
    cts: {
      globalService: true,
      operations: [
        { service: 'IAM', resourceType: 'user', traceNames: ['loginFailed'], clouds: ['huaweicloud'] },
        { service: 'IAM', resourceType: 'user', traceNames: ['loginfailed'], clouds: ['opentelekomcloud'] },
      ],
      sources: IAM_TRACES,
    },
  },
  {
    id: 'CloudWatch.7',
    title: 'Ensure a log metric filter and alarm exist for disabling or scheduled deletion of customer managed keys',
    watches: 'customer managed KMS keys disabled or scheduled for deletion',
    remediation:
      'Cancel the deletion or re-enable the key unless it was planned: data encrypted under it becomes unreadable',
    awsFilterPattern:
      '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}',
    awsMetricName: 'DisableOrDeleteCMK',
    awsSource: `${SECURITY_HUB}#cloudwatch-7`,
    cts: {
      operations: [{ service: 'KMS', resourceType: 'cmk', traceNames: ['disableKey', 'scheduleKeyDeletion'] }],
      sources: [`${HW}/usermanual-dew/dew_01_0020.html`],
    },
  },
  {
    id: 'CloudWatch.8',
    title: 'Ensure a log metric filter and alarm exist for S3 bucket policy changes',
    watches: 'bucket policies, ACLs, CORS, lifecycle and replication settings changed or deleted',
    remediation: 'Check the bucket is not opened to other accounts or the public; restore the reviewed policy',
    awsFilterPattern:
      '{($.eventSource=s3.amazonaws.com) && (($.eventName=PutBucketAcl) || ($.eventName=PutBucketPolicy) || ($.eventName=PutBucketCors) || ($.eventName=PutBucketLifecycle) || ($.eventName=PutBucketReplication) || ($.eventName=DeleteBucketPolicy) || ($.eventName=DeleteBucketCors) || ($.eventName=DeleteBucketLifecycle) || ($.eventName=DeleteBucketReplication))}',
    awsMetricName: 'S3BucketPolicyChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-8`,
    cts: {
      operations: [
        {
          service: 'OBS',
          resourceType: 'bucket',
          traceNames: [
            'setBucketAcl',
            'setBucketPolicy',
            'setBucketCors',
            'setBucketLifecycle',
            'deleteBucketPolicy',
            'deleteBucketCors',
            'deleteBucketLifecycle',
            'deleteBucketReplication',
          ],
        },
      ],
      sources: [`${HW}/usermanual-obs/obs_03_0020.html`],
    },
  },
  {
    id: 'CloudWatch.9',
    title: 'Ensure a log metric filter and alarm exist for AWS Config configuration changes',
    watches: 'the AWS Config recorder stopped or its recorder or delivery channel changed',
    remediation: 'Restart the configuration recorder and restore its delivery channel',
    awsFilterPattern:
      '{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}',
    awsMetricName: 'AWSConfigChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-9`,
    cts: { noEquivalent: 'the CTS trace names of the Config (RMS) recorder are not documented' },
  },
  {
    id: 'CloudWatch.10',
    title: 'Ensure a log metric filter and alarm exist for security group changes',
    watches: 'security groups and their rules created, changed or deleted',
    remediation: 'Check no port was opened to 0.0.0.0/0 or ::/0 without a reason; remove rules nobody asked for',
    awsFilterPattern:
      '{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}',
    awsMetricName: 'SecurityGroupChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-10`,
    cts: {
      operations: [
        {
          service: 'VPC',
          resourceType: 'security_groups',
          traceNames: ['createSecurity-group', 'updateSecurity-group', 'deleteSecurity-group'],
        },
        {
          service: 'VPC',
          resourceType: 'security-group-rules',
          traceNames: ['createSecurity-group-rule', 'updateSecurity-group-rule', 'deleteSecurity-group-rule'],
        },
        { service: 'VPC', resourceType: 'security_group', traceNames: ['createSecurityGroup', 'modifySecurityGroup'] },
      ],
      sources: VPC_TRACES,
    },
  },
  {
    id: 'CloudWatch.11',
    title: 'Ensure a log metric filter and alarm exist for changes to Network Access Control Lists (NACL)',
    watches: 'network ACLs and their entries or associations created, replaced or deleted',
    remediation: 'Check subnets are not opened by the changed ACL entries; restore the reviewed rules',
    awsFilterPattern:
      '{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}',
    awsMetricName: 'NACLChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-11`,
    cts: {
      noEquivalent: "the CTS trace names of network ACL (firewall) changes are not in the VPC service's CTS tables",
    },
  },
  {
    id: 'CloudWatch.12',
    title: 'Ensure a log metric filter and alarm exist for changes to network gateways',
    watches: 'internet and customer gateways created, attached, detached or deleted',
    remediation: 'Check every gateway change was planned: traffic must leave the VPC only through reviewed paths',
    awsFilterPattern:
      '{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}',
    awsMetricName: 'NetworkGatewayChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-12`,
    cts: {
      noEquivalent: 'VPCs have no internet or customer gateway resource (EIPs and NAT gateways are separate services)',
    },
  },
  {
    id: 'CloudWatch.13',
    title: 'Ensure a log metric filter and alarm exist for route table changes',
    watches: 'route tables and routes created, replaced, deleted or (dis)associated',
    remediation: 'Check traffic still flows through the expected next hops; revert routes nobody asked for',
    awsFilterPattern:
      '{($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable)}',
    awsMetricName: 'RouteTableChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-13`,
    cts: { noEquivalent: "the CTS trace names of VPC route table changes are not in the VPC service's CTS tables" },
  },
  {
    id: 'CloudWatch.14',
    title: 'Ensure a log metric filter and alarm exist for VPC changes',
    watches: 'VPCs and peering connections created, modified or deleted, ClassicLink changes',
    remediation: 'Check no VPC was peered with or opened to a network nobody reviewed; revert the change',
    awsFilterPattern:
      '{($.eventName=CreateVpc) || ($.eventName=DeleteVpc) || ($.eventName=ModifyVpcAttribute) || ($.eventName=AcceptVpcPeeringConnection) || ($.eventName=CreateVpcPeeringConnection) || ($.eventName=DeleteVpcPeeringConnection) || ($.eventName=RejectVpcPeeringConnection) || ($.eventName=AttachClassicLinkVpc) || ($.eventName=DetachClassicLinkVpc) || ($.eventName=DisableVpcClassicLink) || ($.eventName=EnableVpcClassicLink)}',
    awsMetricName: 'VPCChanges',
    awsSource: `${SECURITY_HUB}#cloudwatch-14`,
    cts: {
      operations: [{ service: 'VPC', resourceType: 'vpc', traceNames: ['createVpc', 'modifyVpc', 'deleteVpc'] }],
      sources: [
        ...VPC_TRACES,
        'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/master/docs/resources/cts_event_notification_v3.md',
      ],
    },
  },
];

export const CIS_CONTROL_IDS: readonly CisControlId[] = CIS_CONTROLS.map((c) => c.id);

/** The row of a control id. */
export function cisControl(id: CisControlId): CisControl {
  const control = CIS_CONTROLS.find((c) => c.id === id);
  if (!control) throw new Error(`unknown CIS control ${id}`);
  return control;
}

/** What one cloud's CTS key event notification for a control is made of. */
export interface CtsNotificationSpec {
  readonly operationType: 'complete' | 'customized';
  /** Merged per service and resource type; empty for `complete`. */
  readonly operations: readonly CtsOperation[];
  readonly filter?: CtsFilter;
  /** Only the IAM trace region of the site records these traces. */
  readonly globalService: boolean;
}

/** The CTS notification of a control on one cloud, or why it has none there. */
export function ctsNotificationSpec(
  control: CisControl,
  cloud: CtsCloud,
): CtsNotificationSpec | { readonly noEquivalent: string } {
  const cts = control.cts;
  if ('noEquivalent' in cts) return cts;
  if (cts.completeWithFilter) {
    return {
      operationType: 'complete',
      operations: [],
      filter: cts.completeWithFilter,
      globalService: cts.globalService ?? false,
    };
  }
  return {
    operationType: 'customized',
    operations: mergeOperations(cts.operations ?? [], cloud),
    globalService: cts.globalService ?? false,
  };
}

function mergeOperations(rows: readonly CtsOperationRow[], cloud: CtsCloud): CtsOperation[] {
  const merged = new Map<string, { service: string; resourceType: string; traceNames: string[] }>();
  for (const row of rows.filter((r) => !r.clouds || r.clouds.includes(cloud))) {
    const key = `${row.service}/${row.resourceType}`;
    const entry = merged.get(key) ?? { service: row.service, resourceType: row.resourceType, traceNames: [] };
    entry.traceNames.push(...row.traceNames.filter((t) => !entry.traceNames.includes(t)));
    merged.set(key, entry);
  }
  return [...merged.values()];
}
