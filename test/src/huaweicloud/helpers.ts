import { App, TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';

/** A stack with a Huawei Cloud provider in cn-north-4. */
export function huaweiStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'stack');
  new HuaweicloudProvider(stack, 'hw', { region: 'cn-north-4' });
  return stack;
}
