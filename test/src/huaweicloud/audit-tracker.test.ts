import { AuditTracker } from '../../../src/huaweicloud/audit-tracker';
import { onlyResource, resourcesOf, synthJson } from '../../helpers/synth';
import { huaweiStack } from './helpers';

describe('Huawei AuditTracker', () => {
  test('trace files are encrypted with a customer-managed key made for them by default; versions kept for the retention', () => {
    const stack = huaweiStack();
    const tracker = new AuditTracker(stack, 'Tracker', {
      region: 'cn-north-4',
      retentionDays: 400,
      tags: { team: 'soc' },
    });
    const json = synthJson(stack);
    const key = onlyResource(json, 'huaweicloud_kms_key');
    expect(key).toMatchObject({
      region: 'cn-north-4',
      rotation_enabled: true,
      pending_days: '30',
      tags: { team: 'soc' },
    });
    expect(key.key_alias).toMatch(/^stack-Tracker-[0-9a-f]{8}$/);
    expect(onlyResource(json, 'huaweicloud_cts_tracker')).toMatchObject({
      kms_id: `\${huaweicloud_kms_key.${key.logicalId}.key_id}`,
      tags: { team: 'soc' },
    });
    expect(onlyResource(json, 'huaweicloud_obs_bucket').lifecycle_rule).toEqual([
      expect.objectContaining({ expiration: [{ days: 400 }], noncurrent_version_expiration: [{ days: 400 }] }),
    ]);
    expect(tracker.key).toBeDefined();
  });

  test('a given key is used as is; customerManagedKey: false leaves the trace files unencrypted by CTS', () => {
    const given = huaweiStack();
    new AuditTracker(given, 'Tracker', { region: 'cn-north-4', kmsKeyId: '0d0466b0-e727-4d9c-b35d-f84bb474a37f' });
    const givenJson = synthJson(given);
    expect(resourcesOf(givenJson, 'huaweicloud_kms_key')).toEqual({});
    expect(onlyResource(givenJson, 'huaweicloud_cts_tracker').kms_id).toBe('0d0466b0-e727-4d9c-b35d-f84bb474a37f');
    const off = huaweiStack();
    new AuditTracker(off, 'Tracker', { region: 'cn-north-4', customerManagedKey: false });
    const offJson = synthJson(off);
    expect(resourcesOf(offJson, 'huaweicloud_kms_key')).toEqual({});
    expect(onlyResource(offJson, 'huaweicloud_cts_tracker').kms_id).toBeUndefined();
    expect(
      () => new AuditTracker(huaweiStack(), 'Tr', { region: 'cn-north-4', customerManagedKey: false, kmsKeyId: 'k' }),
    ).toThrow('stack/Tr.customerManagedKey: is false, but kmsKeyId gives a key');
    expect(() => new AuditTracker(huaweiStack(), 'Tr', { region: 'cn-north-4', filePrefix: 'a b' })).toThrow(
      'stack/Tr.filePrefix: "a b" is not a valid CTS file prefix',
    );
  });

  test('a second tracker for the same region in one stack is refused (CTS has one system tracker per region)', () => {
    const stack = huaweiStack();
    new AuditTracker(stack, 'First', { region: 'cn-north-4' });
    expect(() => new AuditTracker(stack, 'Second', { region: 'cn-north-4' })).toThrow(
      'stack/Second.region: stack/First already configures the CTS system tracker of cn-north-4 (CTS has one per region). Declare one AuditTracker per region',
    );
    expect(() => new AuditTracker(stack, 'Other', { region: 'ap-southeast-1' })).not.toThrow();
  });
});
