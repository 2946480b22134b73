import { Construct, IConstruct } from 'constructs';
import { propPath } from '../validation';
import { validateObsBucketName } from './obs';

/** An OBS bucket that holds audit data: created by the cloud's `SecureBucket` or imported with `fromBucketName`. */
export interface IAuditBucket extends IConstruct {
  readonly bucketName: string;
}

/** An existing bucket: only its name, checked against the OBS naming rules. @internal */
export class ImportedAuditBucket extends Construct implements IAuditBucket {
  public readonly bucketName: string;

  public constructor(scope: Construct, id: string, bucketName: string) {
    super(scope, id);
    validateObsBucketName(propPath(this, 'bucketName'), bucketName);
    this.bucketName = bucketName;
  }
}

/**
 * The retention lifecycle of an audit bucket: objects and their replaced or deleted versions expire after the same
 * number of days, so an overwrite or a deletion cannot erase audit data early.
 * @internal
 */
export function retentionLifecycleRule(days: number) {
  return {
    name: 'trailwatch-retention',
    enabled: true,
    expiration: [{ days }],
    noncurrentVersionExpiration: [{ days }],
  };
}
