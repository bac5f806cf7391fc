// Facts from doc-003: the article "Isis-K: the jihadis seizing on the chaos of Taliban's return"
// (003_9560ccf9f8c25f6d.txt). `paragraph` is the line of the document the quote stands on. The
// article speaks in its own voice (reliability C) unless attributedTo names a speaker: the UN
// report of June 2020 (B), Raffaello Pantucci (B), unnamed analysts (F), an Indian official (F).
// Audit: cypher/AUDIT-part-b.md.

// The Kabul attacks and their toll (lines 4-6).
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CLAIMED {id: 'iskp--claimed--kabul-airport-attack--doc-003', source: 'doc-003', quote: 'The Kabul attacks claimed by an Afghan affiliate of Isis', paragraph: 4, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:AFFILIATE_OF {id: 'iskp--affiliate-of--islamic-state--doc-003', source: 'doc-003', quote: 'The Kabul attacks claimed by an Afghan affiliate of Isis', paragraph: 4, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'iskp--based-in--afghanistan--doc-003', source: 'doc-003', quote: 'The Kabul attacks claimed by an Afghan affiliate of Isis', paragraph: 4, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-airport-attack--occurred-in--kabul--doc-003', source: 'doc-003', quote: 'The Kabul attacks claimed by an Afghan affiliate of Isis', paragraph: 4, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:PARTY_TO {id: 'us-forces--party-to--us-withdrawal--doc-003', source: 'doc-003', quote: 'exploiting the chaos left by the country’s collapsed government and departing American troops', paragraph: 4, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'departing'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CLAIMED {id: 'iskp--claimed--kabul-airport-attack--doc-003-2', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:TARGETED {id: 'kabul-airport-attack--targeted--us-forces--doc-003', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '13 American soldiers were killed.'}]->(b);

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--killed--doc-003', property: 'killed', value: 79, qualifier: 'at least', unit: 'people', refersTo: 'Afghans killed', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'});

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--killed--doc-003-2', property: 'killed', value: 13, unit: 'people', refersTo: 'American soldiers killed', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'});

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--valid-from--doc-003', property: 'validFrom', valueDate: date('2021-08-26'), valuePrecision: 'day', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“Thursday’s attacks”: the Thursday before the article (27 August 2021), 26 August 2021.'});

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--us-withdrawal--doc-003', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'withdrew'}]->(b);

// Origins (lines 8-10).
MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--valid-from--doc-003', property: 'validFrom', valueDate: date('2015-01-01'), valuePrecision: 'year', source: 'doc-003', quote: 'Isis-K first became active there in 2015', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“there” is Afghanistan.'});

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--afghanistan--doc-003', source: 'doc-003', quote: 'Isis-K first became active there in 2015', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', validFrom: date('2015-01-01'), validFromPrecision: 'year', note: '“there” is Afghanistan.'}]->(b);

MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:OFFSHOOT_OF {id: 'islamic-state--offshoot-of--al-qaeda--doc-003', source: 'doc-003', quote: 'originally an offshoot of al-Qaeda that grew into a rival', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', tense: 'past', note: '“originally”: Isis began as an offshoot of al-Qaeda and grew into a rival.'}]->(b);

MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:RIVAL_OF {id: 'islamic-state--rival-of--al-qaeda--doc-003', source: 'doc-003', quote: 'originally an offshoot of al-Qaeda that grew into a rival', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'isis-caliphate-declaration'})
CREATE (a)-[:PARTY_TO {id: 'islamic-state--party-to--isis-caliphate-declaration--doc-003', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'seized territory and declared a caliphate', note: '“a year after” ISIS-K became active in 2015: 2014.'}]->(b);

