/** The shell: sign-in state, header with navigation and the window picker (kept in the URL), then the page. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { TrailApi } from './api';
import { currentTokens, signIn, signOut, signedInUser } from './auth';
import { Dashboard } from './dashboard';
import { PortalConfig } from './portal-config';
import { Search } from './search';
import { AppContext } from './use-load';
import { View, ViewState, WINDOW_PRESETS, parseViewState, resolveViewWindow, serializeViewState } from './view-state';

export function App({ config, notice }: { config: PortalConfig; notice?: string }) {
  const [state, setState] = useState<ViewState>(() => parseViewState(location.search));
  const [signedIn, setSignedIn] = useState(currentTokens() !== undefined);
  const [message, setMessage] = useState(notice);
  // A preset is resolved once per navigation, so paging the table does not slide the window.
  const [now, setNow] = useState(Date.now());
  const window = useMemo(() => resolveViewWindow(state, now), [state, now]);
  const api = useMemo(() => new TrailApi(config), [config]);

  useEffect(() => {
    const onPop = () => {
      setState(parseViewState(location.search));
      setNow(Date.now());
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const navigate = (change: Partial<ViewState>) => {
    const next = { ...state, ...change };
    history.pushState(null, '', serializeViewState(next));
    setState(next);
    setNow(Date.now());
  };
  const context = useMemo(
    () => ({
      api,
      onSessionExpired: () => {
        setSignedIn(false);
        setMessage('Your session has expired. Sign in again to continue.');
      },
    }),
    [api],
  );

  if (!signedIn) {
    return (
      <main class="signin" id="main">
        <h1>TrailWatch portal</h1>
        {message && (
          <p role="alert" class="state error">
            {message}
          </p>
        )}
        <p>Who did what, and when, in your AWS accounts. Sign in to see the trail.</p>
        <button
          type="button"
          class="primary"
          onClick={() => void signIn(config, `${location.pathname}${location.search}`)}
        >
          Sign in
        </button>
      </main>
    );
  }
  return (
    <AppContext.Provider value={context}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <h1>TrailWatch</h1>
        <nav aria-label="Pages">
          <a
            href={serializeViewState({ ...state, view: View.DASHBOARD })}
            aria-current={state.view === View.DASHBOARD ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), navigate({ view: View.DASHBOARD }))}
          >
            Dashboard
          </a>
          <a
            href={serializeViewState({ ...state, view: View.SEARCH })}
            aria-current={state.view === View.SEARCH ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), navigate({ view: View.SEARCH }))}
          >
            Search
          </a>
        </nav>
        <span class="who">{signedInUser()}</span>
        <button type="button" onClick={() => signOut(config)}>
          Sign out
        </button>
      </header>
      <main id="main">
        <WindowPicker state={state} window={window} onChange={navigate} />
        {state.view === View.DASHBOARD ? (
          <Dashboard
            window={window}
            keyEvents={config.keyEvents}
            onSearch={(kind, name) =>
              navigate({ view: View.SEARCH, kind: kind as ViewState['kind'], name, eventName: '', filters: [] })
            }
          />
        ) : (
          <Search key={serializeViewState(state)} state={state} window={window} onChange={navigate} />
        )}
      </main>
    </AppContext.Provider>
  );
}

function WindowPicker({
  state,
  window,
  onChange,
}: {
  state: ViewState;
  window: { from: string; to: string };
  onChange: (change: Partial<ViewState>) => void;
}) {
  const [from, setFrom] = useState(window.from.slice(0, 16));
  const [to, setTo] = useState(window.to.slice(0, 16));
  return (
    <section class="window" aria-label="Time window">
      <div class="presets" role="group" aria-label="Preset windows">
        {WINDOW_PRESETS.map((preset) => (
          <button
            type="button"
            key={preset.id}
            aria-pressed={state.range === preset.id}
            onClick={() => onChange({ range: preset.id, from: undefined, to: undefined })}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <form
        class="custom"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ range: undefined, from: `${from}:00Z`, to: `${to}:59.999Z` });
        }}
      >
        <label>
          From (UTC)
          <input
            type="datetime-local"
            value={from}
            required
            onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          To (UTC)
          <input
            type="datetime-local"
            value={to}
            required
            onInput={(e) => setTo((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Apply</button>
      </form>
      <p class="note" data-testid="window">
        {window.from.slice(0, 16).replace('T', ' ')} – {window.to.slice(0, 16).replace('T', ' ')} UTC
      </p>
    </section>
  );
}
