/** The details table: one page at a time with the API's cursor, CSV export of the whole query, event detail. */
import { useRef, useState } from 'preact/hooks';
import { EventPage, TrailEvent } from './api';
import { toCsv } from './csv';
import { Failure, Loading, useApp, useLoad } from './use-load';

const PAGE_SIZE = 25;
const EXPORT_MAX_ROWS = 20_000;

export interface EventsTableProps {
  readonly title: string;
  readonly path: string;
  readonly query: Record<string, string | readonly string[] | undefined>;
}

export function EventsTable({ title, path, query }: EventsTableProps) {
  const { api } = useApp();
  const queryKey = `${path}?${JSON.stringify(query)}`;
  // Cursors of the pages before the current one; the current page's own cursor is the last entry.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [selected, setSelected] = useState<TrailEvent | undefined>();
  const [exporting, setExporting] = useState<string | undefined>();
  // The parent keys this component on the query, so a new query starts again at page 1.
  const cursor = cursors[cursors.length - 1];
  const [page, retry] = useLoad<EventPage>(`${queryKey}#${cursor ?? ''}`, () =>
    api.get<EventPage>(path, { ...query, order: 'desc', limit: String(PAGE_SIZE), cursor }),
  );
  const pageNumber = cursors.length;

  const exportCsv = async () => {
    const rows: TrailEvent[] = [];
    let next: string | undefined;
    try {
      do {
        setExporting(`Exporting… ${rows.length} events`);
        const body = await api.get<EventPage>(path, { ...query, order: 'desc', limit: '1000', cursor: next });
        rows.push(...body.items);
        next = body.cursor;
      } while (next && rows.length < EXPORT_MAX_ROWS);
      const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `trail-events-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setExporting(`Exported ${rows.length} events${next ? ` (the first ${EXPORT_MAX_ROWS})` : ''}.`);
    } catch (error) {
      setExporting(`Export failed: ${(error as Error).message}`);
    }
  };

  return (
    <section class="card wide" aria-labelledby="h-events">
      <div class="card-head">
        <h2 id="h-events">{title}</h2>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <p class="note" role="status">
        {exporting ?? ''}
      </p>
      {page.status === 'loading' && <Loading what="events" />}
      {page.status === 'error' && <Failure message={page.message} retry={retry} />}
      {page.status === 'ready' && page.data.items.length === 0 && (
        <p class="state empty" data-page={pageNumber}>
          No events match.
        </p>
      )}
      {page.status === 'ready' && page.data.items.length > 0 && (
        <div class="scroll" tabIndex={0} role="region" aria-label={`${title}, page ${pageNumber}`}>
          <table class="events" data-testid="events-table" data-page={pageNumber}>
            <caption class="visually-hidden">
              {title}, page {pageNumber}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Time (UTC)</th>
                <th scope="col">User</th>
                <th scope="col">Event</th>
                <th scope="col">Service</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((event) => (
                <tr key={event.eventID} data-event-id={event.eventID}>
                  <td>{event.eventTime.slice(0, 19).replace('T', ' ')}</td>
                  <td>{event.user}</td>
                  <td>
                    <button type="button" class="link" onClick={() => setSelected(event)}>
                      {event.eventName}
                    </button>
                  </td>
                  <td>{event.service}</td>
                  <td>{event.errorCode ? <span class="bad">{String(event.errorCode)}</span> : 'OK'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pager" aria-label="Pages of events">
        <button type="button" disabled={pageNumber <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>
        <span aria-live="polite">Page {pageNumber}</span>
        <button
          type="button"
          disabled={page.status !== 'ready' || !page.data.cursor}
          onClick={() => page.status === 'ready' && page.data.cursor && setCursors([...cursors, page.data.cursor])}
        >
          Next page
        </button>
      </nav>
      {selected && <EventDetail event={selected} onClose={() => setSelected(undefined)} />}
    </section>
  );
}

function EventDetail({ event, onClose }: { event: TrailEvent; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = (el: HTMLDialogElement | null) => {
    dialog.current = el;
    if (el && !el.open) el.showModal();
  };
  const fields: [string, unknown][] = [
    ['Time', event.eventTime],
    ['User', event.user],
    ['User type', event.userType],
    ['Event', event.eventName],
    ['Source', event.eventSource],
    ['Region', event.awsRegion],
    ['Source IP', event.sourceIPAddress],
    ['Error', event.errorCode ? `${String(event.errorCode)} ${String(event.errorMessage ?? '')}` : undefined],
    ['Event ID', event.eventID],
  ];
  return (
    <dialog ref={open} class="detail" aria-labelledby="h-detail" onClose={onClose} data-testid="event-detail">
      <h2 id="h-detail">{event.eventName}</h2>
      <dl>
        {fields
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => [<dt key={`t${k}`}>{k}</dt>, <dd key={`d${k}`}>{String(v)}</dd>])}
      </dl>
      <h3>Stored record</h3>
      <pre tabIndex={0} aria-label="Stored record as JSON">
        {JSON.stringify(event, null, 2)}
      </pre>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
