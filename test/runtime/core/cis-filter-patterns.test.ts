/**
 * Each CIS metric filter pattern (runtime/core/cis-controls.ts, copied from AWS Security Hub's documentation of
 * CloudWatch.1–14) against CloudTrail records it must and must not count. Records are the CloudTrail, IAM and KMS
 * documentation samples (test/src/aws/fixtures/signin-events.ts, test/runtime/aws/trail-query/fixtures/cloudtrail-user-guide-records.json
 * and the KMS samples below); where no sample exists for an event name, a documented record of the same service
 * with eventName (and the noted fields) replaced stands in.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CIS_CONTROLS, CisControlId, cisControl } from '../../../runtime/core/cis-controls';
import {
  checkMfa,
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
import { equalityValues, filterMatches } from './cloudwatch-filter-pattern';

type CloudTrailRecord = Record<string, unknown>;

const userGuide = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../aws/trail-query/fixtures/cloudtrail-user-guide-records.json'), 'utf8'),
) as { Records: CloudTrailRecord[] };

/** The first documented record with this event name. */
function documented(eventName: string): CloudTrailRecord {
  const record = userGuide.Records.find((r) => r.eventName === eventName);
  if (!record) throw new Error(`no documented ${eventName} record`);
  return record;
}

/** KMS Developer Guide, "ScheduleKeyDeletion" (CloudTrail log entry for a single-Region KMS key). */
const scheduleKeyDeletion: CloudTrailRecord = {
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'EX_PRINCIPAL_ID',
    arn: 'arn:aws:iam::111122223333:user/Alice',
    accountId: '111122223333',
    accessKeyId: 'EXAMPLE_KEY_ID',
    userName: 'Alice',
  },
  eventTime: '2021-03-23T18:58:30Z',
  eventSource: 'kms.amazonaws.com',
  eventName: 'ScheduleKeyDeletion',
  awsRegion: 'us-east-1',
  sourceIPAddress: '192.0.2.0',
  userAgent: 'AWS Internal',
  requestParameters: { pendingWindowInDays: 20, keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
  responseElements: {
    keyId: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    keyState: 'PendingDeletion',
    deletionDate: 'Apr 12, 2021 18:58:30 PM',
  },
  requestID: 'ee408f36-ea01-422b-ac14-b0f147c68334',
  eventID: '3c4226b0-1e81-48a8-a333-7fa5f3cbd118',
  readOnly: false,
  resources: [
    {
      accountId: '111122223333',
      type: 'AWS::KMS::Key',
      ARN: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    },
  ],
  eventType: 'AwsApiCall',
  recipientAccountId: '111122223333',
};

/** KMS Developer Guide, "DeleteKey": the service event written when the waiting period ends. */
const deleteKeyServiceEvent: CloudTrailRecord = {
  eventVersion: '1.08',
  userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
  eventTime: '2020-07-31T00:07:00Z',
  eventSource: 'kms.amazonaws.com',
  eventName: 'DeleteKey',
  awsRegion: 'us-east-1',
  sourceIPAddress: 'AWS Internal',
  userAgent: 'AWS Internal',
  requestParameters: null,
  responseElements: null,
  eventID: 'b25f9cda-74e1-4458-847b-4972a0bf9668',
  readOnly: false,
  resources: [
    {
      accountId: '111122223333',
      type: 'AWS::KMS::Key',
      ARN: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    },
  ],
  eventType: 'AwsServiceEvent',
  recipientAccountId: '111122223333',
  managementEvent: true,
  eventCategory: 'Management',
};

const ec2Call = documented('StartInstances');
const iamCall = documented('GetUserPolicy');
const s3Call = documented('DeleteBucket');
const trailCall = documented('UpdateTrail');
const rootIdentity = rootNoMfa.userIdentity;

function matches(id: CisControlId, record: CloudTrailRecord): boolean {
  return filterMatches(cisControl(id).awsFilterPattern, record);
}

