import {
  TagEnrichmentCloudRules,
  businessTagKeysOf,
  tagEnrichmentEnvironment,
  tagEnrichmentOptionProblems,
} from '../../../../runtime/core/enrichment/options';
import {
  DEFAULT_BUSINESS_TAG_KEYS,
  DEFAULT_MAX_RESOURCES_PER_EVENT,
  DEFAULT_TAG_CACHE_TTL_SECONDS,
  memberRoleName,
  readCacheTtlMs,
  readEnrichmentOptions,
} from '../../../../runtime/core/enrichment/settings';

function rules(memberName?: string, withAccounts = true): TagEnrichmentCloudRules {
  return {
    service: { pattern: /^[a-z0-9.-]+$/i, what: 'a service name', fix: 'Use "ec2"' },
    accountId: withAccounts ? { pattern: /^\d{12}$/, what: 'an account id', fix: 'Write 12 digits' } : undefined,
    memberIdentity: {
      prop: 'memberAccountRoleName',
      value: memberName,
      pattern: /^[\w+=,.@-]{1,64}$/,
      what: 'a role name',
      fix: 'Give the name',
    },
  };
}

describe('the tag-enrichment options contract', () => {
  test('no options, no problems', () => {
    expect(tagEnrichmentOptionProblems('stack/Enrich', {}, rules())).toEqual([]);
  });

  test('every problem is named by the prefix the construct gives and the prop, with an index for list entries', () => {
    const problems = tagEnrichmentOptionProblems(
      'stack/Audit/TagEnrichment',
      {
        services: ['ec2', 'no spaces'],
        cacheTtlSeconds: 1.5,
        maxResourcesPerEvent: 101,
        businessTagKeys: ['Project', ''],
        memberAccountIds: ['1'],
      },
      rules('Reader'),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'stack/Audit/TagEnrichment.services[1]',
      'stack/Audit/TagEnrichment.cacheTtlSeconds',
      'stack/Audit/TagEnrichment.maxResourcesPerEvent',
      'stack/Audit/TagEnrichment.businessTagKeys[1]',
      'stack/Audit/TagEnrichment.memberAccountIds[0]',
    ]);
    expect(problems.every((p) => p.problem !== '' && p.fix !== '')).toBe(true);
  });

  test('references (tokens) are left to the cloud', () => {
    expect(
      tagEnrichmentOptionProblems(
        's/E',
        { services: ['${TfToken[TOKEN.1]}'], memberAccountIds: ['${TfToken[TOKEN.2]}'] },
        rules('${TfToken[TOKEN.3]}'),
      ),
    ).toEqual([]);
  });

  test('member accounts: the identity and the account list come together where the cloud scopes by account', () => {
    expect(tagEnrichmentOptionProblems('s/E', {}, rules('Reader')).map((p) => p.field)).toEqual([
      's/E.memberAccountIds',
    ]);
    expect(
      tagEnrichmentOptionProblems('s/E', { memberAccountIds: ['111122223333'] }, rules()).map((p) => p.problem),
    ).toEqual(['is set without memberAccountRoleName']);
    expect(tagEnrichmentOptionProblems('s/E', { memberAccountIds: ['111122223333'] }, rules('Reader'))).toEqual([]);
  });

  test('member accounts where the cloud cannot scope by account: the list is refused, the identity alone is fine', () => {
    expect(tagEnrichmentOptionProblems('s/E', {}, rules('reader', false))).toEqual([]);
    expect(
      tagEnrichmentOptionProblems('s/E', { memberAccountIds: ['x'] }, rules('reader', false)).map((p) => p.field),
    ).toEqual(['s/E.memberAccountIds']);
    expect(tagEnrichmentOptionProblems('s/E', {}, rules('bad name!', false)).map((p) => p.field)).toEqual([
      's/E.memberAccountRoleName',
    ]);
  });

  test('two tag keys that would share a record field are refused', () => {
    const [problem] = tagEnrichmentOptionProblems(
      's/E',
      { businessTagKeys: ['cost-center', 'Owner', 'cost center'] },
      rules(),
    );
    expect(problem.field).toBe('s/E.businessTagKeys[2]');
    expect(problem.problem).toContain('tag_cost_center');
  });

  test('the settings the constructs write are the defaults the handlers read', () => {
    const written = tagEnrichmentEnvironment({});
    const fromConstruct = (name: string) => written[name];
    const absent = () => undefined;
    expect(readEnrichmentOptions(fromConstruct)).toEqual(readEnrichmentOptions(absent));
    expect(readCacheTtlMs(fromConstruct)).toBe(readCacheTtlMs(absent));
    expect(readCacheTtlMs(absent)).toBe(DEFAULT_TAG_CACHE_TTL_SECONDS * 1000);
    expect(readEnrichmentOptions(absent).maxResourcesPerEvent).toBe(DEFAULT_MAX_RESOURCES_PER_EVENT);
    expect(memberRoleName(fromConstruct)).toBeUndefined();
    expect(businessTagKeysOf({})).toEqual(DEFAULT_BUSINESS_TAG_KEYS);
  });

  test('given options reach the handler unchanged', () => {
    const written = tagEnrichmentEnvironment(
      { services: ['ec2', 's3'], writeUntaggedEvents: false, cacheTtlSeconds: 0, maxResourcesPerEvent: 5 },
      'Reader',
    );
    const lookup = (name: string) => written[name];
    expect(readEnrichmentOptions(lookup)).toEqual({
      services: ['ec2', 's3'],
      writeUntagged: false,
      maxResourcesPerEvent: 5,
    });
    expect(readCacheTtlMs(lookup)).toBe(0);
    expect(memberRoleName(lookup)).toBe('Reader');
  });
});
