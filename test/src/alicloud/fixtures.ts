import { SlsLog, SlsLogGroup } from '../../../runtime/alicloud/sls-protobuf';

export const OWN_ACCOUNT = '1547353256850000';
export const REGION = 'cn-hangzhou';

/** An ActionTrail event as ActionTrail writes it into SLS (shape of the official ECS StopInstance sample). */
export function actionTrailEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = String(overrides.instanceId ?? 'i-2zeip56clb391fpf0001');
  const account = String(overrides.recipientAccountId ?? OWN_ACCOUNT);
  const base: Record<string, unknown> = {
    eventId: `evt-${Math.random().toString(36).slice(2)}`,
    eventVersion: 1,
    eventRW: 'Write',
    eventType: 'ApiCall',
    eventSource: 'ecs-cn-hangzhou-share.aliyuncs.com',
    serviceName: 'Ecs',
    eventName: 'StopInstance',
    apiVersion: '2014-05-26',
    acsRegion: REGION,
    eventTime: '2026-11-27T06:11:36Z',
    requestId: '239EB588-CD24-522E-B0B5-174A1A588BE0',
    sourceIpAddress: '192.0.2.10',
    userAgent: 'Apache-HttpClient/4.5.7 (Java/1.8.0_275)',
    userIdentity: { type: 'ram-user', accountId: account, principalId: '2000000000000001', userName: 'alice' },
    requestParameters: { InstanceId: id, ForceStop: false },
    referencedResources: { 'ACS::ECS::Instance': [id] },
    resourceType: 'ACS::ECS::Instance',
    resourceName: id,
    recipientAccountId: account,
  };
  const { instanceId: _ignored, ...rest } = overrides;
  void _ignored;
  return { ...base, ...rest };
}

export function eventLog(event: unknown, time = 1795760000): SlsLog {
  return { time, contents: [['event', typeof event === 'string' ? event : JSON.stringify(event)]] };
}

/** A LogGroup as the trail's logstore holds it. */
export function trailGroup(logs: SlsLog[]): SlsLogGroup {
  return { topic: 'actiontrail_audit_event', source: '', logs };
}

export function ecsArn(id: string, account = OWN_ACCOUNT, region = REGION): string {
  return `arn:acs:ecs:${region}:${account}:instance/${id}`;
}

/** The FC SLS-trigger event for the fake's pages (cursors c0 … c<pages>). */
export function triggerEvent(pages: number, project = 'audit-source', logstore = 'actiontrail_trail'): Buffer {
  return Buffer.from(
    JSON.stringify({
      parameter: {},
      source: {
        endpoint: 'http://cn-hangzhou-intranet.log.aliyuncs.com',
        projectName: project,
        logstoreName: logstore,
        shardId: 0,
        beginCursor: 'c0',
        endCursor: `c${pages}`,
      },
      jobName: 'job',
      taskId: 'task',
      cursorTime: 1795760000,
    }),
  );
}
