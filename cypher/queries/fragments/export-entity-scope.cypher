// export-entity-scope: entity x is in an export's scope. With $ids (the entities a focus walk
// reached) it is one of them (the walk applied the category and window filters; focus entities
// are exempt); without, its category is kept and it is in the window.
// Params: $ids (list of ids, or null), $categories (list, or null), and those of in-window
// Args: x
(CASE WHEN $ids IS NULL
  THEN ($categories IS NULL OR x.category IN $categories) AND @in-window(x)
  ELSE x.id IN $ids END)
