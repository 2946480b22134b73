/**
 * The portal's state kept in the URL, so a view can be shared: which page, which window (a preset such as `7d`
 * or an explicit `from`/`to`), and the search. Pure (no DOM), so tests can use it.
 */

export enum View {
  DASHBOARD = 'dashboard',
  SEARCH = 'search',
}

export enum SearchKind {
  USER = 'user',
  SERVICE = 'service',
}

export interface WindowPreset {
  readonly id: string;
  readonly label: string;
  readonly ms: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The CloudTrail-Tracker portal's windows (hour, six hours, day, week, fifteen days) plus thirty days. */
export const WINDOW_PRESETS: readonly WindowPreset[] = [
  { id: '1h', label: 'Last hour', ms: HOUR },
  { id: '6h', label: 'Last 6 hours', ms: 6 * HOUR },
  { id: '24h', label: 'Last 24 hours', ms: DAY },
  { id: '7d', label: 'Last 7 days', ms: 7 * DAY },
  { id: '15d', label: 'Last 15 days', ms: 15 * DAY },
  { id: '30d', label: 'Last 30 days', ms: 30 * DAY },
];

export const DEFAULT_PRESET = '24h';

export interface ParamFilter {
  readonly name: string;
  readonly value: string;
}

export interface ViewState {
  readonly view: View;
  /** A preset id, or undefined with from/to. */
  readonly range?: string;
  readonly from?: string;
  readonly to?: string;
  readonly kind: SearchKind;
  readonly name: string;
  readonly eventName: string;
  readonly filters: readonly ParamFilter[];
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const range = params.get('range') ?? undefined;
  const names = params.getAll('param');
  const values = params.getAll('value');
  return {
    view: params.get('view') === View.SEARCH ? View.SEARCH : View.DASHBOARD,
    range: from && to ? undefined : WINDOW_PRESETS.some((p) => p.id === range) ? range : DEFAULT_PRESET,
    from: from && to ? from : undefined,
    to: from && to ? to : undefined,
    kind: params.get('kind') === SearchKind.SERVICE ? SearchKind.SERVICE : SearchKind.USER,
    name: params.get('name') ?? '',
    eventName: params.get('eventName') ?? '',
    filters: names.map((name, i) => ({ name, value: values[i] ?? '' })).filter((f) => f.name !== ''),
  };
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== View.DASHBOARD) params.set('view', state.view);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  } else params.set('range', state.range ?? DEFAULT_PRESET);
  if (state.view === View.SEARCH) {
    params.set('kind', state.kind);
    if (state.name) params.set('name', state.name);
    if (state.eventName) params.set('eventName', state.eventName);
    for (const filter of state.filters) {
      params.append('param', filter.name);
      params.append('value', filter.value);
    }
  }
  return `?${params.toString()}`;
}

export interface ResolvedWindow {
  readonly from: string;
  readonly to: string;
  readonly lengthMs: number;
}

/** The window to query, as ISO instants; a preset ends now, rounded down to the minute so requests repeat. */
export function resolveViewWindow(state: ViewState, nowMs: number): ResolvedWindow {
  if (state.from && state.to) {
    const from = Date.parse(state.from.endsWith('Z') ? state.from : `${state.from}Z`);
    const to = Date.parse(state.to.endsWith('Z') ? state.to : `${state.to}Z`);
    if (Number.isFinite(from) && Number.isFinite(to) && from <= to) {
      return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), lengthMs: to - from };
    }
  }
  const preset =
    WINDOW_PRESETS.find((p) => p.id === state.range) ?? WINDOW_PRESETS.find((p) => p.id === DEFAULT_PRESET)!;
  const end = Math.floor(nowMs / 60_000) * 60_000 + 59_999;
  return { from: new Date(end + 1 - preset.ms).toISOString(), to: new Date(end).toISOString(), lengthMs: preset.ms };
}

/** Hours for windows up to two days, days beyond. */
export function timelineUnit(lengthMs: number): 'hour' | 'day' {
  return lengthMs <= 2 * DAY ? 'hour' : 'day';
}

/** Every bucket start of the window (so empty hours/days show as zero), as the keys `/stats` returns. */
export function timelineKeys(window: ResolvedWindow, unit: 'hour' | 'day'): string[] {
  const step = unit === 'hour' ? HOUR : DAY;
  const start = Math.floor(Date.parse(window.from) / step) * step;
  const keys: string[] = [];
  for (let t = start; t <= Date.parse(window.to) && keys.length < 2000; t += step) {
    const iso = new Date(t).toISOString();
    keys.push(unit === 'hour' ? iso : iso.slice(0, 10));
  }
  return keys;
}
