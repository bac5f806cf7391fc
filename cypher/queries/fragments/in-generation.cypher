// in-generation: x (a node a query starts from: matched by label, id or the full-text index)
// belongs to the generation gen that current-generation or snapshot-generation bound.
// Args: x
x.gen = gen
