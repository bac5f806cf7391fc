// Uniqueness constraints and indexes, applied before the seed files (idempotent: IF NOT EXISTS).
// Every load writes a new generation beside the current one (cypher/README.md "Loading"), so an
// id is unique within its generation: the constraints are composite on (id, gen), which also
// makes every id lookup (`{id: …, gen: …}`) index-backed. The gen indexes give readers their
// starting points in the current generation without touching other generations' nodes.
// Relationship indexes serve the provenance filters the API and the exports run ("what does
// doc-003 say") and the lookup by relationship id.

// The single-property constraints of the one-graph loader would refuse a second generation.
DROP CONSTRAINT entity_id IF EXISTS;
DROP CONSTRAINT source_id IF EXISTS;
DROP CONSTRAINT claim_id IF EXISTS;

CREATE CONSTRAINT entity_id_gen IF NOT EXISTS FOR (n:Entity) REQUIRE (n.id, n.gen) IS UNIQUE;
CREATE CONSTRAINT source_id_gen IF NOT EXISTS FOR (n:Source) REQUIRE (n.id, n.gen) IS UNIQUE;
CREATE CONSTRAINT claim_id_gen IF NOT EXISTS FOR (n:Claim) REQUIRE (n.id, n.gen) IS UNIQUE;
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;

CREATE INDEX entity_gen IF NOT EXISTS FOR (n:Entity) ON (n.gen);
CREATE INDEX source_gen IF NOT EXISTS FOR (n:Source) ON (n.gen);
CREATE INDEX claim_gen IF NOT EXISTS FOR (n:Claim) ON (n.gen);
CREATE INDEX claim_property IF NOT EXISTS FOR (n:Claim) ON (n.property);
CREATE INDEX claim_source IF NOT EXISTS FOR (n:Claim) ON (n.source);
CREATE INDEX entity_category IF NOT EXISTS FOR (n:Entity) ON (n.category);
// The entity lists' order (case-insensitive name, then id; nameKey is stored at load, core/model.ts):
// a page of the unfiltered list is an ordered read of this index within the generation, not a
// sort of every entity.
CREATE INDEX entity_gen_name_key IF NOT EXISTS FOR (n:Entity) ON (n.gen, n.nameKey, n.id);

// DEFECTED_FROM
CREATE INDEX rel_defected_from_id IF NOT EXISTS FOR ()-[r:DEFECTED_FROM]-() ON (r.id);
CREATE INDEX rel_defected_from_source IF NOT EXISTS FOR ()-[r:DEFECTED_FROM]-() ON (r.source);

// OFFSHOOT_OF
CREATE INDEX rel_offshoot_of_id IF NOT EXISTS FOR ()-[r:OFFSHOOT_OF]-() ON (r.id);
CREATE INDEX rel_offshoot_of_source IF NOT EXISTS FOR ()-[r:OFFSHOOT_OF]-() ON (r.source);

// AFFILIATE_OF
CREATE INDEX rel_affiliate_of_id IF NOT EXISTS FOR ()-[r:AFFILIATE_OF]-() ON (r.id);
CREATE INDEX rel_affiliate_of_source IF NOT EXISTS FOR ()-[r:AFFILIATE_OF]-() ON (r.source);

// BRANCH_OF
CREATE INDEX rel_branch_of_id IF NOT EXISTS FOR ()-[r:BRANCH_OF]-() ON (r.id);
CREATE INDEX rel_branch_of_source IF NOT EXISTS FOR ()-[r:BRANCH_OF]-() ON (r.source);

// LINKED_TO
CREATE INDEX rel_linked_to_id IF NOT EXISTS FOR ()-[r:LINKED_TO]-() ON (r.id);
CREATE INDEX rel_linked_to_source IF NOT EXISTS FOR ()-[r:LINKED_TO]-() ON (r.source);

// RIVAL_OF
CREATE INDEX rel_rival_of_id IF NOT EXISTS FOR ()-[r:RIVAL_OF]-() ON (r.id);
CREATE INDEX rel_rival_of_source IF NOT EXISTS FOR ()-[r:RIVAL_OF]-() ON (r.source);

// CLASHED_WITH
CREATE INDEX rel_clashed_with_id IF NOT EXISTS FOR ()-[r:CLASHED_WITH]-() ON (r.id);
CREATE INDEX rel_clashed_with_source IF NOT EXISTS FOR ()-[r:CLASHED_WITH]-() ON (r.source);

// TARGETED
CREATE INDEX rel_targeted_id IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.id);
CREATE INDEX rel_targeted_source IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.source);

