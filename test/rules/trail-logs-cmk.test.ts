import { fragment } from './fragment';
import { trailLogsCmk } from './trail-logs-cmk';

describe('trail-logs-cmk', () => {
  test('flags a CloudTrail trail and a CTS tracker without a customer-managed key', () => {
    const findings = trailLogsCmk.check(
      fragment({
        resource: {
          aws_cloudtrail: { Plain: { name: 't' }, Keyed: { kms_key_id: '${aws_kms_key.K.arn}' } },
          huaweicloud_cts_tracker: { Plain: { bucket_name: 'b' }, Keyed: { kms_id: '${huaweicloud_kms_key.K.id}' } },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual(['aws_cloudtrail.Plain', 'huaweicloud_cts_tracker.Plain']);
  });
});
