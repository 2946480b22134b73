/**
 * Charts. Per-service and per-user counts are HTML bar lists (readable by screen readers, wrap on a phone, no
 * canvas); the timeline is uPlot (small, fast canvas time series) with the numbers also in a table.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';

export interface Bar {
  readonly key: string;
  readonly count: number;
}

export function BarList({
  title,
  bars,
  total,
  more,
  onSelect,
}: {
  title: string;
  bars: readonly Bar[];
  total: number;
  more: number;
  onSelect?: (key: string) => void;
}) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <section class="card" aria-labelledby={`h-${title}`}>
      <h2 id={`h-${title}`}>{title}</h2>
      {bars.length === 0 ? (
        <p class="state empty">No events in this window.</p>
      ) : (
        <ol class="bars">
          {bars.map((bar) => (
            <li key={bar.key}>
              {onSelect ? (
                <button
                  type="button"
                  class="bar-label link"
                  onClick={() => onSelect(bar.key)}
                  title={`Search ${bar.key}`}
                >
                  {bar.key}
                </button>
              ) : (
                <span class="bar-label">{bar.key}</span>
              )}
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${(100 * bar.count) / max}%` }} />
              </span>
              <span class="bar-count" data-testid="bar-count">
                {bar.count.toLocaleString('en-US')}
                <span class="visually-hidden"> events, {((100 * bar.count) / Math.max(1, total)).toFixed(1)}%</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {more > 0 && <p class="note">and {more} more</p>}
    </section>
  );
}

const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#6e7781'];

export interface TimelineSeries {
  readonly label: string;
  readonly values: readonly number[];
}

/** Stacked bars per bucket: each series is drawn as the running sum up to it, top series first. */
export function Timeline({
  keys,
  series,
  unit,
}: {
  keys: readonly string[];
  series: readonly TimelineSeries[];
  unit: 'hour' | 'day';
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || keys.length === 0) return;
    const xs = keys.map((k) => Date.parse(unit === 'day' ? `${k}T00:00:00Z` : k) / 1000);
    const stacked: number[][] = [];
    series.forEach((s, i) => stacked.push(s.values.map((v, j) => v + (i > 0 ? stacked[i - 1][j] : 0))));
    const order = stacked.map((_, i) => i).reverse();
    const bars = uPlot.paths.bars!({ size: [0.8, 40] });
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{}, { size: 50 }],
        series: [
          {},
          ...order.map((i) => ({
            label: series[i].label,
            fill: PALETTE[i % PALETTE.length],
            stroke: PALETTE[i % PALETTE.length],
            paths: bars,
            value: (_u: uPlot, _v: number, _s: number, idx: number | null) =>
              idx === null ? '' : String(series[i].values[idx] ?? 0),
          })),
        ],
      },
      [xs, ...order.map((i) => stacked[i])],
      element,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: 220 }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [keys.join(), series.map((s) => `${s.label}:${s.values.join(',')}`).join('|'), unit]);
  const totals = keys.map((_, j) => series.reduce((n, s) => n + (s.values[j] ?? 0), 0));
  return (
    <section class="card wide" aria-labelledby="h-timeline">
      <h2 id="h-timeline">Events per {unit} (UTC), by service</h2>
      <div
        ref={box}
        class="timeline"
        role="img"
        aria-label={`Events per ${unit}: ${totals.reduce((a, b) => a + b, 0)} in all, at most ${Math.max(0, ...totals)} in one ${unit}`}
      />
      <details>
        <summary>Timeline as a table</summary>
        <div class="scroll" tabIndex={0} role="region" aria-label="Timeline table">
          <table>
            <thead>
              <tr>
                <th scope="col">{unit === 'hour' ? 'Hour' : 'Day'}</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {keys.map((key, j) => (
                <tr key={key}>
                  <th scope="row">{unit === 'hour' ? key.slice(0, 16).replace('T', ' ') : key}</th>
                  {series.map((s) => (
                    <td key={s.label}>{s.values[j] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
