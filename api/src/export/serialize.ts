// One entry point from a read graph to the chunks of a format, shared by the HTTP endpoint and
// the command line.
import type { ExportFormat } from '../../../core/export-formats.ts';
import type { Chunk, ExportGraph } from './graph-types.ts';
import type { CsvFile } from './scope.ts';
import { csvFile, serializeCsvZip } from './serialize-csv.ts';
import { serializeCypher } from './serialize-cypher.ts';
import { serializeGexf } from './serialize-gexf.ts';
import { serializeGraphml } from './serialize-graphml.ts';
import { serializeJson } from './serialize-json.ts';

export function serialize(
  graph: ExportGraph,
  format: ExportFormat,
  file: CsvFile | null = null,
): Iterable<Chunk> {
  switch (format) {
    case 'json':
      return serializeJson(graph);
    case 'csv':
      return file ? csvFile(graph, file) : serializeCsvZip(graph);
    case 'graphml':
      return serializeGraphml(graph);
    case 'gexf':
      return serializeGexf(graph);
    case 'cypher':
      return serializeCypher(graph);
  }
}

const BATCH_CHARS = 64 * 1024;

/** The chunks as bytes (UTF-8 for text, batched to about 64 KiB), for streams and files. */
export function* toBytes(chunks: Iterable<Chunk>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = '';
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      pending += chunk;
      if (pending.length < BATCH_CHARS) continue;
      yield encoder.encode(pending);
      pending = '';
    } else {
      if (pending !== '') yield encoder.encode(pending);
      pending = '';
      if (chunk.length > 0) yield chunk;
    }
  }
  if (pending !== '') yield encoder.encode(pending);
}

/** The whole export in memory (unit tests, small exports). */
export function serializeToBytes(
  graph: ExportGraph,
  format: ExportFormat,
  file: CsvFile | null = null,
): Uint8Array {
  const parts = [...toBytes(serialize(graph, format, file))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