/** A documented record of the service with another event name (no sample exists for that name). */
function renamed(base: CloudTrailRecord, eventName: string, changes: Record<string, unknown> = {}): CloudTrailRecord {
  return withChanges(base, { eventName, ...changes });
}

interface Case {
  readonly id: CisControlId;
  /** The documented record the listed event names are applied to. */
  readonly base: CloudTrailRecord;
  readonly mustMatch: readonly [string, CloudTrailRecord][];
  readonly mustNotMatch: readonly [string, CloudTrailRecord][];
}

const CASES: Case[] = [
  {
    id: 'CloudWatch.1',
    base: rootNoMfa,
    mustMatch: [
      ['root console sign-in (CloudTrail UG)', rootNoMfa],
      ['root sign-in with MFA', rootWithMfa],
      ['failed root sign-in', rootFailure],
      ['root API call', withChanges(ec2Call, { userIdentity: rootIdentity, eventType: 'AwsApiCall' })],
    ],
    mustNotMatch: [
      ['IAM user sign-in', iamUserNoMfa],
      ['SSO session sign-in', ssoAssumedRole],
      [
        'AWS service acting for root',
        withChanges(ec2Call, { userIdentity: { ...rootIdentity, invokedBy: 'support.amazonaws.com' } }),
      ],
      [
        'AWS service event under root',
        withChanges(ec2Call, { userIdentity: rootIdentity, eventType: 'AwsServiceEvent' }),
      ],
      ['KMS service event', deleteKeyServiceEvent],
    ],
  },
  {
    id: 'CloudWatch.2',
    base: ec2Call,
    mustMatch: [
      [
        'EC2 Client.UnauthorizedOperation',
        withChanges(ec2Call, {
          errorCode: 'Client.UnauthorizedOperation',
          errorMessage: 'You are not authorized to perform this operation.',
        }),
      ],
      ['S3 AccessDenied', withChanges(s3Call, { errorCode: 'AccessDenied', errorMessage: 'Access Denied' })],
      ['KMS AccessDeniedException', withChanges(scheduleKeyDeletion, { errorCode: 'AccessDeniedException' })],
    ],
    mustNotMatch: [
      ['UpdateTrail refused with TrailNotFoundException (CloudTrail UG)', trailCall],
      ['successful call (no errorCode)', ec2Call],
      ['failed console sign-in (errorMessage only)', iamUserFailure],
      ['error code merely containing the words', withChanges(s3Call, { errorCode: 'NotAccessDenied' })],
    ],
  },
  {
    id: 'CloudWatch.3',
    base: iamUserNoMfa,
    mustMatch: [['IAM user signed in without MFA (CloudTrail UG)', iamUserNoMfa]],
    mustNotMatch: [
      ['IAM user with MFA', iamUserWithMfa],
      ['root without MFA (user type Root)', rootNoMfa],
      ['failed IAM user sign-in', iamUserFailure],
      ['failed sign-in with hidden user name', hiddenUserNameFailure],
      ['SSO session (AssumedRole)', ssoAssumedRole],
      ['CheckMfa step', checkMfa],
    ],
  },
  {
    id: 'CloudWatch.4',
    base: iamCall,
    mustMatch: [
      // The documentation warns the alarm also counts Auto Scaling's DeletePolicy: the pattern checks names only.
      ['Auto Scaling DeletePolicy', renamed(iamCall, 'DeletePolicy', { eventSource: 'autoscaling.amazonaws.com' })],
    ],
    mustNotMatch: [
      ['GetUserPolicy (IAM UG)', iamCall],
      ['CreateUser (CloudTrail UG)', documented('CreateUser')],
      ['AddUserToGroup (CloudTrail UG)', documented('AddUserToGroup')],
      ['ListPolicies', renamed(iamCall, 'ListPolicies')],
    ],
  },
  {
    id: 'CloudWatch.5',
    base: trailCall,
    mustMatch: [['UpdateTrail (CloudTrail UG, refused but attempted)', trailCall]],
    mustNotMatch: [
      ['DescribeTrails', renamed(trailCall, 'DescribeTrails')],
      ['StartInstances', ec2Call],
    ],
  },
  {
    id: 'CloudWatch.6',
    base: iamUserFailure,
    mustMatch: [
      ['failed IAM user sign-in (CloudTrail UG)', iamUserFailure],
      ['failed root sign-in', rootFailure],
    ],
    mustNotMatch: [
      ['successful sign-in', iamUserNoMfa],
      ['unknown user name (another error message)', hiddenUserNameFailure],
      ['CheckMfa step', checkMfa],
    ],
  },
  {
    id: 'CloudWatch.7',
    base: scheduleKeyDeletion,
    mustMatch: [['ScheduleKeyDeletion (KMS DG)', scheduleKeyDeletion]],
    mustNotMatch: [
      ['DeleteKey service event (KMS DG)', deleteKeyServiceEvent],
      ['EnableKey', renamed(scheduleKeyDeletion, 'EnableKey')],
      [
        'DisableKey of another service',
        renamed(scheduleKeyDeletion, 'DisableKey', { eventSource: 'example.amazonaws.com' }),
      ],
    ],
  },
  {
    id: 'CloudWatch.8',
    base: s3Call,
    mustMatch: [],
    mustNotMatch: [
      ['DeleteBucket (IAM UG)', s3Call],
      ['GetBucketPolicy', renamed(s3Call, 'GetBucketPolicy')],
      [
        'PutBucketPolicy of another service',
        renamed(s3Call, 'PutBucketPolicy', { eventSource: 'example.amazonaws.com' }),
      ],
    ],
  },
  {
    id: 'CloudWatch.9',
    base: withChanges(iamCall, { eventSource: 'config.amazonaws.com' }),
    mustMatch: [],
    mustNotMatch: [
      [
        'DescribeConfigurationRecorders',
        renamed(iamCall, 'DescribeConfigurationRecorders', { eventSource: 'config.amazonaws.com' }),
      ],
      ['StopConfigurationRecorder of another service', renamed(iamCall, 'StopConfigurationRecorder')],
    ],
  },
  ...(['CloudWatch.10', 'CloudWatch.11', 'CloudWatch.12', 'CloudWatch.13', 'CloudWatch.14'] as const).map(
    (id): Case => ({
      id,
      base: ec2Call,
      mustMatch: [],
      mustNotMatch: [
        ['StartInstances (CloudTrail UG)', ec2Call],
        ['CreateKeyPair (CloudTrail UG)', documented('CreateKeyPair')],
        ['a Describe call', renamed(ec2Call, 'DescribeSecurityGroups')],
      ],
    }),
  ),
];

