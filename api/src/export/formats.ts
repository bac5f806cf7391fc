// The export formats: their names in URLs and on the command line, media types and file names.
import type { CsvFile } from './scope.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface FormatInfo {
  mediaType: string;
  extension: string;
}

const INFO: Record<ExportFormat, FormatInfo> = {
  json: { mediaType: 'application/json; charset=utf-8', extension: 'json' },
  csv: { mediaType: 'application/zip', extension: 'zip' },
  graphml: { mediaType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { mediaType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  cypher: { mediaType: 'text/plain; charset=utf-8', extension: 'cypher' },
};

/** Media type and extension; CSV is a zip unless one file was asked for. */
export function formatInfo(format: ExportFormat, file: CsvFile | null = null): FormatInfo {
  if (format === 'csv' && file !== null) return { mediaType: 'text/csv; charset=utf-8', extension: 'csv' };
  return INFO[format];
}

/** `khorasan-graph-20261121.graphml`, `khorasan-graph-focus-20261121-edges.csv`: scope kind, day, part. */
export function exportFileName(
  format: ExportFormat,
  exportedAt: string,
  scoped: boolean,
  file: CsvFile | null = null,
): string {
  const day = exportedAt.slice(0, 10).replace(/-/g, '');
  const part = file ? `-${file}` : '';
  return `khorasan-graph${scoped ? '-scoped' : ''}-${day}${part}.${formatInfo(format, file).extension}`;
}
