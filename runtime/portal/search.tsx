/** Search by user or service, with event name (a trailing `*` is a prefix) and request-parameter filters. */
import { useState } from 'preact/hooks';
import { entityPath } from './api';
import { EventsTable } from './events-table';
import { Failure, Loading, useApp, useLoad } from './use-load';
import { ParamFilter, ResolvedWindow, SearchKind, ViewState } from './view-state';

const MAX_FILTERS = 10;

export function Search({
  state,
  window,
  onChange,
}: {
  state: ViewState;
  window: ResolvedWindow;
  onChange: (next: Partial<ViewState>) => void;
}) {
  const [kind, setKind] = useState(state.kind);
  const [name, setName] = useState(state.name);
  const [eventName, setEventName] = useState(state.eventName);
  const [filters, setFilters] = useState<ParamFilter[]>(state.filters.length > 0 ? [...state.filters] : []);
  const submit = (e: Event) => {
    e.preventDefault();
    onChange({
      kind,
      name: name.trim(),
      eventName: eventName.trim(),
      filters: filters.filter((f) => f.name.trim() !== ''),
    });
  };
  const setFilter = (i: number, change: Partial<ParamFilter>) =>
    setFilters(filters.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <>
      <form class="card wide search" onSubmit={submit} aria-labelledby="h-search">
        <h2 id="h-search">Search</h2>
        <div class="fields">
          <label>
            Search by
            <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as SearchKind)}>
              <option value={SearchKind.USER}>User</option>
              <option value={SearchKind.SERVICE}>Service</option>
            </select>
          </label>
          <label>
            {kind === SearchKind.USER ? 'User name' : 'Service (e.g. ec2)'}
            <input
              value={name}
              required
              list="known-names"
              autoComplete="off"
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
          <KnownNames kind={kind} />
          <label>
            Event name (optional; Create* for a prefix)
            <input
              value={eventName}
              pattern="[A-Za-z0-9_.:\-]+\*?"
              onInput={(e) => setEventName((e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
        <fieldset>
          <legend>Request parameters</legend>
          {filters.map((filter, i) => (
            <div class="filter" key={i}>
              <label>
                Parameter {i + 1}
                <input
                  value={filter.name}
                  placeholder="instanceType"
                  onInput={(e) => setFilter(i, { name: (e.target as HTMLInputElement).value })}
                />
              </label>
              <label>
                Value {i + 1}
                <input
                  value={filter.value}
                  placeholder="t3.micro"
                  onInput={(e) => setFilter(i, { value: (e.target as HTMLInputElement).value })}
                />
              </label>
              <button
                type="button"
                onClick={() => setFilters(filters.filter((_, j) => j !== i))}
                aria-label={`Remove parameter ${i + 1}`}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            disabled={filters.length >= MAX_FILTERS}
            onClick={() => setFilters([...filters, { name: '', value: '' }])}
          >
            Add parameter filter
          </button>
        </fieldset>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      {state.name !== '' && <Results state={state} window={window} />}
    </>
  );
}

function KnownNames({ kind }: { kind: SearchKind }) {
  const { api } = useApp();
  const [names] = useLoad<{ items: { name: string }[] }>(kind, () =>
    api.get(kind === SearchKind.USER ? '/users' : '/services', { limit: '1000' }),
  );
  return (
    <datalist id="known-names">
      {names.status === 'ready' && names.data.items.map((item) => <option key={item.name} value={item.name} />)}
    </datalist>
  );
}

function Results({ state, window }: { state: ViewState; window: ResolvedWindow }) {
  const { api } = useApp();
  const path = entityPath(state.kind === SearchKind.USER ? 'users' : 'services', state.name);
  const query = {
    from: window.from,
    to: window.to,
    eventName: state.eventName || undefined,
    param: state.filters.map((f) => f.name),
    value: state.filters.map((f) => f.value),
  };
  const key = `${path}?${JSON.stringify(query)}`;
  const [count, retry] = useLoad<number>(key, async () => {
    let total = 0;
    let cursor: string | undefined;
    do {
      const body = await api.get<{ count: number; cursor?: string }>(path, { ...query, count: 'true', cursor });
      total += body.count;
      cursor = body.cursor;
    } while (cursor);
    return total;
  });
  const what = `${state.kind === SearchKind.USER ? 'User' : 'Service'} ${state.name}`;
  return (
    <>
      <section class="card wide" aria-labelledby="h-result" data-testid="search-summary">
        <h2 id="h-result">{what}</h2>
        {count.status === 'loading' && <Loading what="the count" />}
        {count.status === 'error' && <Failure message={count.message} retry={retry} />}
        {count.status === 'ready' && (
          <p>
            <strong data-testid="search-count">{count.data.toLocaleString('en-US')}</strong> matching events in the
            window.
          </p>
        )}
      </section>
      <EventsTable key={key} title={`Events of ${what}`} path={path} query={query} />
    </>
  );
}
