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
import type { Chunk, ExportEdge, ExportGraph, ExportNode, Properties } from './graph-types.ts';
import { isSymmetric, nodeKind, nodeLabel, propertyKeys } from './describe.ts';
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

export function nodesTable(nodes: readonly ExportNode[]): Table<ExportNode> {
  const keys = propertyKeys(nodes).filter((k) => k !== 'id');
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

export function edgesTable(edges: readonly ExportEdge[]): Table<ExportEdge> {
  const keys = propertyKeys(edges).filter((k) => k !== 'id');
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

export function sourcesTable(sources: readonly ExportNode[]): Table<ExportNode> {
  const keys = propertyKeys(sources);
  return { columns: keys.map(columnName), row: (s) => propertyCells(s.properties, keys) };
}

/** One CSV file as text chunks of a few hundred rows each. */
export function* csvChunks<T>(table: Table<T>, items: readonly T[]): Generator<string> {
  const options = { record_delimiter: 'windows' as const, quoted_match: /^\s|\s$/ };
  yield stringify([table.columns], options);
  for (let i = 0; i < items.length; i += ROWS_PER_CHUNK) {
    yield stringify(items.slice(i, i + ROWS_PER_CHUNK).map(table.row), options);
  }
}

export function csvFile(graph: ExportGraph, file: CsvFile): Generator<string> {
  if (file === 'nodes') return csvChunks(nodesTable(graph.nodes), graph.nodes);
  if (file === 'edges') return csvChunks(edgesTable(graph.edges), graph.edges);
  return csvChunks(sourcesTable(graph.sources), graph.sources);
}

/** The metadata.json beside the CSV files: what the export is and how to read it. */
export function csvMetadata(graph: ExportGraph): string {
  return JSON.stringify(
    {
      name: 'Khorasan Graph',
      datasetVersion: graph.meta.datasetVersion,
      exportedAt: graph.meta.exportedAt,
      scope: graph.meta.scope,
      counts: { nodes: graph.nodes.length, edges: graph.edges.length, sources: graph.sources.length },
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
export function* serializeCsvZip(graph: ExportGraph): Generator<Chunk> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  const mtime = new Date(graph.meta.exportedAt);
  const files: [string, Iterable<string>][] = [
    ['nodes.csv', csvFile(graph, 'nodes')],
    ['edges.csv', csvFile(graph, 'edges')],
    ['sources.csv', csvFile(graph, 'sources')],
    ['metadata.json', [csvMetadata(graph)]],
  ];
  for (const [name, chunks] of files) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    for (const chunk of chunks) {
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
