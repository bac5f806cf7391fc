// citation: one citation r of a drawn edge, stated by the :Source s (a CitationRow).
// Args: r, s
r {.id, .role, @provenance-fields(r), source: @source-map(s)}
