/** Entry: reads `/config.json`, finishes a sign-in redirect if there is one, then renders the app. */
import { render } from 'preact';
import { completeSignIn } from './auth';
import { App } from './app';
import { parsePortalConfig } from './portal-config';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  let notice: string | undefined;
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The portal's configuration (/config.json) could not be read: ${response.status}.`);
  const config = parsePortalConfig(await response.json());
  try {
    const returnTo = await completeSignIn(config);
    if (returnTo !== undefined) history.replaceState(null, '', returnTo);
  } catch (error) {
    history.replaceState(null, '', '/');
    notice = (error as Error).message;
  }
  root.textContent = '';
  render(<App config={config} notice={notice} />, root);
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  root.textContent = '';
  const p = document.createElement('p');
  p.className = 'state error';
  p.setAttribute('role', 'alert');
  p.textContent = error instanceof Error ? error.message : String(error);
  root.append(p);
});