describe('CIS metric filter patterns against CloudTrail records', () => {
  test('every control has a case', () => {
    expect(CASES.map((c) => c.id)).toEqual(CIS_CONTROLS.map((c) => c.id));
  });

  describe.each(CASES)('$id', ({ id, base, mustMatch, mustNotMatch }) => {
    const names = equalityValues(cisControl(id).awsFilterPattern, '$.eventName');

    if (mustMatch.length > 0) {
      test.each(mustMatch.map(([label, record]) => [label, record] as const))('counts %s', (_label, record) => {
        expect(matches(id, record)).toBe(true);
      });
    }

    test.each(mustNotMatch.map(([label, record]) => [label, record] as const))(
      'does not count %s',
      (_label, record) => {
        expect(matches(id, record)).toBe(false);
      },
    );

    if (names.length > 0 && !['CloudWatch.3', 'CloudWatch.6'].includes(id)) {
      test.each(names)('counts %s', (eventName) => {
        expect(matches(id, renamed(base, eventName))).toBe(true);
      });
    }
  });

  test('the filters that name an event source ignore the same event names from other sources', () => {
    for (const id of ['CloudWatch.7', 'CloudWatch.8', 'CloudWatch.9'] as const) {
      const [firstName] = equalityValues(cisControl(id).awsFilterPattern, '$.eventName');
      expect(matches(id, renamed(ec2Call, firstName))).toBe(false);
    }
  });
});
