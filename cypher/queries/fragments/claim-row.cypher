// claim-row: one claim c about the entity e, stated by the :Source s (a ClaimRow).
// Args: c, e, s
c {
  .id, .property, .value, .valueDate, .valuePrecision, .valueText, .qualifier, .unit, .refersTo,
  .asOf, .asOfPrecision, @provenance-fields(c),
  subject: @entity-ref(e), source: @source-map(s)
}
