// Facts from doc-003: the article "Isis-K: the jihadis seizing on the chaos of Taliban's return"
// (003_9560ccf9f8c25f6d.txt). "line N" is the line of the document the quote stands on. The
// article speaks in its own voice unless attributedTo names a speaker or the UN report.

// The Kabul attacks and their toll (lines 4-6).
// line 4
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CLAIMED {id: 'iskp--claimed--kabul-airport-attack--doc-003', source: 'doc-003', quote: 'The Kabul attacks claimed by an Afghan affiliate of Isis', confidence: 'reported'}]->(b);

// line 4
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:AFFILIATE_OF {id: 'iskp--affiliate-of--islamic-state--doc-003', source: 'doc-003', quote: 'The Kabul attacks claimed by an Afghan affiliate of Isis', confidence: 'reported'}]->(b);

// line 6
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CLAIMED {id: 'iskp--claimed--kabul-airport-attack--doc-003-2', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', confidence: 'reported'}]->(b);

// line 6
MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:TARGETED {id: 'kabul-airport-attack--targeted--us-forces--doc-003', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', confidence: 'reported', note: '13 American soldiers were killed.'}]->(b);

// line 6
MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--killed--doc-003', property: 'killed', value: 79, qualifier: 'at least', unit: 'people', refersTo: 'Afghans killed', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', confidence: 'reported'});

// line 6
MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--killed--doc-003-2', property: 'killed', value: 13, unit: 'people', refersTo: 'American soldiers killed', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', confidence: 'reported'});

// line 6
MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--valid-from--doc-003', property: 'validFrom', valueDate: date('2021-08-26'), valuePrecision: 'day', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', confidence: 'reported', note: '“Thursday’s attacks”: the Thursday before the article (27 August 2021), 26 August 2021.'});

// line 6
MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--us-withdrawal--doc-003', source: 'doc-003', quote: 'The group known by the acronym Isis-K claimed responsibility for Thursday’s attacks, which killed at least 79 Afghans and 13 American soldiers and dealt a devastating blow to the US withdrawal from Afghanistan.', confidence: 'reported', role: 'withdrew'}]->(b);

// Origins (lines 8-10).
// line 8
MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--valid-from--doc-003', property: 'validFrom', valueDate: date('2015-01-01'), valuePrecision: 'year', source: 'doc-003', quote: 'Isis-K first became active there in 2015', confidence: 'reported', note: '“there” is Afghanistan.'});

// line 8
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--afghanistan--doc-003', source: 'doc-003', quote: 'Isis-K first became active there in 2015', confidence: 'reported', validFrom: date('2015-01-01'), validFromPrecision: 'year', note: '“there” is Afghanistan.'}]->(b);

// line 8
MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:OFFSHOOT_OF {id: 'islamic-state--offshoot-of--al-qaeda--doc-003', source: 'doc-003', quote: 'originally an offshoot of al-Qaeda that grew into a rival', confidence: 'reported'}]->(b);

// line 8
MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:RIVAL_OF {id: 'islamic-state--rival-of--al-qaeda--doc-003', source: 'doc-003', quote: 'originally an offshoot of al-Qaeda that grew into a rival', confidence: 'reported'}]->(b);

