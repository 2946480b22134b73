/**
 * Writes objects to Huawei Cloud OBS through its S3-compatible API with `@aws-sdk/client-s3`.
 *
 * Why this works, and the two adjustments it needs:
 * - OBS accepts AWS Signature V4 (service `s3`, the OBS region as the scope region) and temporary credentials in
 *   `x-amz-security-token`: Huawei's own OBS Node.js SDK (huaweicloud/huaweicloud-sdk-nodejs-obs, lib/utils.js)
 *   signs its "v4" mode exactly that way, with the `x-amz-` header prefix for the security token.
 * - OBS's V4 supports only the UNSIGNED-PAYLOAD and STREAMING-AWS4-HMAC-SHA256-PAYLOAD payload modes (OBS FAQ
 *   "How do I use V4 signatures to access OBS", obs_faq_0274), so the payload hash header is set to
 *   UNSIGNED-PAYLOAD (TLS protects the body; Content-MD5 still lets OBS verify it).
 * - The same FAQ asks AWS SDKs to compute request checksums only "when required": newer SDKs otherwise add
 *   CRC32 checksum headers to every PutObject.
 */
import { createHash } from 'crypto';
import { isIP } from 'net';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AllowListSource, AllowListSourceRef } from '../core/allow-list-source';
import { FunctionGraphContext, serviceEndpoint } from './functiongraph';
import { EndpointPolicy, HUAWEI_CLOUD } from './regions';

export interface ObsTarget {
  /** e.g. https://obs.cn-north-4.myhuaweicloud.com (not the bucket's own domain). */
  readonly endpoint: string;
  /** OBS region id, used as the V4 signing region. */
  readonly region: string;
  readonly bucket: string;
}

export interface TemporaryCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** The OBS endpoint of a configured region, or the override (checked: https on the cloud's domains). */
export function obsEndpoint(
  region: string,
  override?: string,
  policy: EndpointPolicy = { cloud: HUAWEI_CLOUD },
): string {
  return serviceEndpoint('obs', region, override, policy);
}

/**
 * The agency's temporary AK/SK and security token from the FunctionGraph context (`getSecurityAccessKey` etc.;
 * the long-term `getAccessKey` is deprecated by FunctionGraph and never used).
 */
export function agencyCredentials(context: FunctionGraphContext | undefined): TemporaryCredentials {
  const accessKeyId = context?.getSecurityAccessKey?.();
  const secretAccessKey = context?.getSecuritySecretKey?.();
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      'the function has no temporary AK/SK: set an agency on the function (TrailWatch creates one by default)',
    );
  }
  return { accessKeyId, secretAccessKey, sessionToken: context?.getSecurityToken?.() || undefined };
}

function usesPathStyle(endpoint: string): boolean {
  // Virtual-hosted style (bucket.obs.<region>...) is OBS's default; an IP or localhost endpoint has no DNS for it.
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
  return isIP(host) !== 0 || host === 'localhost';
}

/** An S3 client configured for OBS. One per credential set; cheap to create. */
export function obsClient(target: ObsTarget, credentials: TemporaryCredentials): S3Client {
  const client = new S3Client({
    region: target.region,
    endpoint: target.endpoint,
    forcePathStyle: usesPathStyle(target.endpoint),
    credentials: { ...credentials },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 3000, requestTimeout: 10000 },
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; query?: Record<string, unknown> };
      if (request.headers) request.headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
      // The SDK tags requests with ?x-id=<Operation>; OBS does not need it, so it is kept out of the signature.
      if (request.query) delete request.query['x-id'];
      return next(args);
    },
    { step: 'build', name: 'trailwatchObsCompatibility' },
  );
  return client;
}

/** Uploads one new object (never read-modify-write). Throws on failure after the SDK's retries. */
export async function putObsObject(
  client: S3Client,
  bucket: string,
  key: string,
  body: string,
  contentType: string,
): Promise<void> {
  const bytes = Buffer.from(body, 'utf8');
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: bytes,
      ContentType: contentType,
      ContentMD5: createHash('md5').update(bytes).digest('base64'),
    }),
  );
}

/** An allow-list object larger than this is refused (10,000 CIDRs are ~200 KB). */
export const MAX_ALLOW_LIST_OBJECT_BYTES = 4 * 1024 * 1024;

/**
 * A managed allow-list in an OBS object (`obs://<bucket>/<key>`), read with the agency's temporary credentials from
 * the endpoint of the function's configured region (never a host from event content).
 */
export function obsAllowListSource(
  ref: AllowListSourceRef,
  target: Omit<ObsTarget, 'bucket'>,
  credentials: () => TemporaryCredentials,
): AllowListSource {
  if (ref.kind !== 'obs' || !ref.key)
    throw new Error(`allow-list source ${ref.text} is not an OBS object (obs://<bucket>/<key>)`);
  return {
    name: ref.text,
    read: async () => {
      const client = obsClient({ ...target, bucket: ref.target }, credentials());
      try {
        const output = await client.send(new GetObjectCommand({ Bucket: ref.target, Key: ref.key }));
        if (Number(output.ContentLength ?? 0) > MAX_ALLOW_LIST_OBJECT_BYTES)
          throw new Error(`the object is larger than ${MAX_ALLOW_LIST_OBJECT_BYTES} bytes`);
        const text = await output.Body?.transformToString('utf-8');
        if (text === undefined) throw new Error('the object has no body');
        return text;
      } finally {
        client.destroy();
      }
    },
  };
}
