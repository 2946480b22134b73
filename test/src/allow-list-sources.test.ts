/**
 * Issue 13, "allow-lists at enterprise scale", construct side: managed sources wired into both LoginAlarm
 * constructs (settings, least-privilege read rights scoped to the exact list, parameter or object), an inline list
 * optional when a source is given, and blocks of every address refused without an acknowledgement.
 */
import { TerraformStack } from 'cdktf';
import { AlertTopic } from '../../src/aws/alert-topic';
import { AllowListSource } from '../../src/aws/allow-list-source';
import { LoginAlarm, LoginAlarmProps } from '../../src/aws/login-alarm';
import { AlertTopic as HuaweiAlertTopic } from '../../src/huaweicloud/alert-topic';
import { AllowListSource as ObsAllowListSource } from '../../src/huaweicloud/allow-list-source';
import {
  IamTraceRegion,
  LoginAlarm as HuaweiLoginAlarm,
  LoginAlarmProps as HuaweiLoginAlarmProps,
} from '../../src/huaweicloud/login-alarm';
import { loginAlarmOptionProblems } from '../../runtime/core/login-options';
import { AWS_LOGIN_ALARM } from '../../runtime/core/login-profiles';
import { awsStack, policyStatements, resourcesOf, synthAws } from './aws/helpers';
import { huaweiStack } from './huaweicloud/helpers';
import { synthJson } from '../helpers/synth';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function awsAlarm(stack: TerraformStack, props: Omit<LoginAlarmProps, 'alertTopic'>): LoginAlarm {
  return new LoginAlarm(stack, 'Alarm', { ...props, alertTopic: new AlertTopic(stack, 'Alerts', {}) });
}

function huaweiAlarm(stack: TerraformStack, props: Omit<HuaweiLoginAlarmProps, 'alertTopic' | 'region'>) {
  const region = IamTraceRegion.CHINESE_MAINLAND_SITE;
  return new HuaweiLoginAlarm(stack, 'Alarm', {
    ...props,
    region,
    alertTopic: new HuaweiAlertTopic(stack, 'Alerts', { region }),
  });
}

function lambdaEnvironment(json: ReturnType<typeof synthJson>): Record<string, string> {
  const fn = Object.values(resourcesOf(json, 'aws_lambda_function'))[0] as {
    environment: { variables: Record<string, string> };
  };
  return fn.environment.variables;
}

function thrown(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a validation error');
}

describe('AWS LoginAlarm with managed allow-list sources', () => {
  const sources = [
    AllowListSource.prefixList('pl-0123456789abcdef0'),
    AllowListSource.ssmParameter('/office/allow-list', { kmsKeyArn: KEY_ARN }),
    AllowListSource.s3Object('acme-lists', 'login/allow.txt'),
  ];

  test('settings name every source and the cache TTL; no inline list is needed', () => {
    const json = synthAws((stack) => awsAlarm(stack, { allowListSources: sources, allowListCacheSeconds: 120 }));
    const env = lambdaEnvironment(json);
    expect(env.TRAILWATCH_ALLOW_LIST_SOURCES).toBe(
      'ec2-prefix-list:pl-0123456789abcdef0,ssm:/office/allow-list,s3://acme-lists/login/allow.txt',
    );
    expect(env.TRAILWATCH_ALLOW_LIST_TTL_SECONDS).toBe('120');
    expect(env.TRAILWATCH_ALLOW_LIST).toBeUndefined();
  });

  test('the role may read exactly these sources and nothing else', () => {
    const json = synthAws((stack) => awsAlarm(stack, { allowList: ['203.0.113.0/24'], allowListSources: sources }));
    const policy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find((p) => p.name === 'least-privilege');
    const statements = policyStatements(json, policy?.policy);
    const read = statements.filter((s) => /AllowList/.test(s.sid ?? ''));
    expect(read.map((s) => [s.sid, s.actions, s.resources])).toEqual([
      [
        'ReadAllowListPrefixList0',
        ['ec2:GetManagedPrefixListEntries'],
        [
          expect.stringMatching(
            /^arn:\$\{data\.aws_partition\..*\}:ec2:\$\{data\.aws_region\..*\}:\*:prefix-list\/pl-0123456789abcdef0$/,
          ),
        ],
      ],
      [
        'ReadAllowListParameter1',
        ['ssm:GetParameter'],
        [expect.stringMatching(/^arn:\$\{.*\}:ssm:\$\{.*\}:\$\{.*account_id\}:parameter\/office\/allow-list$/)],
      ],
      ['DecryptAllowList1', ['kms:Decrypt'], [KEY_ARN]],
      ['ReadAllowListObject2', ['s3:GetObject'], [expect.stringMatching(/:s3:::acme-lists\/login\/allow\.txt$/)]],
    ]);
  });

  test('bad sources and cache settings are refused at synth, naming the construct path and prop', () => {
    const at = (props: Omit<LoginAlarmProps, 'alertTopic'>) => thrown(() => awsAlarm(awsStack(), props));
    expect(at({})).toMatch(/^stack\/Alarm\.allowList: no allow-list is given .* Give allowList .*allowListSources/);
    expect(at({ allowListSources: [AllowListSource.prefixList('sg-123')] })).toMatch(
      /^stack\/Alarm\.allowListSources\[0\]: "ec2-prefix-list:sg-123" is not a managed allow-list .* AllowListSource\.prefixList/,
    );
    expect(at({ allowListSources: [sources[0], sources[0]] })).toMatch(
      /^stack\/Alarm\.allowListSources\[1\]: .* is listed twice/,
    );
    expect(at({ allowListSources: [AllowListSource.ssmParameter('/x', { kmsKeyArn: 'alias/aws/ssm' })] })).toMatch(
      /^stack\/Alarm\.allowListSources\[0\]\.kmsKeyArn: "alias\/aws\/ssm" is not a KMS key ARN/,
    );
    expect(at({ allowListSources: [sources[0]], allowListCacheSeconds: 5 })).toMatch(
      /^stack\/Alarm\.allowListCacheSeconds: 5 is out of range\. Give a whole number of seconds from 10 to 86400/,
    );
    expect(at({ allowList: ['192.0.2.1'], allowListCacheSeconds: 60 })).toMatch(
      /^stack\/Alarm\.allowListCacheSeconds: is set, but there is no managed source/,
    );
    expect(at({ allowListSources: [{ reference: 'ssm:/x' } as unknown as AllowListSource] })).toMatch(
      /^stack\/Alarm\.allowListSources\[0\]: is not an AllowListSource/,
    );
    // Huawei's OBS objects are not read by the AWS function.
    expect(
      at({ allowListSources: [ObsAllowListSource.obsObject('lists', 'a.txt') as unknown as AllowListSource] }),
    ).toMatch(
      /^stack\/Alarm\.allowListSources\[0\]: "obs:\/\/lists\/a\.txt" is not a managed allow-list this cloud's function can read/,
    );
  });
});

