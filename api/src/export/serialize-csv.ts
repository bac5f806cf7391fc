// CSV (RFC 4180: CRLF line ends, UTF-8 without BOM, header row), one file per table, zipped.
// nodes.csv: Id, Label (display name), kind, labels, then every property but `id`.
// edges.csv: Source, Target, Type (Directed, or Undirected for symmetric types), Id, Label (the
//   relationship type), relationshipType, then every property but `id`.
// sources.csv: every property of the :Source documents.
// Gephi's spreadsheet import matches column names without regard to case, so the provenance
// property `source` (a document id) is written as the column `sourceDocument` in every file.
// Lists are JSON arrays ('["ISIS-K","ISKP"]'), dates YYYY-MM-DD, empty cells mean "not stated".
// Relationships and claims have a column for every fact field; metadata.json says what each means.
import { stringify } from 'csv-stringify/sync';
import { Zip, ZipDeflate } from 'fflate';
import type {
  Chunk,
  ExportEdge,
  ExportGraph,
  ExportNode,
  ExportStream,
  KeyKinds,
  Properties,
} from './graph-types.ts';
import { isSymmetric, nodeKind, nodeLabel } from './describe.ts';
import { keyKinds } from './memory-graph.ts';
import { FACT_FIELDS, STIX_NOTE, TIME_NOTE } from './fact-fields.ts';
import type { CsvFile } from './scope.ts';
import { toText } from './values.ts';

const ROWS_PER_CHUNK = 500;

function columnName(key: string): string {
  return key === 'source' ? 'sourceDocument' : key;
}

interface Table<T> {
  columns: string[];
  row: (item: T) => string[];
}

function propertyCells(properties: Properties, keys: readonly string[]): string[] {
  return keys.map((k) => (properties[k] === undefined ? '' : toText(properties[k] as never)));
}

export function nodesTable(keyKinds: KeyKinds): Table<ExportNode> {
  const keys = [...keyKinds.keys()].filter((k) => k !== 'id');
  return {
    columns: ['Id', 'Label', 'kind', 'labels', ...keys.map(columnName)],
    row: (n) => [
      n.id,
      nodeLabel(n),
      nodeKind(n),
      JSON.stringify(n.labels),
      ...propertyCells(n.properties, keys),
    ],
  };
}

export function edgesTable(keyKinds: KeyKinds): Table<ExportEdge> {
  const keys = [...keyKinds.keys()].filter((k) => k !== 'id');
  return {
    columns: ['Source', 'Target', 'Type', 'Id', 'Label', 'relationshipType', ...keys.map(columnName)],
    row: (e) => [
      e.source,
      e.target,
      isSymmetric(e) ? 'Undirected' : 'Directed',
      e.id,
      e.type,
      e.type,
      ...propertyCells(e.properties, keys),
    ],
  };
}

export function sourcesTable(keyKinds: KeyKinds): Table<ExportNode> {
  const keys = [...keyKinds.keys()];
  return { columns: keys.map(columnName), row: (s) => propertyCells(s.properties, keys) };
}

const CSV_OPTIONS = { record_delimiter: 'windows' as const, quoted_match: /^\s|\s$/ };

/** One CSV file as text chunks of a few hundred rows each, read from the stream as they are written. */
export async function* csvChunks<T>(table: Table<T>, items: AsyncIterable<T>): AsyncGenerator<string> {
  yield stringify([table.columns], CSV_OPTIONS);
  let rows: string[][] = [];
  for await (const item of items) {
    rows.push(table.row(item));
    if (rows.length < ROWS_PER_CHUNK) continue;
    yield stringify(rows, CSV_OPTIONS);
    rows = [];
  }
  if (rows.length > 0) yield stringify(rows, CSV_OPTIONS);
}

export function csvFileStream(graph: ExportStream, file: CsvFile): AsyncGenerator<string> {
  const { nodeKeys, edgeKeys, sourceKeys } = graph.summary;
  if (file === 'nodes') return csvChunks(nodesTable(nodeKeys), graph.nodes());
  if (file === 'edges') return csvChunks(edgesTable(edgeKeys), graph.edges());
  return csvChunks(sourcesTable(sourceKeys), graph.sources());
}

/** One CSV file of a graph in memory, as text chunks (tests and small graphs). */
export function* csvFile(graph: ExportGraph, file: CsvFile): Generator<string> {
  const items = file === 'nodes' ? graph.nodes : file === 'edges' ? graph.edges : graph.sources;
  const keys = keyKinds(items);
  const table = (
    file === 'nodes' ? nodesTable(keys) : file === 'edges' ? edgesTable(keys) : sourcesTable(keys)
  ) as Table<(typeof items)[number]>;
  yield stringify([table.columns], CSV_OPTIONS);
  for (let i = 0; i < items.length; i += ROWS_PER_CHUNK) {
    yield stringify(items.slice(i, i + ROWS_PER_CHUNK).map(table.row), CSV_OPTIONS);
  }
}

/** The metadata.json beside the CSV files: what the export is and how to read it. */
export function csvMetadata(graph: ExportStream): string {
  const { counts } = graph.summary;
  return JSON.stringify(
    {
      name: 'Khorasan Graph',
      datasetVersion: graph.meta.datasetVersion,
      exportedAt: graph.meta.exportedAt,
      scope: graph.meta.scope,
      counts: { nodes: counts.nodes, edges: counts.edges, sources: counts.sources },
      files: {
        'nodes.csv': 'Id, Label, kind, labels, then every node property (entities, then claims)',
        'edges.csv':
          'Source, Target, Type (Directed/Undirected), Id, Label, relationshipType, then every relationship property; HAS_CLAIM joins an entity to its claims',
        'sources.csv': 'the source documents that sourceDocument columns refer to',
      },
      encoding:
        'RFC 4180, UTF-8, CRLF; lists as JSON arrays; dates YYYY-MM-DD with a *Precision column; the property `source` is the column `sourceDocument`',
      factFields: Object.fromEntries(FACT_FIELDS.map((f) => [f.name, f.meaning])),
      grades: `${STIX_NOTE} ${TIME_NOTE}`,
    },
    null,
    2,
  );
}

/** nodes.csv, edges.csv, sources.csv and metadata.json in one zip, produced as it is written. */
export async function* serializeCsvZip(graph: ExportStream): AsyncGenerator<Chunk> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  const mtime = new Date(graph.meta.exportedAt);
  const files: [string, () => AsyncIterable<string> | Iterable<string>][] = [
    ['nodes.csv', () => csvFileStream(graph, 'nodes')],
    ['edges.csv', () => csvFileStream(graph, 'edges')],
    ['sources.csv', () => csvFileStream(graph, 'sources')],
    ['metadata.json', () => [csvMetadata(graph)]],
  ];
  for (const [name, chunks] of files) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    for await (const chunk of chunks()) {
      entry.push(encoder.encode(chunk));
      if (failure) throw failure;
      yield* out.splice(0);
    }
    entry.push(new Uint8Array(0), true);
    yield* out.splice(0);
  }
  zip.end();
  if (failure) throw failure;
  yield* out.splice(0);
}
