/**
 * Review finding F: the account of a record goes into a role ARN only when it is one of the configured member
 * accounts (TRAILWATCH_MEMBER_ACCOUNT_IDS, emitted by the contract) and 12 digits; AssumeRole is called once per
 * account, and a failure is remembered instead of retried for every event.
 */
import { tagEnrichmentEnvironment } from '../../../../runtime/core/enrichment/options';
import { memberAccountIds } from '../../../../runtime/core/enrichment/settings';
import { TagStatus } from '../../../../runtime/core/enrichment/tags';
import { AwsTagLookup, TemporaryCredentials } from '../../../../runtime/aws/tagging';

const OWN = '111122223333';
const MEMBER = '210987654321';
const arn = (account: string, id = 'i-0aaa0001') => `arn:aws:ec2:us-east-1:${account}:instance/${id}`;
const ref = (account: string, id?: string, region = 'us-east-1') => ({
  key: `${arn(account, id)}|${region}`,
  id: arn(account, id),
  account,
  region,
});

function lookupWith(assume: (roleArn: string) => Promise<TemporaryCredentials>) {
  const roles: string[] = [];
  let now = 0;
  const lookup = new AwsTagLookup({
    ownAccount: OWN,
    memberRoleName: 'TrailWatchTagReader',
    memberAccountIds: [MEMBER],
    now: () => now,
    clientFor: () =>
      ({
        send: async (command: { input: { ResourceARNList?: string[] } }) => ({
          ResourceTagMappingList: (command.input.ResourceARNList ?? []).map((a) => ({
            ResourceARN: a,
            Tags: [{ Key: 'Project', Value: 'x' }],
          })),
        }),
      }) as never,
    assumeRole: async (roleArn) => {
      roles.push(roleArn);
      return assume(roleArn);
    },
  });
  return { lookup, roles, advance: (ms: number) => (now += ms) };
}

describe('member accounts of the AWS tag look-up', () => {
  test('the contract emits the member account ids next to the role name', () => {
    const env = tagEnrichmentEnvironment({ memberAccountIds: [MEMBER, '444455556666'] }, 'Reader');
    expect(env.TRAILWATCH_MEMBER_ACCOUNT_IDS).toBe(`${MEMBER},444455556666`);
    expect(memberAccountIds((n) => env[n])).toEqual([MEMBER, '444455556666']);
    expect(tagEnrichmentEnvironment({})).not.toHaveProperty('TRAILWATCH_MEMBER_ACCOUNT_IDS');
  });

  test('an unlisted or malformed account is unsupported and never reaches STS', async () => {
    const { lookup, roles } = lookupWith(async () => ({
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
      sessionToken: 'ST',
    }));
    const refs = [ref('999988887777'), ref('12345678901/x'), ref('*'), ref(`${MEMBER}:role/x`)];
    const results = await lookup.lookup(refs);
    for (const r of refs) expect(results.get(r.key)?.status).toBe(TagStatus.UNSUPPORTED);
    expect(roles).toEqual([]);
    expect(lookup.calls).toBe(0);
  });

  test('a listed account: one AssumeRole for all its regions and events', async () => {
    const { lookup, roles } = lookupWith(async () => ({
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
      sessionToken: 'ST',
    }));
    const results = await lookup.lookup([
      ref(MEMBER, 'i-1', 'us-east-1'),
      ref(MEMBER, 'i-2', 'eu-west-1'),
      ref(MEMBER, 'i-3', 'ap-south-1'),
    ]);
    expect([...results.values()].map((r) => r.status)).toEqual([TagStatus.FOUND, TagStatus.FOUND, TagStatus.FOUND]);
    await lookup.lookup([ref(MEMBER, 'i-4')]);
    expect(roles).toEqual([`arn:aws:iam::${MEMBER}:role/TrailWatchTagReader`]);
  });

  test('a failed AssumeRole is remembered for a while, then tried again', async () => {
    const { lookup, roles, advance } = lookupWith(async () => {
      throw Object.assign(new Error('not authorized to perform sts:AssumeRole'), { name: 'AccessDenied' });
    });
    const first = await lookup.lookup([ref(MEMBER, 'i-1', 'us-east-1'), ref(MEMBER, 'i-2', 'eu-west-1')]);
    expect([...first.values()].map((r) => r.status)).toEqual([TagStatus.ERROR, TagStatus.ERROR]);
    await lookup.lookup([ref(MEMBER, 'i-3')]);
    expect(roles).toHaveLength(1);
    advance(5 * 60 * 1000 + 1);
    await lookup.lookup([ref(MEMBER, 'i-3')]);
    expect(roles).toHaveLength(2);
  });
});
