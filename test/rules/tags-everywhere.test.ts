import { fragment } from './fragment';
import { isTaggable, tagsEverywhere } from './tags-everywhere';

describe('tags-everywhere', () => {
  test('knows taggable types from the bindings and schemas', () => {
    expect(isTaggable('aws_sns_topic')).toBe(true);
    expect(isTaggable('aws_lambda_permission')).toBe(false);
    // Tags of nested blocks (a lifecycle rule's filter, an ECS target) do not make the resource taggable.
    expect(isTaggable('aws_s3_bucket_lifecycle_configuration')).toBe(false);
    expect(isTaggable('aws_cloudwatch_event_target')).toBe(false);
    expect(isTaggable('huaweicloud_smn_topic')).toBe(true);
    expect(isTaggable('huaweicloud_fgs_function_trigger')).toBe(false);
    expect(isTaggable('alicloud_log_project')).toBe(true);
  });

  test('flags taggable resources without tags; AWS default_tags count for their provider only', () => {
    const findings = tagsEverywhere.check(
      fragment({
        provider: {
          aws: [
            { region: 'eu-west-1', default_tags: [{ tags: { team: 'sec' } }] },
            { alias: 'use1', region: 'us-east-1' },
          ],
        },
        resource: {
          aws_sns_topic: {
            Default: {},
            Aliased: { provider: 'aws.use1' },
            Own: { provider: 'aws.use1', tags: { a: 'b' } },
          },
          aws_lambda_permission: { P: {} },
          huaweicloud_smn_topic: { Plain: { name: 't' }, Tagged: { tags: { team: 'sec' } } },
          huaweicloud_fgs_function_trigger: { T: {} },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual(['aws_sns_topic.Aliased', 'huaweicloud_smn_topic.Plain']);
  });
});
