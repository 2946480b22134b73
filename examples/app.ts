/**
 * Synthesizes every example stack into cdktf.out/ (`npm run synth`, or `cdktf synth` through cdktf.json).
 * Each example folder also runs on its own: `npx tsx examples/<name>/main.ts`.
 */
import { App } from 'cdktf';
import { useRelativeLocalState } from './local-state';
import { createHuaweicloudLoginAuditStack } from './huaweicloud-login-audit/main';

const app = new App({ skipValidation: false });
// Example stacks register themselves here, one line each.
createHuaweicloudLoginAuditStack(app);
useRelativeLocalState(app);
app.synth();
