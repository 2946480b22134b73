import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, join } from 'path';
import { AssetType, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';

/** The function code bundled into this package (`runtime/<cloud>/functions/<name>.ts`). */
export enum BundledHandler {
  HUAWEICLOUD_LOGIN_ALARM = 'huaweicloud/login-alarm',
  AWS_LOGIN_ALARM = 'aws/login-alarm',
  AWS_TRAIL_INGEST = 'aws/trail-ingest',
  AWS_TRAIL_QUERY_API = 'aws/trail-query-api',
  HUAWEICLOUD_LOG_KEYWORD_ALARM = 'huaweicloud/log-keyword-alarm',
  AWS_LOG_KEYWORD_ALARM = 'aws/log-keyword-alarm',
  AWS_TAG_ENRICHMENT = 'aws/tag-enrichment',
  HUAWEICLOUD_TAG_ENRICHMENT = 'huaweicloud/tag-enrichment',
  ALICLOUD_TAG_ENRICHMENT = 'alicloud/tag-enrichment',
}

function packageRoot(): string {
  // src/core (ts sources) and lib/src/core (compiled) sit at different depths: walk up to our package.json.
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cdktf-trailwatch'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cdktf-trailwatch: cannot find the package root to load bundled handlers');
    dir = parent;
  }
}

/** Absolute path of the deterministic zip of a bundled handler (built by `npm run build:handlers`). @internal */
export function bundledHandlerZipPath(handler: BundledHandler): string {
  const path = join(packageRoot(), 'assets', `${handler}.zip`);
  if (!existsSync(path)) {
    throw new Error(
      `cdktf-trailwatch: ${path} is missing; run "npm run build:handlers" (a published package ships it)`,
    );
  }
  return path;
}

/** @internal */
export function bundledHandlerZipSize(handler: BundledHandler): number {
  return statSync(bundledHandlerZipPath(handler)).size;
}

/**
 * The handler's zip as a file asset. The zip is byte-stable (fixed timestamps, sorted entries), so its hash,
 * and thus the function's code hash, changes only when the code does.
 * @internal
 */
export function bundledHandlerAsset(scope: Construct, id: string, handler: BundledHandler): TerraformAsset {
  return new TerraformAsset(scope, id, { path: bundledHandlerZipPath(handler), type: AssetType.FILE });
}
