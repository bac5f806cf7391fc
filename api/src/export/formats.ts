// The server's side of the export formats: the media type and file name of a download, including
// the one-CSV-file variant (?file=). The formats themselves (ids, labels, extensions, media types)
// live in core/export-formats.ts, shared with the viewer's export menu.
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../../core/export-formats.ts';
import type { CsvFile } from './scope.ts';

export interface FormatInfo {
  mediaType: string;
  extension: string;
}

/** Media type and extension; CSV is a zip unless one file was asked for. */
export function formatInfo(format: ExportFormat, file: CsvFile | null = null): FormatInfo {
  if (format === 'csv' && file !== null) return { mediaType: 'text/csv; charset=utf-8', extension: 'csv' };
  const { mediaType, extension } = EXPORT_FORMAT_INFO[format];
  return { mediaType, extension };
}

/**
 * `khorasan-graph-20261121.graphml`, `khorasan-graph-scoped-20261121-edges.csv`: `-scoped` when the
 * export was asked for with any scope parameter, then the day, then the CSV part.
 */
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
