/**
 * The dashboard: totals, per service, per user, timeline, key events and the details table for one window, from
 * two requests: one `/stats` with every grouping and the first `/scan` page (never the window's events).
 */
import { Stats } from './api';
import { BarList, Timeline } from './charts';
import { EventsTable } from './events-table';
import { DEFAULT_KEY_EVENTS, keyEventCounts } from './portal-config';
import { Failure, Loading, useApp, useLoad } from './use-load';
import { ResolvedWindow, timelineKeys, timelineUnit } from './view-state';

interface DashboardData {
  readonly byService: Stats;
  readonly byUser: Stats;
  readonly byEventName: Stats;
  readonly timeline: Stats;
}

const TOP = 12;

export function Dashboard({
  window,
  keyEvents,
  onSearch,
}: {
  window: ResolvedWindow;
  keyEvents?: readonly string[];
  onSearch: (kind: 'user' | 'service', name: string) => void;
}) {
  const { api } = useApp();
  const unit = timelineUnit(window.lengthMs);
  const range = { from: window.from, to: window.to };
  const [data, retry] = useLoad<DashboardData>(`${window.from}|${window.to}`, async () => {
    // One request for every count on the page: the server reads the window's rollups once.
    const stats = await api.get<Stats>('/stats', {
      ...range,
      by: `service,user,eventName,${unit}`,
      split: 'service',
      limit: '1000',
    });
    const part = (name: string): Stats => ({ ...stats, ...stats.results![name] });
    const top = (all: Stats): Stats => ({ ...all, groups: all.groups.slice(0, TOP) });
    return {
      byService: top(part('service')),
      byUser: top(part('user')),
      byEventName: part('eventName'),
      timeline: part(unit),
    };
  });
  return (
    <div class="dashboard" data-state={data.status} aria-busy={data.status === 'loading'}>
      {data.status === 'loading' && <Loading what="the dashboard" />}
      {data.status === 'error' && <Failure message={data.message} retry={retry} />}
      {data.status === 'ready' && (
        <Panels
          data={data.data}
          window={window}
          unit={unit}
          keyEvents={keyEvents ?? DEFAULT_KEY_EVENTS}
          onSearch={onSearch}
        />
      )}
      <EventsTable key={`${window.from}|${window.to}`} title="Events in the window" path="/scan" query={range} />
    </div>
  );
}

function Panels({
  data,
  window,
  unit,
  keyEvents,
  onSearch,
}: {
  data: DashboardData;
  window: ResolvedWindow;
  unit: 'hour' | 'day';
  keyEvents: readonly string[];
  onSearch: (kind: 'user' | 'service', name: string) => void;
}) {
  const signIns = data.byEventName.groups.find((g) => g.key === 'ConsoleLogin')?.count ?? 0;
  const totals: [string, number, string][] = [
    ['Events', data.byService.total, 'events'],
    ['Users', data.byUser.groupCount, 'users'],
    ['Services', data.byService.groupCount, 'services'],
    ['Errors and denied calls', data.byService.errors, 'errors'],
    ['Console sign-ins', signIns, 'sign-ins'],
  ];
  const keys = timelineKeys(window, unit);
  const top = data.byService.groups.slice(0, 5).map((g) => g.key);
  const index = new Map(data.timeline.groups.map((g) => [g.key, g]));
  const series = top.map((service) => ({
    label: service,
    values: keys.map((k) => index.get(k)?.split?.[service] ?? 0),
  }));
  const rest = keys.map((k) => {
    const group = index.get(k);
    return group ? group.count - top.reduce((n, s) => n + (group.split?.[s] ?? 0), 0) : 0;
  });
  if (rest.some((n) => n > 0)) series.push({ label: 'other', values: rest });
  return (
    <>
      <section aria-label="Totals" class="totals">
        {totals.map(([label, value, id]) => (
          <div class="total" key={id}>
            <span class="total-value" data-testid={`total-${id}`}>
              {value.toLocaleString('en-US')}
            </span>
            <span class="total-label">{label}</span>
          </div>
        ))}
      </section>
      <Timeline keys={keys} series={series} unit={unit} />
      <BarList
        title="Events per service"
        bars={data.byService.groups}
        total={data.byService.total}
        more={data.byService.groupCount - data.byService.groups.length}
        onSelect={(s) => onSearch('service', s)}
      />
      <BarList
        title="Events per user"
        bars={data.byUser.groups}
        total={data.byUser.total}
        more={data.byUser.groupCount - data.byUser.groups.length}
        onSelect={(u) => onSearch('user', u)}
      />
      <section class="card" aria-labelledby="h-key">
        <h2 id="h-key">Key events</h2>
        <ul class="key-events">
          {keyEventCounts(keyEvents, data.byEventName.groups).map(({ name, count }) => (
            <li key={name}>
              <span>{name}</span>
              <strong data-testid={`key-${name}`}>{count.toLocaleString('en-US')}</strong>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
