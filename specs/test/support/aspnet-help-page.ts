// Reads the text of an ASP.NET Web API Help page (as saved in a seed file) into its parts:
// parameter tables and the per-format samples. The layout is the one ASP.NET's Help generator
// emits; any deviation throws, naming the marker it could not find.

/** One row of a Help page parameter table ("Name / Description / Type / Additional information"). */
export interface HelpField {
  readonly name: string;
  /** Absent when the vendor gives no description. */
  readonly description: string | undefined;
  /** The Help page's type wording, e.g. `globally unique identifier`, `integer`, a model name. */
  readonly type: string;
  readonly required: boolean;
}

/** The samples listed under one line of media types. */
export interface HelpFormat {
  readonly mediaTypes: readonly string[];
  /** The sample text, or `Sample not available.` */
  readonly sample: string;
}

const tableHeader = 'NameDescriptionTypeAdditional information';
const mediaTypeLine = /^[a-z]+\/[\w.+-]+(, [a-z]+\/[\w.+-]+)*$/;

/**
 * The text strictly between `start` and the next `end` (or the end of the page when `end` is
 * omitted); throws when a marker is missing.
 */
export function between(text: string, start: string, end?: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`Help page: marker "${start}" not found`);
  const to = end === undefined ? text.length : text.indexOf(end, from + start.length);
  if (to < 0) throw new Error(`Help page: marker "${end}" not found after "${start}"`);
  return text.slice(from + start.length, to);
}

/**
 * The rows of the parameter table titled `title` (a model name, or `URI Parameters`) that ends
 * before `end`. Rows are 3 lines (name, type, flag) or 4 (name, description, type, flag).
 */
export function helpTable(text: string, title: string, end: string): HelpField[] {
  const table = between(text, `${title}\n`, end);
  if (table.trimStart().startsWith(tableHeader) === false) {
    throw new Error(`Help page: "${title}" is not followed by a parameter table`);
  }
  const lines = table
    .trimStart()
    .slice(tableHeader.length)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const fields: HelpField[] = [];
  let row: string[] = [];
  for (const line of lines) {
    row.push(line);
    if (line !== 'Required' && line !== 'None.') continue;
    const [name, ...rest] = row;
    const [description, type] = rest.length === 3 ? rest : [undefined, rest[0]];
    if (!name || !type || rest.length > 3) {
      throw new Error(`Help page: table "${title}": unreadable row ${JSON.stringify(row)}`);
    }
    fields.push({ name, description, type, required: line === 'Required' });
    row = [];
  }
  if (row.length > 0)
    throw new Error(`Help page: table "${title}": trailing ${JSON.stringify(row)}`);
  return fields;
}

/** The `Request Formats` or `Response Formats` section: each media-type line and its sample. */
export function helpFormats(text: string, heading: string, end?: string): HelpFormat[] {
  const formats: { mediaTypes: string[]; lines: string[] }[] = [];
  for (const line of between(text, `${heading}\n`, end).split('\n')) {
    if (mediaTypeLine.test(line)) formats.push({ mediaTypes: line.split(', '), lines: [] });
    else if (line !== 'Sample:') formats.at(-1)?.lines.push(line);
  }
  if (formats.length === 0) throw new Error(`Help page: no media types under "${heading}"`);
  return formats.map(({ mediaTypes, lines }) => ({ mediaTypes, sample: lines.join('\n').trim() }));
}

/** The sample of the format that lists `mediaType`. */
export function sampleFor(formats: readonly HelpFormat[], mediaType: string): string {
  const format = formats.find((candidate) => candidate.mediaTypes.includes(mediaType));
  if (!format) throw new Error(`Help page: no sample for ${mediaType}`);
  return format.sample;
}
