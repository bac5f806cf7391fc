// export-value-kind: the kind of a stored property value as api/src/export/values.ts names it
// (valueKind): 'int' (32-bit), 'long', 'double', 'boolean', 'date', 'list' or 'string'. The
// export's summaries use it to type GraphML/GEXF attributes without reading every element.
// Args: v
CASE
  WHEN v IS :: BOOLEAN THEN 'boolean'
  WHEN v IS :: INTEGER THEN CASE WHEN v > 2147483647 OR v < -2147483648 THEN 'long' ELSE 'int' END
  WHEN v IS :: FLOAT THEN 'double'
  WHEN v IS :: DATE THEN 'date'
  WHEN v IS :: LIST<ANY> THEN 'list'
  ELSE 'string'
END
