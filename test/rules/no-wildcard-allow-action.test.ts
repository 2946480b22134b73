import { awsDocument, fragment, huaweiPolicy } from './fragment';
import { noWildcardAllowAction } from './no-wildcard-allow-action';

const check = noWildcardAllowAction.check;

describe('no-wildcard-allow-action', () => {
  test('flags a wildcard action in an aws_iam_policy_document, once, at the document', () => {
    const doc = awsDocument('Doc', [
      { effect: 'Allow', actions: ['logs:PutLogEvents'], resources: ['*'] },
      { actions: ['s3:Get*'], resources: ['${aws_s3_bucket.B.arn}/*'] }, // effect defaults to Allow
    ]);
    const findings = check(
      fragment({
        data: { aws_iam_policy_document: doc.data },
        resource: { aws_iam_role_policy: { P: { policy: doc.ref, role: '${aws_iam_role.R.name}' } } },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'no-wildcard-allow-action', address: 'data.aws_iam_policy_document.Doc' }),
    ]);
    expect(findings[0].message).toContain('`s3:Get*`');
  });

  test('flags `*`, `service:*` and NotAction in inline JSON policies, with tokens inside', () => {
    const policy = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '${aws_sqs_queue.Q.arn}' },
        { Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' },
      ],
    });
    const findings = check(fragment({ resource: { aws_iam_policy: { P: { policy } } } }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/`\*`.*NotAction `iam:\*`/);
  });

  test('flags Huawei `service:*:*` and `*` actions in identity roles', () => {
    const findings = check(
      fragment({
        resource: {
          huaweicloud_identity_role: {
            Bad: { policy: huaweiPolicy(['smn:topic:publish'], ['obs:*:*']) },
            Admin: { policy: huaweiPolicy(['*']) },
            Good: { policy: huaweiPolicy(['smn:topic:publish', 'lts:logs:upload']) },
          },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual([
      'huaweicloud_identity_role.Bad',
      'huaweicloud_identity_role.Admin',
    ]);
  });

  test('a wildcard in a Deny (TLS-only statements) is fine', () => {
    const doc = awsDocument('Doc', [
      { effect: 'Deny', actions: ['sqs:*'], resources: ['*'], principals: [{ type: '*', identifiers: ['*'] }] },
    ]);
    expect(check(fragment({ data: { aws_iam_policy_document: doc.data } }))).toEqual([]);
  });

  test('a policy that is an unreadable expression is a finding, not a pass', () => {
    const findings = check(
      fragment({ resource: { aws_iam_role_policy: { P: { policy: '${jsonencode({Statement = local.s})}' } } } }),
    );
    expect(findings).toEqual([expect.objectContaining({ address: 'aws_iam_role_policy.P' })]);
    expect(findings[0].message).toContain('cannot be checked');
  });

  test('source_policy_documents are followed', () => {
    const base = awsDocument('Base', [{ actions: ['dynamodb:*'], resources: ['*'] }]);
    const top = {
      Top: { source_policy_documents: [base.ref], statement: [{ actions: ['sns:Publish'], resources: ['*'] }] },
    };
    const findings = check(fragment({ data: { aws_iam_policy_document: { ...base.data, ...top } } }));
    expect(findings.map((f) => f.address)).toEqual([
      'data.aws_iam_policy_document.Base',
      'data.aws_iam_policy_document.Top',
    ]);
  });
});

test('no-wildcard-allow-action flags an Alibaba Cloud RAM policy allowing `log:*`', () => {
  const policy_document = JSON.stringify({
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: ['log:*'], Resource: ['acs:log:*:*:project/p/*'] }],
  });
  const findings = noWildcardAllowAction.check(
    fragment({ resource: { alicloud_ram_policy: { P: { policy_name: 'p', policy_document } } } }),
  );
  expect(findings).toEqual([
    expect.objectContaining({ address: 'alicloud_ram_policy.P', message: expect.stringContaining('`log:*`') }),
  ]);
});

test('no-wildcard-allow-action flags an Open Telekom Cloud role whose statement block allows `obs:*:*`', () => {
  const findings = noWildcardAllowAction.check(
    fragment({
      resource: {
        opentelekomcloud_identity_role_v3: {
          Bad: {
            statement: [
              { action: ['smn:topic:publish'], effect: 'Allow' },
              { action: ['obs:*:*'], effect: 'Allow' },
            ],
          },
          Good: { statement: [{ action: ['lts:logs:upload'], effect: 'Allow' }] },
        },
      },
    }),
  );
  expect(findings.map((f) => f.address)).toEqual(['opentelekomcloud_identity_role_v3.Bad']);
});
