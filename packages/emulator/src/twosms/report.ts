import type { Reply } from '../http/api-dialect.ts';
import { envelopeError } from './errors.ts';
import { invalidDate, parseDate } from './message-rules.ts';
import { presentReportRow, succeeded } from './present.ts';
import type { TwoSmsStore } from './store.ts';

/** GET api/v1/reports/messages: a page of messages, filtered by reference, destination, dates. */
export function searchReport(
  store: TwoSmsStore,
  query: Readonly<Record<string, unknown>>,
  now: number,
): Reply {
  for (const name of ['paging.Page', 'paging.NoOfRecords']) {
    const value = query[name] as number;
    if (value < 1) {
      return envelopeError(
        'InvalidRequest',
        `/query/${name}: expected an integer >= 1, got ${value}`,
      );
    }
  }
  const page = query['paging.Page'] as number;
  const size = query['paging.NoOfRecords'] as number;
  const startText = (query['filter.StartDate'] as string | undefined) || undefined;
  const endText = (query['filter.EndDate'] as string | undefined) || undefined;
  const badDate = invalidDate([
    ['filter.StartDate', startText],
    ['filter.EndDate', endText],
  ]);
  if (badDate) return envelopeError('InvalidDate', `/query/${badDate.name}: ${badDate.reason}`);
  const reference = query['filter.Reference'] as string | undefined;
  const destination = query['filter.Destination'] as string | undefined;
  const start = parseDate(startText) as number | null;
  const end = parseDate(endText) as number | null;
  const matching = store
    .list()
    .filter(
      (m) =>
        (reference === undefined || m.reference === reference) &&
        (destination === undefined || m.recipients.some((r) => r.to === destination)) &&
        (start === null || m.sendAt >= start) &&
        (end === null || m.sendAt <= end),
    );
  const rows = matching.slice((page - 1) * size, page * size).map((m) => presentReportRow(m, now));
  return {
    status: 200,
    body: succeeded(store.userId, { Detail: rows, TotalRecords: matching.length }),
  };
}
