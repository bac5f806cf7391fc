// source-map: a :Source s as every row carries it (a SourceRow, cypher/db/types.ts).
// Args: s
s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