// COOPERATED_WITH
CREATE INDEX rel_cooperated_with_id IF NOT EXISTS FOR ()-[r:COOPERATED_WITH]-() ON (r.id);
CREATE INDEX rel_cooperated_with_source IF NOT EXISTS FOR ()-[r:COOPERATED_WITH]-() ON (r.source);

// FUNDED_BY
CREATE INDEX rel_funded_by_id IF NOT EXISTS FOR ()-[r:FUNDED_BY]-() ON (r.id);
CREATE INDEX rel_funded_by_source IF NOT EXISTS FOR ()-[r:FUNDED_BY]-() ON (r.source);

// NEGOTIATED_WITH
CREATE INDEX rel_negotiated_with_id IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.id);
CREATE INDEX rel_negotiated_with_source IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.source);

// PUT_IN_CHARGE_OF
CREATE INDEX rel_put_in_charge_of_id IF NOT EXISTS FOR ()-[r:PUT_IN_CHARGE_OF]-() ON (r.id);
CREATE INDEX rel_put_in_charge_of_source IF NOT EXISTS FOR ()-[r:PUT_IN_CHARGE_OF]-() ON (r.source);

// CLAIMED
CREATE INDEX rel_claimed_id IF NOT EXISTS FOR ()-[r:CLAIMED]-() ON (r.id);
CREATE INDEX rel_claimed_source IF NOT EXISTS FOR ()-[r:CLAIMED]-() ON (r.source);

// CARRIED_OUT
CREATE INDEX rel_carried_out_id IF NOT EXISTS FOR ()-[r:CARRIED_OUT]-() ON (r.id);
CREATE INDEX rel_carried_out_source IF NOT EXISTS FOR ()-[r:CARRIED_OUT]-() ON (r.source);

// SUSPECTED_OF
CREATE INDEX rel_suspected_of_id IF NOT EXISTS FOR ()-[r:SUSPECTED_OF]-() ON (r.id);
CREATE INDEX rel_suspected_of_source IF NOT EXISTS FOR ()-[r:SUSPECTED_OF]-() ON (r.source);

// PARTY_TO
CREATE INDEX rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.id);
CREATE INDEX rel_party_to_source IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.source);

// RESPONSE_TO
CREATE INDEX rel_response_to_id IF NOT EXISTS FOR ()-[r:RESPONSE_TO]-() ON (r.id);
CREATE INDEX rel_response_to_source IF NOT EXISTS FOR ()-[r:RESPONSE_TO]-() ON (r.source);

// LED_TO
CREATE INDEX rel_led_to_id IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.id);
CREATE INDEX rel_led_to_source IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.source);

// OPERATES_IN
CREATE INDEX rel_operates_in_id IF NOT EXISTS FOR ()-[r:OPERATES_IN]-() ON (r.id);
CREATE INDEX rel_operates_in_source IF NOT EXISTS FOR ()-[r:OPERATES_IN]-() ON (r.source);

// BASED_IN
CREATE INDEX rel_based_in_id IF NOT EXISTS FOR ()-[r:BASED_IN]-() ON (r.id);
CREATE INDEX rel_based_in_source IF NOT EXISTS FOR ()-[r:BASED_IN]-() ON (r.source);

// OCCURRED_IN
CREATE INDEX rel_occurred_in_id IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() ON (r.id);
CREATE INDEX rel_occurred_in_source IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() ON (r.source);

// PART_OF
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);

// PARTLY_IN
CREATE INDEX rel_partly_in_id IF NOT EXISTS FOR ()-[r:PARTLY_IN]-() ON (r.id);
CREATE INDEX rel_partly_in_source IF NOT EXISTS FOR ()-[r:PARTLY_IN]-() ON (r.source);

// DRAWS_MEMBERS_FROM
CREATE INDEX rel_draws_members_from_id IF NOT EXISTS FOR ()-[r:DRAWS_MEMBERS_FROM]-() ON (r.id);
CREATE INDEX rel_draws_members_from_source IF NOT EXISTS FOR ()-[r:DRAWS_MEMBERS_FROM]-() ON (r.source);

// COUNTERS
CREATE INDEX rel_counters_id IF NOT EXISTS FOR ()-[r:COUNTERS]-() ON (r.id);
CREATE INDEX rel_counters_source IF NOT EXISTS FOR ()-[r:COUNTERS]-() ON (r.source);

// CLAIMS_TERRITORY
CREATE INDEX rel_claims_territory_id IF NOT EXISTS FOR ()-[r:CLAIMS_TERRITORY]-() ON (r.id);
CREATE INDEX rel_claims_territory_source IF NOT EXISTS FOR ()-[r:CLAIMS_TERRITORY]-() ON (r.source);
