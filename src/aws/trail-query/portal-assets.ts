import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { AssetType, TerraformAsset, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object';

/** One file of the built portal, as `scripts/build-portal.ts` lists it in `assets/portal/manifest.json`. @internal */
export interface PortalAssetEntry {
  readonly path: string;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** The folder of the built portal inside this package. @internal */
export function portalAssetsDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'assets', 'portal', 'manifest.json');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return dirname(candidate);
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        'cdktf-trailwatch: assets/portal is missing; run "npm run build:portal" (a published package ships it)',
      );
    dir = parent;
  }
}

/** @internal */
export function portalAssetManifest(): PortalAssetEntry[] {
  return JSON.parse(readFileSync(join(portalAssetsDir(), 'manifest.json'), 'utf8')) as PortalAssetEntry[];
}

/** @internal */
export interface PortalFilesProps {
  readonly bucketName: string;
  /** `index.html` with the runtime CSP meta tag (Terraform references inside). */
  readonly indexHtml: (built: string) => string;
  /** The runtime configuration JSON (Terraform references inside). */
  readonly configJson: string;
  readonly provider?: TerraformProvider;
}

/**
 * The portal's files in its bucket: the hashed app bundles as file assets (immutable caching), `index.html` and
 * `config.json` written from Terraform references (revalidated on every load).
 * @internal
 */
export class PortalFiles extends Construct {
  public readonly objects: S3Object[] = [];

  public constructor(scope: Construct, id: string, props: PortalFilesProps) {
    super(scope, id);
    const dir = portalAssetsDir();
    portalAssetManifest().forEach((entry, i) => {
      const common = {
        bucket: props.bucketName,
        key: entry.path,
        contentType: entry.contentType,
        cacheControl: entry.cacheControl,
        provider: props.provider,
      };
      if (entry.path === 'index.html') {
        this.objects.push(
          new S3Object(this, `File${i}`, {
            ...common,
            content: props.indexHtml(readFileSync(join(dir, entry.path), 'utf8')),
          }),
        );
        return;
      }
      const asset = new TerraformAsset(this, `Asset${i}`, { path: join(dir, entry.path), type: AssetType.FILE });
      this.objects.push(new S3Object(this, `File${i}`, { ...common, source: asset.path, sourceHash: entry.sha256 }));
    });
    this.objects.push(
      new S3Object(this, 'Config', {
        bucket: props.bucketName,
        key: 'config.json',
        content: props.configJson,
        contentType: 'application/json',
        cacheControl: 'no-cache',
        provider: props.provider,
      }),
    );
  }
}
