/**
 * Issue 13, item 1, audit of the AWS handlers: no request host comes from event content. The tag look-up picks its
 * client by the record's region (awsRegion, the ARN); only a well-formed AWS region may do so.
 */
import { normalizeCloudTrailRecord } from '../../../runtime/aws/cloudtrail-record';
import { AwsTagLookup, cloudTrailResources } from '../../../runtime/aws/tagging';
import { ParsedRecord } from '../../../runtime/core/enrichment/pipeline';
import { TagStatus } from '../../../runtime/core/enrichment/tags';

const ACCOUNT = '123456789012';

function record(awsRegion: string, extra: Record<string, unknown> = {}): ParsedRecord {
  const raw = {
    eventVersion: '1.08',
    userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/Alice`, accountId: ACCOUNT, userName: 'Alice' },
    eventTime: '2024-05-01T11:59:00Z',
    eventSource: 'ec2.amazonaws.com',
    eventName: 'StopInstances',
    awsRegion,
    sourceIPAddress: '205.251.233.176',
    requestParameters: { instancesSet: { items: [{ instanceId: 'i-0aaa0001' }] } },
    responseElements: null,
    eventID: `ev-${awsRegion}`,
    readOnly: false,
    eventType: 'AwsApiCall',
    recipientAccountId: ACCOUNT,
    ...extra,
  };
  const normalized = normalizeCloudTrailRecord(raw);
  if (!normalized.ok) throw new Error(normalized.error);
  return { event: normalized.value, raw };
}

function recordingLookup() {
  const regions: string[] = [];
  const lookup = new AwsTagLookup({
    ownAccount: ACCOUNT,
    clientFor: (region) => {
      regions.push(region);
      return { send: async () => ({ ResourceTagMappingList: [] }) };
    },
  });
  return { regions, lookup };
}

describe('AWS tag look-up never takes a host from the record', () => {
  test.each(['attacker.example/x#', 'us-east-1.attacker.example', 'evil#', 'us-east-1/', 'localhost:8080'])(
    'awsRegion %p: no client is built for it, the resource is unsupported',
    async (region) => {
      const { regions, lookup } = recordingLookup();
      const refs = cloudTrailResources(record(region));
      expect(refs).toHaveLength(1);
      const results = await lookup.lookup(refs);
      expect(regions).toEqual([]);
      expect(results.get(refs[0].key)?.status).toBe(TagStatus.UNSUPPORTED);
    },
  );

  test('a region smuggled into a resources[].ARN is refused the same way', async () => {
    const { regions, lookup } = recordingLookup();
    const refs = cloudTrailResources(
      record('us-east-2', {
        requestParameters: null,
        resources: [{ ARN: `arn:aws:ec2:attacker.example#:${ACCOUNT}:instance/i-1`, type: 'AWS::EC2::Instance' }],
      }),
    );
    await lookup.lookup(refs);
    expect(regions).toEqual([]);
  });

  test.each(['us-east-2', 'cn-northwest-1', 'us-gov-west-1', 'ap-southeast-5', 'eu-isoe-west-1'])(
    'a real region (%s) is looked up',
    async (region) => {
      const { regions, lookup } = recordingLookup();
      await lookup.lookup(cloudTrailResources(record(region)));
      expect(regions).toEqual([region]);
    },
  );
});