// line 8
MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'isis-caliphate-declaration'})
CREATE (a)-[:PARTY_TO {id: 'islamic-state--party-to--isis-caliphate-declaration--doc-003', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', confidence: 'reported', role: 'seized territory and declared a caliphate', note: '“a year after” ISIS-K became active in 2015: 2014.'}]->(b);

// line 8
MATCH (a:Entity {id: 'isis-caliphate-declaration'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:OCCURRED_IN {id: 'isis-caliphate-declaration--occurred-in--iraq-and-syria--doc-003', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', confidence: 'reported', note: '“a year after” ISIS-K became active in 2015: 2014.'}]->(b);

// line 8
MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:OPERATES_IN {id: 'islamic-state--operates-in--iraq-and-syria--doc-003', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', confidence: 'reported', validFrom: date('2014-01-01'), validFromPrecision: 'year', note: '“a year after” ISIS-K became active in 2015: 2014.'}]->(b);

// line 8
MATCH (e:Entity {id: 'isis-caliphate-declaration'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'isis-caliphate-declaration--valid-from--doc-003', property: 'validFrom', valueDate: date('2014-01-01'), valuePrecision: 'year', source: 'doc-003', quote: 'a year after Isis — originally an offshoot of al-Qaeda that grew into a rival — seized swaths of territory across Iraq and Syria and declared a caliphate or Islamic state.', confidence: 'reported', note: '“a year after” ISIS-K became active in 2015: 2014.'});

// line 10
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'afghan-taliban--based-in--afghanistan--doc-003', source: 'doc-003', quote: 'The country has long been a base for radical Islamist movements from the Taliban to al-Qaeda.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'al-qaeda'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'al-qaeda--based-in--afghanistan--doc-003', source: 'doc-003', quote: 'The country has long been a base for radical Islamist movements from the Taliban to al-Qaeda.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--afghan-taliban--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', confidence: 'reported', note: '“those groups” are the Taliban and al-Qaeda (previous sentence).'}]->(b);

// line 10
MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--al-qaeda--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', confidence: 'reported', note: '“those groups” are the Taliban and al-Qaeda (previous sentence).'}]->(b);

// line 10
MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--afghan-taliban--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', confidence: 'reported', note: '“those groups” are the Taliban and al-Qaeda (previous sentence).'}]->(b);

// line 10
MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--al-qaeda--doc-003', source: 'doc-003', quote: 'While those groups were the focal point of US and Afghan security operations', confidence: 'reported', note: '“those groups” are the Taliban and al-Qaeda (previous sentence).'}]->(b);

// line 10
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'al-qaeda-pakistan-branch'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--al-qaeda-pakistan-branch--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'haqqani-network'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--haqqani-network--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:LINKED_TO {id: 'haqqani-network--linked-to--afghan-taliban--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', confidence: 'reported', note: '“a criminal group linked to the Taliban”'}]->(b);

// line 10
MATCH (a:Entity {id: 'al-qaeda-pakistan-branch'}), (b:Entity {id: 'al-qaeda'})
CREATE (a)-[:BRANCH_OF {id: 'al-qaeda-pakistan-branch--branch-of--al-qaeda--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'al-qaeda-pakistan-branch'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:BASED_IN {id: 'al-qaeda-pakistan-branch--based-in--pakistan--doc-003', source: 'doc-003', quote: 'Isis-K was formed by former members of al-Qaeda’s Pakistan branch as well as defectors from the Taliban and the Haqqani network, a criminal group linked to the Taliban.', confidence: 'reported'}]->(b);

// line 10
MATCH (a:Entity {id: 'pakistan'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'pakistan--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'Khorasan as ISIS-K defines it.'}]->(b);

// line 10
MATCH (a:Entity {id: 'afghanistan'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'afghanistan--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'Khorasan as ISIS-K defines it.'}]->(b);

// line 10
MATCH (a:Entity {id: 'central-asia'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'central-asia--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'Khorasan as ISIS-K defines it.'}]->(b);

// line 10
MATCH (a:Entity {id: 'iran'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'iran--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'Khorasan as ISIS-K defines it.'}]->(b);

// line 10
MATCH (a:Entity {id: 'india'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'india--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'Khorasan as ISIS-K defines it. Only parts of it.'}]->(b);

// line 10
MATCH (a:Entity {id: 'russia'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:PART_OF {id: 'russia--part-of--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'Khorasan as ISIS-K defines it. Only parts of it.'}]->(b);

// line 10
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'khorasan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--khorasan--doc-003', source: 'doc-003', quote: 'The K refers to Khorasan, an area encompassing Pakistan, Afghanistan, central Asia, Iran and parts of India and Russia that the group sees as a future caliphate.', confidence: 'reported', note: 'An aim: the group sees Khorasan as a future caliphate.'}]->(b);

// Hostility with the Taliban and the deal with the United States (lines 14-16).
// line 14
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:RIVAL_OF {id: 'afghan-taliban--rival-of--iskp--doc-003', source: 'doc-003', quote: 'Despite both groups sharing a radical Islamist agenda, the Taliban leadership has a hostile relationship with Isis-K, which wants to establish a global caliphate rather than focus on governing Afghanistan.', confidence: 'reported'}]->(b);

// line 14
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-003', source: 'doc-003', quote: 'Isis-K has also criticised the Taliban for engaging with the US.', confidence: 'reported', note: 'ISIS-K criticises the Taliban.'}]->(b);

// line 14
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'united-states'})
CREATE (a)-[:NEGOTIATED_WITH {id: 'afghan-taliban--negotiated-with--united-states--doc-003', source: 'doc-003', quote: 'Isis-K has also criticised the Taliban for engaging with the US.', confidence: 'reported', note: '“engaging with the US”'}]->(b);

// line 16
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'united-states'})
CREATE (a)-[:NEGOTIATED_WITH {id: 'afghan-taliban--negotiated-with--united-states--doc-003-2', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal, it committed to preventing al-Qaeda and other extremist groups from using Afghanistan as a hub to attack America or its allies.', confidence: 'reported', note: '“the Trump administration”'}]->(b);

// line 16
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-us-deal--doc-003', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal, it committed to preventing al-Qaeda and other extremist groups from using Afghanistan as a hub to attack America or its allies.', confidence: 'reported', role: 'signatory'}]->(b);

// line 16
MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--taliban-us-deal--doc-003', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal, it committed to preventing al-Qaeda and other extremist groups from using Afghanistan as a hub to attack America or its allies.', confidence: 'reported', role: 'signatory'}]->(b);

// line 16
MATCH (a:Entity {id: 'taliban-us-deal'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:LED_TO {id: 'taliban-us-deal--led-to--us-withdrawal--doc-003', source: 'doc-003', quote: 'When the Taliban was negotiating with the Trump administration to secure the deal that led to the US withdrawal, it committed to preventing al-Qaeda and other extremist groups from using Afghanistan as a hub to attack America or its allies.', confidence: 'reported'}]->(b);

// Caption (line 20): a coalition airstrike in 2018.
// line 20
MATCH (a:Entity {id: 'us-led-coalition'}), (b:Entity {id: 'coalition-airstrike-2018'})
CREATE (a)-[:PARTY_TO {id: 'us-led-coalition--party-to--coalition-airstrike-2018--doc-003', source: 'doc-003', quote: 'A coalition airstrike destroys an Isis-K position in 2018', confidence: 'reported', role: 'launched'}]->(b);

// line 20
MATCH (a:Entity {id: 'coalition-airstrike-2018'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:TARGETED {id: 'coalition-airstrike-2018--targeted--iskp--doc-003', source: 'doc-003', quote: 'A coalition airstrike destroys an Isis-K position in 2018', confidence: 'reported'}]->(b);

// line 20
MATCH (e:Entity {id: 'coalition-airstrike-2018'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'coalition-airstrike-2018--valid-from--doc-003', property: 'validFrom', valueDate: date('2018-01-01'), valuePrecision: 'year', source: 'doc-003', quote: 'A coalition airstrike destroys an Isis-K position in 2018', confidence: 'reported'});

// Links to the Haqqani network (lines 23-27).
// line 23
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-taliban--clashed-with--iskp--doc-003', source: 'doc-003', quote: 'But while analysts say the Taliban has previously launched operations against the jihadis, Isis-K has suspected links to the Haqqani network, an affiliate of the Taliban, which includes multiple factions that are often at odds with each other.', confidence: 'alleged', attributedTo: 'analysts'}]->(b);

// line 23
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'haqqani-network'})
CREATE (a)-[:LINKED_TO {id: 'iskp--linked-to--haqqani-network--doc-003', source: 'doc-003', quote: 'But while analysts say the Taliban has previously launched operations against the jihadis, Isis-K has suspected links to the Haqqani network, an affiliate of the Taliban, which includes multiple factions that are often at odds with each other.', confidence: 'suspected'}]->(b);

// line 23
MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:AFFILIATE_OF {id: 'haqqani-network--affiliate-of--afghan-taliban--doc-003', source: 'doc-003', quote: 'But while analysts say the Taliban has previously launched operations against the jihadis, Isis-K has suspected links to the Haqqani network, an affiliate of the Taliban, which includes multiple factions that are often at odds with each other.', confidence: 'reported'}]->(b);

// line 25
MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:COOPERATED_WITH {id: 'haqqani-network--cooperated-with--iskp--doc-003', source: 'doc-003', quote: 'A UN report released in June last year cited comments from member states that most attacks claimed by Isis-K demonstrated some degree of “involvement, facilitation, or the provision of technical assistance” by the Haqqani network.', confidence: 'alleged', attributedTo: 'UN report (June 2020), citing member states', note: '“A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020.'}]->(b);

// line 25
MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:PUT_IN_CHARGE_OF {id: 'haqqani-network--put-in-charge-of--kabul--doc-003', source: 'doc-003', quote: 'Since the Taliban seized power a week ago, it has put the Haqqani network in charge of Kabul’s security.', confidence: 'reported', note: 'Put in charge of Kabul’s security by the Taliban.'}]->(b);

// line 25
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-seizure-of-power'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-seizure-of-power--doc-003', source: 'doc-003', quote: 'Since the Taliban seized power a week ago, it has put the Haqqani network in charge of Kabul’s security.', confidence: 'reported', role: 'seized power', note: '“a week ago”, resolved against the article’s date (27 August 2021): in August 2021.'}]->(b);

// line 25
MATCH (e:Entity {id: 'taliban-seizure-of-power'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'taliban-seizure-of-power--valid-from--doc-003', property: 'validFrom', valueDate: date('2021-08-01'), valuePrecision: 'month', source: 'doc-003', quote: 'Since the Taliban seized power a week ago, it has put the Haqqani network in charge of Kabul’s security.', confidence: 'reported', note: '“a week ago”, resolved against the article’s date (27 August 2021): in August 2021.'});

// line 27
MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:LINKED_TO {id: 'haqqani-network--linked-to--iskp--doc-003', source: 'doc-003', quote: 'It is not surprising that the Haqqanis have links to both Isis-K and the Taliban', confidence: 'reported'}]->(b);

// line 27
MATCH (a:Entity {id: 'haqqani-network'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:LINKED_TO {id: 'haqqani-network--linked-to--afghan-taliban--doc-003-2', source: 'doc-003', quote: 'It is not surprising that the Haqqanis have links to both Isis-K and the Taliban', confidence: 'reported'}]->(b);

// line 27
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'haqqani-network'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--haqqani-network--doc-003-2', source: 'doc-003', quote: '“The active members of Isis-K are all sophisticated fighters who are erstwhile Haqqani network fighters,” the official said.', confidence: 'alleged', attributedTo: 'an Indian official'}]->(b);

// Fighter strength and the defeats in Nangarhar (line 35).
// line 35
MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--fighters--doc-003', property: 'fighters', value: 2200, qualifier: 'just', unit: 'fighters', refersTo: 'ISIS-K fighters in Afghanistan', asOf: date('2020-06-01'), asOfPrecision: 'month', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', confidence: 'reported', attributedTo: 'UN report (June 2020)', note: '“A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020. The estimate is taken as of the report’s release.'});

// line 35
MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', confidence: 'reported', attributedTo: 'UN report (June 2020)', note: 'Defeats of ISIS-K in Nangarhar.'}]->(b);

// line 35
MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', confidence: 'reported', attributedTo: 'UN report (June 2020)', note: 'Defeats of ISIS-K in Nangarhar.'}]->(b);

// line 35
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'nangarhar'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--nangarhar--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', confidence: 'reported', attributedTo: 'UN report (June 2020)'}]->(b);

// line 35
MATCH (a:Entity {id: 'nangarhar'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:PART_OF {id: 'nangarhar--part-of--afghanistan--doc-003', source: 'doc-003', quote: 'Last year’s UN report estimated that Isis-K had just 2,200 fighters in Afghanistan after the group suffered defeats at the hands of US and Afghan forces in Nangarhar, a north-eastern province where it had consolidated its position in the country.', confidence: 'reported'}]->(b);

// The May 2021 school attack (lines 37-39).
// line 37
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-school-attack'})
CREATE (a)-[:SUSPECTED_OF {id: 'iskp--suspected-of--kabul-school-attack--doc-003', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', confidence: 'suspected'}]->(b);

// line 37
MATCH (a:Entity {id: 'kabul-school-attack'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-school-attack--occurred-in--kabul--doc-003', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', confidence: 'reported'}]->(b);

// line 37
MATCH (e:Entity {id: 'kabul-school-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-school-attack--killed--doc-003', property: 'killed', value: 80, qualifier: 'at least', unit: 'people', refersTo: 'people killed, mostly female students', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', confidence: 'reported'});

// line 37
MATCH (e:Entity {id: 'kabul-school-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-school-attack--valid-from--doc-003', property: 'validFrom', valueDate: date('2021-05-01'), valuePrecision: 'month', source: 'doc-003', quote: 'But it remained a potent threat and was suspected of carrying out two deadly attacks in Kabul in May, including a car bomb and mortar assault on a school that killed at least 80 people, mostly female students.', confidence: 'reported', note: '“in May”, resolved against the article’s date (27 August 2021): May 2021; the photo caption (line 39) dates the scene to May 9 2021.'});

// line 39
MATCH (a:Entity {id: 'kabul-school-attack'}), (b:Entity {id: 'dasht-e-barchi'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-school-attack--occurred-in--dasht-e-barchi--doc-003', source: 'doc-003', quote: 'following multiple blasts outside a girls’ school in Dasht-e-Barchi on the outskirts of Kabul on May 9 2021', confidence: 'reported', note: 'Photo caption.'}]->(b);

// line 39
MATCH (a:Entity {id: 'dasht-e-barchi'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:PART_OF {id: 'dasht-e-barchi--part-of--kabul--doc-003', source: 'doc-003', quote: 'following multiple blasts outside a girls’ school in Dasht-e-Barchi on the outskirts of Kabul on May 9 2021', confidence: 'reported', note: '“on the outskirts of Kabul” (photo caption).'}]->(b);

// The UN report on the deal (line 42); where the attackers struck (line 50).
// line 42
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-us-deal--doc-003-2', source: 'doc-003', quote: 'The UN report also warned that Isis-K could capitalise on the Taliban’s deal with Washington by championing itself as the only credible jihadi movement.', confidence: 'reported', attributedTo: 'UN report (June 2020)', role: 'signatory', note: '“A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020.'}]->(b);

// line 42
MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--taliban-us-deal--doc-003-2', source: 'doc-003', quote: 'The UN report also warned that Isis-K could capitalise on the Taliban’s deal with Washington by championing itself as the only credible jihadi movement.', confidence: 'reported', attributedTo: 'UN report (June 2020)', role: 'signatory', note: '“Washington”. “A UN report released in June last year”: “last year” resolved against the article’s date (27 August 2021) as June 2020.'}]->(b);

// line 50
MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-airport-attack--occurred-in--kabul-airport--doc-003', source: 'doc-003', quote: 'But a concern for western officials will be that the gunmen and suicide bomber who carried out the attacks near the airport must have passed through Taliban checkpoints.', confidence: 'reported'}]->(b);
