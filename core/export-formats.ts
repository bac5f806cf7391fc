// The export formats as the export endpoint (api/src/export) serves them and the viewer's export
// menu offers them: id (in /export/<id> and --format <id>), menu label, file extension, media type.
// The one home of that list; the server adds only what the browser never needs (CSV single files).

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** What the viewer's menu shows. */
  label: string;
  /** The downloaded file's extension (CSV: the zip of tables). */
  extension: string;
  /** The response's Content-Type. */
  mediaType: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  json: {
    label: 'JSON (nodes, relationships, sources)',
    extension: 'json',
    mediaType: 'application/json; charset=utf-8',
  },
  csv: { label: 'CSV (zip of tables)', extension: 'zip', mediaType: 'application/zip' },
  graphml: {
    label: 'GraphML (yEd, igraph, NetworkX)',
    extension: 'graphml',
    mediaType: 'application/graphml+xml; charset=utf-8',
  },
  gexf: { label: 'GEXF (Gephi)', extension: 'gexf', mediaType: 'application/gexf+xml; charset=utf-8' },
  cypher: {
    label: 'Cypher (re-load into Neo4j)',
    extension: 'cypher',
    mediaType: 'text/plain; charset=utf-8',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
