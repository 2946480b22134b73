/** Loading / ready / error state of one request, with session expiry handed to the app. */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { SessionExpired, TrailApi } from './api';

export interface AppContextValue {
  readonly api: TrailApi;
  readonly onSessionExpired: () => void;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  return useContext(AppContext)!;
}

export type Load<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly message: string };

/** Runs `load` whenever `key` changes; `retry` runs it again. Late answers of an older key are dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): [Load<T>, () => void] {
  const { onSessionExpired } = useApp();
  const [state, setState] = useState<{ key: string; attempt: number; load: Load<T> }>({
    key,
    attempt: 0,
    load: { status: 'loading' },
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ key, attempt, load: { status: 'loading' } });
    load().then(
      (data) => current && setState({ key, attempt, load: { status: 'ready', data } }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) onSessionExpired();
        else
          setState({
            key,
            attempt,
            load: { status: 'error', message: error instanceof Error ? error.message : String(error) },
          });
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  // Until the effect has run for a new key, the old answer must not show as the new one.
  return [
    state.key === key && state.attempt === attempt ? state.load : { status: 'loading' },
    () => setAttempt((n) => n + 1),
  ];
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="state loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Failure({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div class="state error" role="alert">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