MATCH (a:Entity {id: 'isis-caliphate-declaration'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:OCCURRED_IN {id: 'isis-caliphate-declaration--occurred-in--iraq-and-syria--doc-003', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“a year after” ISIS-K became active in 2015: 2014.'}]->(b);

MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:OPERATES_IN {id: 'islamic-state--operates-in--iraq-and-syria--doc-003', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', validFrom: date('2014-01-01'), validFromPrecision: 'year', validTo: date('2014-12-31'), validToPrecision: 'year', note: '“a year after” ISIS-K became active in 2015: 2014. The article says nothing of whether Isis still holds the territory.'}]->(b);

MATCH (e:Entity {id: 'isis-caliphate-declaration'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'isis-caliphate-declaration--valid-from--doc-003', property: 'validFrom', valueDate: date('2014-01-01'), valuePrecision: 'year', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', paragraph: 8, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“a year after” ISIS-K became active in 2015: 2014.'});

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'afghan-taliban--based-in--afghanistan--doc-003', source: 'doc-003', quote: 'The country has long been a base for radical Islamist movements from the Taliban to al-Qaeda.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'al-qaeda'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'al-qaeda--based-in--afghanistan--doc-003', source: 'doc-003', quote: 'The country has long been a base for radical Islamist movements from the Taliban to al-Qaeda.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--afghan-taliban--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', tense: 'past', note: '“those groups” are the Taliban and al-Qaeda (previous sentence). “were the focal point”: the article places these operations in the past, when ISIS-K was formed; the Taliban now rules and the American troops are departing (line 4).'}]->(b);

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--al-qaeda--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', tense: 'past', note: '“those groups” are the Taliban and al-Qaeda (previous sentence). “were the focal point”: the article places these operations in the past, when ISIS-K was formed; the Taliban now rules and the American troops are departing (line 4).'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--afghan-taliban--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', tense: 'past', note: '“those groups” are the Taliban and al-Qaeda (previous sentence). “were the focal point”: the article places these operations in the past, when ISIS-K was formed; the Taliban now rules and the American troops are departing (line 4).'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--al-qaeda--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', tense: 'past', note: '“those groups” are the Taliban and al-Qaeda (previous sentence). “were the focal point”: the article places these operations in the past, when ISIS-K was formed; the Taliban now rules and the American troops are departing (line 4).'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'al-qaeda-pakistan-branch'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--al-qaeda-pakistan-branch--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', override: 'former: “former members” are the members who left al-Qaeda’s Pakistan branch to form ISIS-K; it qualifies them, not this fact, which holds'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', override: 'former: “former members” are the members who left al-Qaeda’s Pakistan branch to form ISIS-K; it qualifies them, not this fact, which holds'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'haqqani-network'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--haqqani-network--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', override: 'former: “former members” are the members who left al-Qaeda’s Pakistan branch to form ISIS-K; it qualifies them, not this fact, which holds'}]->(b);

MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:LINKED_TO {id: 'haqqani-network--linked-to--afghan-taliban--doc-003', source: 'doc-003', quote: 'the Haqqani network, a criminal group linked to the Taliban', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'al-qaeda-pakistan-branch'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:BRANCH_OF {id: 'al-qaeda-pakistan-branch--branch-of--al-qaeda--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', override: 'former: “former members” are the members who left al-Qaeda’s Pakistan branch to form ISIS-K; it qualifies them, not this fact, which holds'}]->(b);

MATCH (a:Entity {id: 'al-qaeda-pakistan-branch'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:BASED_IN {id: 'al-qaeda-pakistan-branch--based-in--pakistan--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', override: 'former: “former members” are the members who left al-Qaeda’s Pakistan branch to form ISIS-K; it qualifies them, not this fact, which holds'}]->(b);

MATCH (a:Entity {id: 'pakistan'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'pakistan--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Khorasan as the article describes the area ISIS-K sees as a future caliphate.'}]->(b);

MATCH (a:Entity {id: 'afghanistan'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'afghanistan--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Khorasan as the article describes the area ISIS-K sees as a future caliphate.'}]->(b);

MATCH (a:Entity {id: 'central-asia'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'central-asia--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Khorasan as the article describes the area ISIS-K sees as a future caliphate.'}]->(b);

MATCH (a:Entity {id: 'iran'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'iran--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Khorasan as the article describes the area ISIS-K sees as a future caliphate.'}]->(b);

MATCH (a:Entity {id: 'india'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PARTLY_IN {id: 'india--partly-in--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Khorasan as the article describes the area ISIS-K sees as a future caliphate. Only parts of it.'}]->(b);

MATCH (a:Entity {id: 'russia'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PARTLY_IN {id: 'russia--partly-in--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', paragraph: 10, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Khorasan as the article describes the area ISIS-K sees as a future caliphate. Only parts of it.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:CLAIMS_TERRITORY {id: 'iskp--claims-territory--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', paragraph: 10, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'C', note: '“that the group sees as a future caliphate”: ISIS-K claims the area as the territory of a caliphate it means to have (modality intended: the caliphate is future); not an attack and not a statement that it operates or rules there.'}]->(b);

// Hostility with the Taliban and the deal with the United States (lines 14-16).
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:RIVAL_OF {id: 'afghan-taliban--rival-of--iskp--doc-003', source: 'doc-003', quote: 'Despite both groups sharing a radical Islamist agenda, the Taliban leadership has a hostile relationship with Isis-K', paragraph: 14, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'united-states'})
CREATE (a)-[:NEGOTIATED_WITH {id: 'afghan-taliban--negotiated-with--united-states--doc-003', source: 'doc-003', quote: 'Isis-K has also criticised the Taliban for engaging with the US.', paragraph: 14, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“engaging with the US”; line 16 calls it negotiating.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'united-states'})
CREATE (a)-[:NEGOTIATED_WITH {id: 'afghan-taliban--negotiated-with--united-states--doc-003-2', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal', paragraph: 16, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', tense: 'past', note: '“the Trump administration”; the negotiations ended in the deal.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-us-deal--doc-003', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal', paragraph: 16, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'signatory'}]->(b);

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--taliban-us-deal--doc-003', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal', paragraph: 16, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'signatory', note: '“the Trump administration”'}]->(b);

MATCH (a:Entity {id: 'taliban-us-deal'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:LED_TO {id: 'taliban-us-deal--led-to--us-withdrawal--doc-003', source: 'doc-003', quote: 'the deal that led to the US withdrawal', paragraph: 16, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:COUNTERS {id: 'afghan-taliban--counters--al-qaeda--doc-003', source: 'doc-003', quote: 'it committed to preventing al-Qaeda and other extremist groups from using Afghanistan as a hub to attack America or its allies.', paragraph: 16, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'C', note: '“it” is the Taliban. A commitment to prevent al-Qaeda using Afghanistan (modality intended), given in the negotiations (line 18 calls it “that undertaking”); countering, not fighting: the article reports no operation against al-Qaeda.'}]->(b);

// Caption (line 20): a coalition airstrike in 2018.
MATCH (a:Entity {id: 'us-led-coalition'}), (b:Entity {id: 'coalition-airstrike-2018'})
CREATE (a)-[:PARTY_TO {id: 'us-led-coalition--party-to--coalition-airstrike-2018--doc-003', source: 'doc-003', quote: 'A coalition airstrike destroys an Isis-K position in 2018', paragraph: 20, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'launched', note: 'Photo caption.'}]->(b);

MATCH (a:Entity {id: 'coalition-airstrike-2018'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:TARGETED {id: 'coalition-airstrike-2018--targeted--iskp--doc-003', source: 'doc-003', quote: 'A coalition airstrike destroys an Isis-K position in 2018', paragraph: 20, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Photo caption.'}]->(b);

MATCH (e:Entity {id: 'coalition-airstrike-2018'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'coalition-airstrike-2018--valid-from--doc-003', property: 'validFrom', valueDate: date('2018-01-01'), valuePrecision: 'year', source: 'doc-003', quote: 'A coalition airstrike destroys an Isis-K position in 2018', paragraph: 20, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Photo caption.'});

// Links to the Haqqani network (lines 23-27).
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-taliban--clashed-with--iskp--doc-003', source: 'doc-003', quote: 'But while analysts say the Taliban has previously launched operations against the jihadis', paragraph: 23, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'F', attributedTo: 'analysts', tense: 'past', note: '“has previously launched operations”: before the article’s date; whether the Taliban will take on ISIS-K now is “a critical test” (line 18).'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'haqqani-network'})
CREATE (a)-[:LINKED_TO {id: 'iskp--linked-to--haqqani-network--doc-003', source: 'doc-003', quote: 'Isis-K has suspected links to the Haqqani network', paragraph: 23, stance: 'asserted', modality: 'actual', credibility: 'suspected', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:AFFILIATE_OF {id: 'haqqani-network--affiliate-of--afghan-taliban--doc-003', source: 'doc-003', quote: 'the Haqqani network, an affiliate of the Taliban', paragraph: 23, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:COOPERATED_WITH {id: 'haqqani-network--cooperated-with--iskp--doc-003', source: 'doc-003', quote: 'A UN report released in June last year cited comments from member states that most attacks claimed by Isis-K demonstrated some degree of “involvement, facilitation, or the provision of technical assistance” by the Haqqani network.', paragraph: 25, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'UN report (June 2020)', note: 'The report cites comments from member states. “A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020.'}]->(b);

MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:PUT_IN_CHARGE_OF {id: 'haqqani-network--put-in-charge-of--kabul--doc-003', source: 'doc-003', quote: 'Since the Taliban seized power a week ago, it has put the Haqqani network in charge of Kabul’s security.', paragraph: 25, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Put in charge of Kabul’s security by the Taliban.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-seizure-of-power'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-seizure-of-power--doc-003', source: 'doc-003', quote: 'Since the Taliban seized power a week ago, it has put the Haqqani network in charge of Kabul’s security.', paragraph: 25, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', role: 'seized power', note: '“a week ago”, resolved against the article’s date (27 August 2021): in August 2021.'}]->(b);

MATCH (e:Entity {id: 'taliban-seizure-of-power'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'taliban-seizure-of-power--valid-from--doc-003', property: 'validFrom', valueDate: date('2021-08-01'), valuePrecision: 'month', source: 'doc-003', quote: 'Since the Taliban seized power a week ago, it has put the Haqqani network in charge of Kabul’s security.', paragraph: 25, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“a week ago”, resolved against the article’s date (27 August 2021): in August 2021.'});

MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:LINKED_TO {id: 'haqqani-network--linked-to--iskp--doc-003', source: 'doc-003', quote: 'the Haqqanis have links to both Isis-K and the Taliban', paragraph: 27, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'F', attributedTo: 'an Indian official', note: 'The sentence reports the Indian official (“said an Indian official”); the article itself calls the ISIS-K links only suspected (line 23).'}]->(b);

MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:LINKED_TO {id: 'haqqani-network--linked-to--afghan-taliban--doc-003-2', source: 'doc-003', quote: 'the Haqqanis have links to both Isis-K and the Taliban', paragraph: 27, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'F', attributedTo: 'an Indian official', note: 'The sentence reports the Indian official (“said an Indian official”); the article itself calls the ISIS-K links only suspected (line 23).'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'haqqani-network'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--haqqani-network--doc-003-2', source: 'doc-003', quote: '“The active members of Isis-K are all sophisticated fighters who are erstwhile Haqqani network fighters,” the official said.', paragraph: 27, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'F', attributedTo: 'an Indian official', note: '“erstwhile Haqqani network fighters”: where the members came from, which still holds.'}]->(b);

// Attracting funding and recruits: Pantucci’s forecast (line 31).
MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-003', property: 'recruitment-method', valueText: 'using the Taliban’s rise to power to increase its profile', refersTo: 'how ISIS-K could attract recruits', source: 'doc-003', quote: 'Raffaello Pantucci, a terrorism expert at the S Rajaratnam School of International Studies in Singapore, believes that Isis-K could use the Taliban’s rise to power to increase its profile and strengthen its ability to attract funding and recruits.', paragraph: 31, stance: 'asserted', modality: 'expected', credibility: 'estimated', reliability: 'B', attributedTo: 'Raffaello Pantucci', note: 'Pantucci “believes” ISIS-K “could” do so: a forecast.'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-003', property: 'funding-method', valueText: 'using the Taliban’s rise to power to increase its profile', refersTo: 'how ISIS-K could attract funding', source: 'doc-003', quote: 'Raffaello Pantucci, a terrorism expert at the S Rajaratnam School of International Studies in Singapore, believes that Isis-K could use the Taliban’s rise to power to increase its profile and strengthen its ability to attract funding and recruits.', paragraph: 31, stance: 'asserted', modality: 'expected', credibility: 'estimated', reliability: 'B', attributedTo: 'Raffaello Pantucci', note: 'Pantucci “believes” ISIS-K “could” do so: a forecast.'});

// Fighter strength and the defeats in Nangarhar (line 35).
MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--fighters--doc-003', property: 'fighters', value: 2200, qualifier: 'just', unit: 'fighters', refersTo: 'ISIS-K fighters in Afghanistan', asOf: date('2020-06-01'), asOfPrecision: 'month', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', paragraph: 35, stance: 'asserted', modality: 'actual', credibility: 'estimated', reliability: 'B', attributedTo: 'UN report (June 2020)', note: '“A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020. The estimate is taken as of the report’s release.'});

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', paragraph: 35, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)', validTo: date('2020-06-30'), validToPrecision: 'month', note: 'Defeats of ISIS-K in Nangarhar, before the UN report of June 2020.'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', paragraph: 35, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)', validTo: date('2020-06-30'), validToPrecision: 'month', note: 'Defeats of ISIS-K in Nangarhar, before the UN report of June 2020.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'nangarhar'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--nangarhar--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', paragraph: 35, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)', tense: 'past', note: '“had consolidated its position” there before the defeats; the report does not say it holds it now.'}]->(b);

MATCH (a:Entity {id: 'nangarhar'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:PART_OF {id: 'nangarhar--part-of--afghanistan--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', paragraph: 35, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)'}]->(b);

// The May 2021 school attack (lines 37-39).
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-school-attack'})
CREATE (a)-[:SUSPECTED_OF {id: 'iskp--suspected-of--kabul-school-attack--doc-003', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', paragraph: 37, stance: 'asserted', modality: 'actual', credibility: 'suspected', reliability: 'C'}]->(b);

MATCH (a:Entity {id: 'kabul-school-attack'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-school-attack--occurred-in--kabul--doc-003', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', paragraph: 37, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);

MATCH (e:Entity {id: 'kabul-school-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-school-attack--killed--doc-003', property: 'killed', value: 80, qualifier: 'at least', unit: 'people', refersTo: 'people killed, mostly female students', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', paragraph: 37, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'});

MATCH (e:Entity {id: 'kabul-school-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-school-attack--valid-from--doc-003', property: 'validFrom', valueDate: date('2021-05-01'), valuePrecision: 'month', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', paragraph: 37, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“in May”, resolved against the article’s date (27 August 2021): May 2021. The photo caption (line 39) has “on May 9 2021”, which may date the photo rather than the blasts, so the month is kept.'});

MATCH (e:Entity {id: 'kabul-school-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-school-attack--attack-method--doc-003', property: 'attack-method', valueText: 'a car bomb and mortar assault', refersTo: 'how the school was attacked', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', paragraph: 37, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'});

MATCH (a:Entity {id: 'kabul-school-attack'}), (b:Entity {id: 'dasht-e-barchi'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-school-attack--occurred-in--dasht-e-barchi--doc-003', source: 'doc-003', quote: 'following multiple blasts outside a girls’ school in Dasht-e-Barchi on the outskirts of Kabul on May 9 2021', paragraph: 39, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: 'Photo caption.'}]->(b);

MATCH (a:Entity {id: 'dasht-e-barchi'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:PART_OF {id: 'dasht-e-barchi--part-of--kabul--doc-003', source: 'doc-003', quote: 'following multiple blasts outside a girls’ school in Dasht-e-Barchi on the outskirts of Kabul on May 9 2021', paragraph: 39, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', note: '“on the outskirts of Kabul” (photo caption).'}]->(b);

// The UN report on the deal (line 42) and on recruiting and funding (line 44).
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-us-deal--doc-003-2', source: 'doc-003', quote: 'The UN report also warned that Isis-K could capitalise on the Taliban’s deal with Washington by championing itself as the only credible jihadi movement.', paragraph: 42, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)', role: 'signatory', note: '“A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020.'}]->(b);

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--taliban-us-deal--doc-003-2', source: 'doc-003', quote: 'The UN report also warned that Isis-K could capitalise on the Taliban’s deal with Washington by championing itself as the only credible jihadi movement.', paragraph: 42, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)', role: 'signatory', note: '“Washington”. “A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020.'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-003-2', property: 'recruitment-method', valueText: 'presenting itself as the only defiant terror group in the country', refersTo: 'how ISIS-K could attract new recruits', source: 'doc-003', quote: 'The main risk of [an Isis-K] resurgence in the context of the Afghan peace process may lie in its ability to present itself as the only defiant terror group in the country and attract new recruits and funding accordingly', paragraph: 42, stance: 'asserted', modality: 'expected', credibility: 'suspected', reliability: 'B', attributedTo: 'UN report (June 2020)', note: 'The report’s “main risk … may lie in”: a possibility it warns of, not a fact.'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-003-2', property: 'funding-method', valueText: 'presenting itself as the only defiant terror group in the country', refersTo: 'how ISIS-K could attract funding', source: 'doc-003', quote: 'The main risk of [an Isis-K] resurgence in the context of the Afghan peace process may lie in its ability to present itself as the only defiant terror group in the country and attract new recruits and funding accordingly', paragraph: 42, stance: 'asserted', modality: 'expected', credibility: 'suspected', reliability: 'B', attributedTo: 'UN report (June 2020)', note: 'The report’s “main risk … may lie in”: a possibility it warns of, not a fact.'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-003-3', property: 'recruitment-method', valueText: 'coercion', refersTo: 'how ISIS-K has recruited fighters', source: 'doc-003', quote: 'The group has recruited fighters through coercion, the threat of violence and by the promise of high wages', paragraph: 44, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-003-4', property: 'recruitment-method', valueText: 'the threat of violence', refersTo: 'how ISIS-K has recruited fighters', source: 'doc-003', quote: 'The group has recruited fighters through coercion, the threat of violence and by the promise of high wages', paragraph: 44, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-003-5', property: 'recruitment-method', valueText: 'the promise of high wages that never materialised', refersTo: 'how ISIS-K has recruited fighters', source: 'doc-003', quote: 'The group has recruited fighters through coercion, the threat of violence and by the promise of high wages that never materialised', paragraph: 44, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)', override: 'denial-words: “never materialised” says the promised wages were not paid; the recruiting by that promise is asserted'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-003-3', property: 'funding-method', valueText: 'extortion', refersTo: 'how ISIS-K raises funds', source: 'doc-003', quote: 'while raising funds through extortion, taxation and “likely timber and mineral exploitation”', paragraph: 44, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-003-4', property: 'funding-method', valueText: 'taxation', refersTo: 'how ISIS-K raises funds', source: 'doc-003', quote: 'while raising funds through extortion, taxation and “likely timber and mineral exploitation”', paragraph: 44, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'UN report (June 2020)'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-003-5', property: 'funding-method', valueText: 'timber and mineral exploitation', refersTo: 'how ISIS-K raises funds', source: 'doc-003', quote: 'while raising funds through extortion, taxation and “likely timber and mineral exploitation”', paragraph: 44, stance: 'asserted', modality: 'actual', credibility: 'suspected', reliability: 'B', attributedTo: 'UN report (June 2020)', note: 'The report says “likely”.'});

// Biden’s vow (line 48); how the airport attack was carried out (line 50).
MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:TARGETED {id: 'united-states--targeted--iskp--doc-003', source: 'doc-003', quote: 'US president Joe Biden has vowed to avenge the attacks, saying he has instructed military commanders to develop plans to strike Isis-K’s “assets, leadership and facilities”.', paragraph: 48, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'C', note: 'Joe Biden’s vow and the plans he ordered, not a strike.'}]->(b);

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--attack-method--doc-003', property: 'attack-method', valueText: 'gunmen and suicide bomber', refersTo: 'who carried out the attacks and how', source: 'doc-003', quote: 'the gunmen and suicide bomber who carried out the attacks near the airport', paragraph: 50, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'});
