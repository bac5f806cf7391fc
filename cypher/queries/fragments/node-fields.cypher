// node-fields: the map-projection entries of an entity n drawn as a node (a NodeRow without
// depth): names, bounds, the spans the loader derived and its timeStatus.
// Params: those of time-status
// Args: n
.id, .name, .category, .aliases, .validFrom, .validFromPrecision, .validTo, .validToPrecision,
.knownFrom, .knownTo, .possibleFrom, .possibleTo, labels: labels(n), timeStatus: @time-status(n)
