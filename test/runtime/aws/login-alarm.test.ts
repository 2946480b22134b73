import { PublishCommand, PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../runtime/aws/functions/login-alarm';
import { SNS_MAX_SUBJECT_LENGTH, topicRegion } from '../../../runtime/aws/sns';
import { LoginFinding } from '../../../runtime/core/login-rules';
import { LocalServer, startLocalServer } from '../../helpers/local-server';
import {
  checkMfa,
  eventBridgeEnvelope,
  hiddenUserNameFailure,
  iamUserFailure,
  iamUserNoMfa,
  iamUserWithMfa,
  rootFailure,
  rootNoMfa,
  rootWithMfa,
  ssoAssumedRole,
  withChanges,
} from '../../src/aws/fixtures/signin-events';
import {
  SERVICE_EVENT_DETAIL_TYPE,
  credentialChallengePassword,
  credentialVerificationFailure,
  credentialVerificationSuccess,
  userAuthenticationExternalIdp,
  userAuthenticationPassword,
} from '../../src/aws/fixtures/identity-center-events';

const TOPIC_ARN = 'arn:aws:sns:eu-west-1:111122223333:trailwatch-alerts';
const savedEnv = { ...process.env };

beforeEach(() => {
  process.env = {
    ...savedEnv,
    TRAILWATCH_ALLOW_LIST: '192.0.2.0/24, 203.0.113.0/24, 2001:db8::/32',
    TRAILWATCH_SNS_TOPIC_ARN: TOPIC_ARN,
    AWS_REGION: 'eu-west-1',
  };
  for (const name of [
    'TRAILWATCH_WATCHED_ACTIONS',
    'TRAILWATCH_ALERT_ON_FAILURE',
    'TRAILWATCH_ALERT_ON_ROOT',
    'TRAILWATCH_ALERT_ON_MISSING_MFA',
    'TRAILWATCH_AWS_ENDPOINT',
    'TRAILWATCH_ALLOW_LOCAL_ENDPOINTS',
  ]) {
    delete process.env[name];
  }
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());
afterAll(() => {
  process.env = savedEnv;
});

describe('AWS login alarm handler on documented CloudTrail sign-in events', () => {
  const sns = mockClient(SNSClient);
  const published = (): PublishCommandInput[] => sns.commandCalls(PublishCommand).map((call) => call.args[0].input);
  beforeEach(() => {
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'msg-1' });
  });
  afterAll(() => sns.restore());

  test('IAM user with MFA from an allowed address: nothing is published', async () => {
    const result = await handler(eventBridgeEnvelope(iamUserWithMfa), { awsRequestId: 'req-1' });
    expect(result).toEqual({ status: 'allowed', traceId: 'fed06f42-cb12-4764-8c69-121063dc79b9' });
    expect(published()).toHaveLength(0);
  });

  test('IAM user without MFA raises NO_MFA with one SNS message to the topic', async () => {
    const result = await handler(eventBridgeEnvelope(iamUserNoMfa), { awsRequestId: 'req-2' });
    expect(result).toEqual({
      status: 'alerted',
      traceId: '3fcfb182-98f8-4744-bd45-10a395ab61cb',
      findings: [LoginFinding.NO_MFA],
      messageId: 'msg-1',
    });
    const [message] = published();
    expect(published()).toHaveLength(1);
    expect(message.TopicArn).toBe(TOPIC_ARN);
    expect(message.Subject).toBe(
      '[TrailWatch] Console ConsoleLogin needs attention: anaya from 192.0.2.0 (aws us-east-2)',
    );
    expect(message.Message).toContain('- signed in without MFA');
    expect(message.Message).toContain('User:      anaya (user, account 111122223333)');
    expect(message.Message).toContain('"traceId": "3fcfb182-98f8-4744-bd45-10a395ab61cb"');
  });

  test('a failed sign-in is reported even from an allowed address, without a NO_MFA finding', async () => {
    const result = await handler(eventBridgeEnvelope(iamUserFailure));
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.LOGIN_FAILED] });
    expect(published()[0].Message).toContain('Action:    signin.amazonaws.com ConsoleLogin (failure)');
    const hidden = await handler(eventBridgeEnvelope(hiddenUserNameFailure));
    expect(hidden).toMatchObject({ status: 'alerted', findings: [LoginFinding.LOGIN_FAILED] });
  });

  test('root sign-ins: always reported; NO_MFA only when MFAUsed is "No" (the "YES" spelling counts as MFA)', async () => {
    expect(await handler(eventBridgeEnvelope(rootNoMfa))).toMatchObject({
      status: 'alerted',
      findings: [LoginFinding.ROOT_LOGIN, LoginFinding.NO_MFA],
    });
    expect(await handler(eventBridgeEnvelope(rootWithMfa))).toMatchObject({
      status: 'alerted',
      findings: [LoginFinding.ROOT_LOGIN],
    });
    expect(await handler(eventBridgeEnvelope(rootFailure))).toMatchObject({
      status: 'alerted',
      findings: [LoginFinding.LOGIN_FAILED, LoginFinding.ROOT_LOGIN],
    });
    expect(published()[0].Subject).toBe(
      '[TrailWatch] Console ConsoleLogin needs attention: root from 192.0.2.0 (aws us-east-1)',
    );
  });

  test('an SSO (AWSReservedSSO assumed-role) session never raises NO_MFA', async () => {
    expect(await handler(eventBridgeEnvelope(ssoAssumedRole))).toEqual({
      status: 'allowed',
      traceId: ssoAssumedRole.eventID,
    });
    const outside = await handler(
      eventBridgeEnvelope(withChanges(ssoAssumedRole, { sourceIPAddress: '198.51.100.9' })),
    );
    expect(outside).toMatchObject({ status: 'alerted', findings: [LoginFinding.IP_NOT_ALLOWED] });
    // The alert names the SSO role and the session, which is the person.
    expect(published()[0].Message).toContain(
      'User:      AWSReservedSSO_AdministratorAccess_0123456789abcdef/alice@example.com (assumed-role',
    );
    expect(published()[0].Message).toContain('Source IP: 198.51.100.9');
  });

  test('an address outside every CIDR raises IP_NOT_ALLOWED with the allow-list headline', async () => {
    const result = await handler(
      eventBridgeEnvelope(withChanges(iamUserWithMfa, { sourceIPAddress: '198.51.100.23' })),
    );
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.IP_NOT_ALLOWED] });
    expect(published()[0].Subject).toBe(
      '[TrailWatch] Console ConsoleLogin outside allow-list: anaya from 198.51.100.23 (aws us-east-1)',
    );
  });

  test('IPv6 sources are checked by range', async () => {
    expect(
      (await handler(eventBridgeEnvelope(withChanges(iamUserWithMfa, { sourceIPAddress: '2001:db8:aa::1' })))).status,
    ).toBe('allowed');
    expect(
      await handler(eventBridgeEnvelope(withChanges(iamUserWithMfa, { sourceIPAddress: '2001:db9::1' }))),
    ).toMatchObject({
      status: 'alerted',
      findings: [LoginFinding.IP_NOT_ALLOWED],
    });
  });

  test('a missing or non-IP source address is reported, not allowed', async () => {
    const result = await handler(
      eventBridgeEnvelope(withChanges(iamUserWithMfa, { sourceIPAddress: 'signin.amazonaws.com' })),
    );
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.SOURCE_IP_INVALID] });
  });

  test('both detail-type spellings and a bare record are accepted', async () => {
    expect((await handler(eventBridgeEnvelope(iamUserWithMfa, 'AWS Console Signin via CloudTrail'))).status).toBe(
      'allowed',
    );
    expect((await handler(iamUserWithMfa)).status).toBe('allowed');
    expect((await handler(JSON.stringify(eventBridgeEnvelope(iamUserWithMfa)))).status).toBe('allowed');
  });

  test('a sign-in event that is not watched (CheckMfa) is ignored', async () => {
    expect(await handler(eventBridgeEnvelope(checkMfa))).toEqual({ status: 'ignored', traceId: checkMfa.eventID });
    expect(published()).toHaveLength(0);
  });

  test('malformed events return an error result, are logged and publish nothing', async () => {
    const cases: unknown[] = [
      'not json {',
      42,
      { 'detail-type': 'AWS Console Sign In via CloudTrail', source: 'aws.signin' },
      eventBridgeEnvelope(withChanges(iamUserNoMfa, { eventID: undefined })),
      eventBridgeEnvelope(withChanges(iamUserNoMfa, { eventTime: 'yesterday' })),
    ];
    for (const event of cases) {
      const result = await handler(event, { awsRequestId: 'req-bad' });
      expect(result.status).toBe('error');
      expect(result.error).toEqual(expect.any(String));
    }
    expect(published()).toHaveLength(0);
    expect(console.error).toHaveBeenCalledTimes(cases.length);
    const line = JSON.parse((console.error as jest.Mock).mock.calls[0][0] as string) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'error', message: 'malformed sign-in event skipped', requestId: 'req-bad' });
  });

  test('each rule can be switched off', async () => {
    process.env.TRAILWATCH_ALERT_ON_MISSING_MFA = 'false';
    process.env.TRAILWATCH_ALERT_ON_ROOT = 'false';
    process.env.TRAILWATCH_ALERT_ON_FAILURE = 'false';
    expect((await handler(eventBridgeEnvelope(iamUserNoMfa))).status).toBe('allowed');
    expect((await handler(eventBridgeEnvelope(rootNoMfa))).status).toBe('allowed');
    expect((await handler(eventBridgeEnvelope(iamUserFailure))).status).toBe('allowed');
    // The allow-list check cannot be switched off.
    expect(
      (await handler(eventBridgeEnvelope(withChanges(rootNoMfa, { sourceIPAddress: '198.51.100.1' })))).status,
    ).toBe('alerted');
  });

  test('watched actions come from the environment and match case-insensitively', async () => {
    process.env.TRAILWATCH_WATCHED_ACTIONS = 'consolelogin,CheckMfa';
    expect(
      (await handler(eventBridgeEnvelope(withChanges(checkMfa, { sourceIPAddress: '198.51.100.1' })))).status,
    ).toBe('alerted');
  });

  test('the SNS subject stays under 100 printable ASCII characters', async () => {
    const longName = `${'zoë-'.repeat(40)}admin`;
    await handler(
      eventBridgeEnvelope(
        withChanges(iamUserNoMfa, { userIdentity: { ...iamUserNoMfa.userIdentity, userName: longName } }),
      ),
    );
    const subject = published()[0].Subject ?? '';
    expect(subject.length).toBeLessThanOrEqual(SNS_MAX_SUBJECT_LENGTH);
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
    expect(subject.endsWith('...')).toBe(true);
  });

  test('a failed publish is thrown so Lambda retries and then dead-letters the event', async () => {
    sns.on(PublishCommand).rejects(new Error('AuthorizationError: not allowed to publish'));
    await expect(handler(eventBridgeEnvelope(rootNoMfa))).rejects.toThrow('not allowed to publish');
  });

  test('missing configuration is thrown, naming the setting', async () => {
    delete process.env.TRAILWATCH_SNS_TOPIC_ARN;
    await expect(handler(eventBridgeEnvelope(rootNoMfa))).rejects.toThrow('TRAILWATCH_SNS_TOPIC_ARN');
    delete process.env.TRAILWATCH_ALLOW_LIST;
    await expect(handler(eventBridgeEnvelope(rootNoMfa))).rejects.toThrow('TRAILWATCH_ALLOW_LIST');
  });

  describe('IAM Identity Center sign-ins (documented sample events, with the actions the construct writes by default)', () => {
    const envelope = (record: Record<string, unknown>) => eventBridgeEnvelope(record, SERVICE_EVENT_DETAIL_TYPE);
    beforeEach(() => {
      process.env.TRAILWATCH_WATCHED_ACTIONS = 'ConsoleLogin,UserAuthentication,CredentialVerification';
    });

    test('a completed sign-in from an allowed address publishes nothing; from elsewhere it names the user', async () => {
      expect(await handler(envelope(userAuthenticationPassword))).toEqual({
        status: 'allowed',
        traceId: userAuthenticationPassword.eventID,
      });
      const outside = await handler(
        envelope(withChanges(userAuthenticationExternalIdp, { sourceIPAddress: '198.51.100.20' })),
      );
      expect(outside).toMatchObject({ status: 'alerted', findings: [LoginFinding.IP_NOT_ALLOWED] });
      expect(published()[0].Subject).toBe(
        '[TrailWatch] Console UserAuthentication outside allow-list: bobsmith@example.com from 198.51.100...',
      );
      // Without a user name in the event, the identity-store user id names the person.
      await handler(envelope(withChanges(userAuthenticationPassword, { sourceIPAddress: '198.51.100.20' })));
      expect(published()[1].Message).toContain(
        'User:      94d00cd8-e9e6-4810-b177-b08e84725435 (federated, account 111122223333)',
      );
    });

    test('a failed credential verification is reported even from an allowed address; Identity Center users never raise NO_MFA', async () => {
      expect(await handler(envelope(credentialVerificationFailure))).toMatchObject({
        status: 'alerted',
        findings: [LoginFinding.LOGIN_FAILED],
      });
      expect(published()[0].Message).toContain('Action:    signin.amazonaws.com CredentialVerification (failure)');
      expect(await handler(envelope(credentialVerificationSuccess))).toEqual({
        status: 'allowed',
        traceId: credentialVerificationSuccess.eventID,
      });
      expect(published()).toHaveLength(1);
    });

    test('a credential challenge carries no outcome and is not watched', async () => {
      expect(await handler(envelope(credentialChallengePassword))).toEqual({
        status: 'ignored',
        traceId: credentialChallengePassword.eventID,
      });
    });
  });

  test('topicRegion reads the region of a topic ARN', () => {
    expect(topicRegion(TOPIC_ARN)).toBe('eu-west-1');
    expect(topicRegion('arn:aws-cn:sns:cn-north-1:111122223333:t')).toBe('cn-north-1');
    expect(topicRegion('not-an-arn')).toBeUndefined();
  });
});

describe('AWS login alarm handler against a local SNS endpoint (TRAILWATCH_AWS_ENDPOINT)', () => {
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer();
  });
  afterAll(() => server.close());

  test('publishes over HTTP to the override endpoint, signed for the topic region', async () => {
    Object.assign(process.env, {
      TRAILWATCH_AWS_ENDPOINT: server.url,
      TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
    const requestId = '5a1f0e4c-0000-4000-8000-000000000000';
    server.responseBody = `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>local-42</MessageId></PublishResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></PublishResponse>`;
    const result = await handler(eventBridgeEnvelope(rootNoMfa));
    expect(result).toMatchObject({ status: 'alerted', messageId: 'local-42' });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request.method).toBe('POST');
    expect(String(request.headers.authorization)).toContain('/eu-west-1/sns/aws4_request');
    const body = new URLSearchParams(request.body);
    expect(body.get('Action')).toBe('Publish');
    expect(body.get('TopicArn')).toBe(TOPIC_ARN);
    expect(body.get('Subject')).toContain('root from 192.0.2.0');
  });
});
