/** Writes archive objects to S3: one new object per call, SSE-KMS when a key is configured. */
import { createHash } from 'crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export interface S3ArchiveTarget {
  readonly bucket: string;
  /** KMS key id or ARN for SSE-KMS; without it the bucket's default encryption applies. */
  readonly kmsKeyId?: string;
}

/** An S3 client; `endpoint` overrides the AWS endpoint (tests, LocalStack, VPC endpoints). */
export function s3Client(endpoint?: string): S3Client {
  const override = endpoint && endpoint.trim() !== '' ? endpoint.trim() : undefined;
  return new S3Client({
    ...(override ? { endpoint: override, forcePathStyle: true } : {}),
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 3000, requestTimeout: 10000 },
  });
}

/** Uploads one object and returns its `s3://` location. Throws after the SDK's retries. */
export async function putArchiveObject(
  client: S3Client,
  target: S3ArchiveTarget,
  key: string,
  body: string,
  contentType: string,
): Promise<string> {
  const bytes = Buffer.from(body, 'utf8');
  await client.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: key,
      Body: bytes,
      ContentType: contentType,
      ContentMD5: createHash('md5').update(bytes).digest('base64'),
      ...(target.kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: target.kmsKeyId } : {}),
    }),
  );
  return `s3://${target.bucket}/${key}`;
}
