/**
 * SigV4-signed HTTPS calls with the SDK's own signer and credential chain, for the few AWS APIs the functions call
 * without a client package of their own (SSM, EC2, CloudTrail): the bundles stay small. Hosts come from the
 * function's region (or its checked endpoint override), never from event content.
 */
import { createHash, createHmac } from 'crypto';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { HTTP_TIMEOUT_MS, HttpError } from '../core/retry';

export interface SignedCallOptions {
  /** The region the call is signed for and sent to. */
  readonly region: string;
  /** Endpoint override (checked by the caller: see endpoints.ts). */
  readonly endpoint?: string;
  /** @default the SDK's credential chain (the function's role) */
  readonly credentials?: () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }>;
}

/** Node's SHA-256 in the shape the SDK signer expects. */
class Sha256 {
  private hash: ReturnType<typeof createHash>;
  private readonly secret?: string | Uint8Array;
  public constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.secret = toBytes(secret);
    this.hash = this.fresh();
  }
  public update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBytes(data) as string | Uint8Array);
  }
  public async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  public reset(): void {
    this.hash = this.fresh();
  }
  private fresh(): ReturnType<typeof createHash> {
    return this.secret
      ? (createHmac('sha256', this.secret) as unknown as ReturnType<typeof createHash>)
      : createHash('sha256');
  }
}

function toBytes(data: string | ArrayBuffer | ArrayBufferView | undefined): string | Uint8Array | undefined {
  if (data === undefined || typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** One SigV4-signed call; returns the response text. */
export async function signedCall(
  service: string,
  options: SignedCallOptions,
  headers: Record<string, string>,
  body: string,
): Promise<string> {
  const base = new URL(
    options.endpoint ??
      `https://${service}.${options.region}.amazonaws.com${options.region.startsWith('cn-') ? '.cn' : ''}`,
  );
  const signer = new SignatureV4({
    service,
    region: options.region,
    credentials: options.credentials ?? defaultProvider(),
    sha256: Sha256,
  });
  const request = await signer.sign({
    method: 'POST',
    protocol: base.protocol,
    hostname: base.hostname,
    port: base.port ? Number(base.port) : undefined,
    path: '/',
    headers: { host: base.host, ...headers },
    body,
  });
  const response = await fetch(`${base.origin}/`, {
    method: 'POST',
    headers: request.headers,
    body,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, text, `${service} call`);
  return text;
}
