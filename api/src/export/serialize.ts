// One entry point from an export stream to the chunks of a format, shared by the HTTP endpoint
// and the command line, and the bytes for streams and files.
import type { ExportFormat } from '../../../core/export-formats.ts';
import type { Chunk, ExportGraph, ExportStream } from './graph-types.ts';
import { graphStream } from './memory-graph.ts';
import type { CsvFile } from './scope.ts';
import { csvFileStream, serializeCsvZip } from './serialize-csv.ts';
import { serializeCypher } from './serialize-cypher.ts';
import { serializeGexf } from './serialize-gexf.ts';
import { serializeGraphml } from './serialize-graphml.ts';
import { serializeJson } from './serialize-json.ts';

export function serialize(
  graph: ExportStream,
  format: ExportFormat,
  file: CsvFile | null = null,
): AsyncIterable<Chunk> {
  switch (format) {
    case 'json':
      return serializeJson(graph);
    case 'csv':
      return file ? csvFileStream(graph, file) : serializeCsvZip(graph);
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
export async function* toBytes(chunks: AsyncIterable<Chunk> | Iterable<Chunk>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = '';
  for await (const chunk of chunks) {
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

/** The whole export of a graph in memory as one byte array (unit tests, small exports). */
export async function serializeToBytes(
  graph: ExportGraph | ExportStream,
  format: ExportFormat,
  file: CsvFile | null = null,
): Promise<Uint8Array> {
  const stream = 'summary' in graph ? graph : graphStream(graph);
  const parts: Uint8Array[] = [];
  for await (const part of toBytes(serialize(stream, format, file))) parts.push(part);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