describe('Huawei LoginAlarm with an OBS allow-list object', () => {
  test('settings and a GetObject right on that object only, on the execution agency', () => {
    const stack = huaweiStack();
    huaweiAlarm(stack, {
      allowListSources: [ObsAllowListSource.obsObject('acme-lists', 'login/allow.txt', { kmsKeyId: 'key-1' })],
    });
    const json = synthJson(stack);
    const fn = Object.values(resourcesOf(json, 'huaweicloud_fgs_function'))[0] as { user_data: string };
    expect(fn.user_data).toContain('"TRAILWATCH_ALLOW_LIST_SOURCES" = "obs://acme-lists/login/allow.txt"');
    expect(fn.user_data).toContain('"TRAILWATCH_ALLOW_LIST_TTL_SECONDS" = "300"');
    expect(fn.user_data).not.toContain('"TRAILWATCH_ALLOW_LIST" =');
    const policies = Object.values(resourcesOf(json, 'huaweicloud_identity_role')).map(
      (r) => JSON.parse(r.policy as string) as { Statement: { Action: string[]; Resource?: string[] }[] },
    );
    const statements = policies.flatMap((p) => p.Statement);
    const reads = statements.filter((s) => s.Action.includes('obs:object:GetObject'));
    // OBS is granted in a project and a global policy, both scoped to the object.
    expect(reads).toHaveLength(2);
    for (const read of reads) {
      expect(read).toEqual({
        Effect: 'Allow',
        Action: ['obs:object:GetObject'],
        Resource: ['OBS:*:*:object:acme-lists/login/allow.txt'],
      });
    }
    expect(statements.find((s) => s.Action.includes('kms:dek:crypto'))?.Resource).toEqual(['KMS:*:*:KeyId:key-1']);
    // The read right sits on the execution agency (app_agency), apart from the CTS trigger rights.
    const triggerPolicy = statements.find((s) => s.Action.includes('cts:notification:create'));
    expect(triggerPolicy?.Action).not.toContain('obs:object:GetObject');
  });

  test('a bad bucket name and a source of another cloud are refused naming the prop', () => {
    expect(
      thrown(() => huaweiAlarm(huaweiStack(), { allowListSources: [ObsAllowListSource.obsObject('Bad_Bucket', 'k')] })),
    ).toMatch(
      /^stack\/Alarm\.allowListSources\[0\]: "obs:\/\/Bad_Bucket\/k" is not a managed allow-list .*AllowListSource\.obsObject/,
    );
    expect(
      thrown(() =>
        huaweiAlarm(huaweiStack(), {
          allowListSources: [AllowListSource.s3Object('lists', 'k') as unknown as ObsAllowListSource],
        }),
      ),
    ).toMatch(/^stack\/Alarm\.allowListSources\[0\]: "s3:\/\/lists\/k" is not a managed allow-list/);
  });
});

describe('a block of every address needs an acknowledgement', () => {
  test.each(['0.0.0.0/0', '::/0', '::ffff:0.0.0.0/96', '10.0.0.0/0'])('%s is refused on both clouds', (entry) => {
    expect(thrown(() => awsAlarm(awsStack(), { allowList: ['192.0.2.1', entry] }))).toBe(
      `stack/Alarm.allowList[1]: "${entry}" admits every address, so no sign-in would ever be outside the allow-list. ` +
        'List the networks sign-ins really come from, or set stack/Alarm.allowAnySourceAddress: true to accept that',
    );
    expect(thrown(() => huaweiAlarm(huaweiStack(), { allowList: [entry] }))).toMatch(
      /^stack\/Alarm\.allowList\[0\]: .* admits every address.*allowAnySourceAddress: true/,
    );
  });

  test('narrower blocks pass; with the acknowledgement /0 passes and the function is told', () => {
    expect(
      loginAlarmOptionProblems('A', { allowList: ['0.0.0.0/1', '::/1', '::ffff:0:0/97'] }, AWS_LOGIN_ALARM),
    ).toEqual([]);
    const json = synthAws((stack) =>
      awsAlarm(stack, { allowList: ['0.0.0.0/0', '::/0'], allowAnySourceAddress: true }),
    );
    expect(lambdaEnvironment(json)).toMatchObject({
      TRAILWATCH_ALLOW_LIST: '0.0.0.0/0,::/0',
      TRAILWATCH_ALLOW_ANY_SOURCE_ADDRESS: 'true',
    });
  });
});
