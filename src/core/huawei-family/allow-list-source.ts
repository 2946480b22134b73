import { AllowListSourceReference } from '../../../runtime/core/login-options';
import { AgencyPermission } from './permissions';

/** Options of an OBS object source. */
export interface ObsAllowListSourceOptions {
  /**
   * The KMS key (id) the object is encrypted with (SSE-KMS); the function's agency may use it to decrypt.
   * @default no KMS right granted (SSE-OBS or an unencrypted object)
   */
  readonly kmsKeyId?: string;
}

/**
 * A managed allow-list the Huawei Cloud (or Open Telekom Cloud) login alarm's function reads next to its inline
 * `allowList`: an OBS object (entries separated by commas, spaces or new lines, `#` comments, or a JSON array of
 * strings), read from the OBS endpoint of the function's region. The construct lets the function's execution agency
 * read exactly that object.
 */
export class AllowListSource implements AllowListSourceReference {
  /** An OBS object of the function's region. Grants `obs:object:GetObject` on that object only. */
  public static obsObject(bucketName: string, key: string, options: ObsAllowListSourceOptions = {}): AllowListSource {
    return new AllowListSource(`obs://${bucketName}/${key}`, bucketName, key, options.kmsKeyId);
  }

  private constructor(
    /** The source as the function's settings name it (`obs://<bucket>/<key>`). */
    public readonly reference: string,
    /** @internal */
    public readonly bucketName: string,
    /** @internal */
    public readonly key: string,
    /** @internal */
    public readonly kmsKeyId?: string,
  ) {}

  /** What the function's execution agency may do to read this source, and nothing more. @internal */
  public permissions(): AgencyPermission[] {
    return [
      // OBS statements stay apart: IAM grants OBS in a project and a global policy of their own.
      { actions: ['obs:object:GetObject'], resources: [`OBS:*:*:object:${this.bucketName}/${this.key}`] },
      ...(this.kmsKeyId
        ? [{ actions: ['kms:cmk:get', 'kms:dek:crypto'], resources: [`KMS:*:*:KeyId:${this.kmsKeyId}`] }]
        : []),
    ];
  }
}
