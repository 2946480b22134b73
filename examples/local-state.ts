import { App, LocalBackend, TerraformStack } from 'cdktf';

/**
 * cdktf's implicit local backend records the absolute path of the checkout, so two clones would synthesize
 * different JSON. Each example keeps its state in a relative file instead; swap in a remote backend to deploy
 * as a team.
 */
export function useRelativeLocalState(app: App): void {
  for (const child of app.node.children) {
    if (child instanceof TerraformStack) {
      new LocalBackend(child, { path: `terraform.${child.node.id}.tfstate` });
    }
  }
}
