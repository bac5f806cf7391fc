// Facts from doc-001: the Q&A "What is ISIS-K, the Group Behind Kabul Blasts? What's Its Rivalry
// With Taliban?" with Amira Jadoon and Andrew Mines (001_3aabd30c241e9eea.txt), dated 2021-08-27.
// `paragraph` is the line of the document the quote stands on. The text has gaps where links were
// stripped; quotes keep them as they stand and `note` says what is lost.
// The gap rule (cypher/AUDIT.md): a sentence whose verb or key word is lost in a gap gives a fact
// only if the words that stand, in that sentence and its neighbours in the same passage, allow one
// reading and one only; a lost word is never supplied from another document or from outside
// knowledge, and a fact that would need it (who claimed the attack, which province) is not made.
// Reliability: Amira Jadoon and Andrew Mines, named researchers in their field, 'B'; the title
// and introduction (the editors, the document's own voice) 'C'; unnamed speakers ("some", the
// warning whose author is lost in a gap) 'F'.

// Title (line 1).
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-001', source: 'doc-001', quote: 'What is ISIS-K, the Group Behind Kabul Blasts?', paragraph: 1, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the title (editors)'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-001', source: 'doc-001', quote: 'What\'s Its Rivalry With Taliban?', paragraph: 1, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the title (editors)', note: 'The question takes the rivalry as given; section 4 answers it.'}]->(b);

// Introduction (lines 2-3): the airport attack, its toll and its date.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-001-2', source: 'doc-001', quote: 'An attack by ISIS-K outside Kabul’s airport has left at least 60 people dead, including at least a dozen US Marines.', paragraph: 2, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)'}]->(b);

MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-airport-attack--occurred-in--kabul-airport--doc-001', source: 'doc-001', quote: 'An attack by ISIS-K outside Kabul’s airport has left at least 60 people dead, including at least a dozen US Marines.', paragraph: 2, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)', note: '“outside Kabul’s airport”: at the airport, outside it; the model has no finer place than the facility.'}]->(b);

MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:TARGETED {id: 'kabul-airport-attack--targeted--us-forces--doc-001', source: 'doc-001', quote: 'An attack by ISIS-K outside Kabul’s airport has left at least 60 people dead, including at least a dozen US Marines.', paragraph: 2, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)', note: 'US Marines were among the dead.'}]->(b);

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--killed--doc-001', property: 'killed', value: 60, qualifier: 'at least', unit: 'people', refersTo: 'people killed', source: 'doc-001', quote: 'An attack by ISIS-K outside Kabul’s airport has left at least 60 people dead, including at least a dozen US Marines.', paragraph: 2, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)'});

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--killed--doc-001-2', property: 'killed', value: 12, valueText: 'at least a dozen', qualifier: 'at least', unit: 'people', refersTo: 'US Marines killed', source: 'doc-001', quote: 'An attack by ISIS-K outside Kabul’s airport has left at least 60 people dead, including at least a dozen US Marines.', paragraph: 2, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)', note: '“a dozen” taken as 12.'});

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--valid-from--doc-001', property: 'validFrom', valueDate: date('2021-08-26'), valuePrecision: 'day', source: 'doc-001', quote: 'gathered outside Kabul’s airport on 26 August 2021, has left at least 60 people dead, including US Marines.', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)', note: 'The sentence’s subject is lost in a gap (“An gathered …”); what stands, “has left at least 60 people dead, including US Marines”, is the attack of line 2, and the date is that of the gathering it struck.'});

MATCH (a:Entity {id: 'kabul-airport'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:PART_OF {id: 'kabul-airport--part-of--kabul--doc-001', source: 'doc-001', quote: 'gathered outside Kabul’s airport on 26 August 2021, has left at least 60 people dead, including US Marines.', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)', note: '“Kabul’s airport”'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:AFFILIATE_OF {id: 'iskp--affiliate-of--islamic-state--doc-001', source: 'doc-001', quote: 'the group – an affiliate of the Islamic State group operating in Afghanistan – was “seeking to target the airport and attack US and allied forces and innocent civilians.”', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--kabul-airport--doc-001', source: 'doc-001', quote: 'the group – an affiliate of the Islamic State group operating in Afghanistan – was “seeking to target the airport and attack US and allied forces and innocent civilians.”', paragraph: 3, stance: 'asserted', modality: 'intended', credibility: 'alleged', reliability: 'F', attributedTo: 'the warning quoted in the introduction (author lost in a gap)', note: 'An aim (“seeking to target”), from a warning the editors quote without endorsing, given “just days” before the attack; who gave it is lost in a gap where a link was stripped.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--us-forces--doc-001', source: 'doc-001', quote: 'the group – an affiliate of the Islamic State group operating in Afghanistan – was “seeking to target the airport and attack US and allied forces and innocent civilians.”', paragraph: 3, stance: 'asserted', modality: 'intended', credibility: 'alleged', reliability: 'F', attributedTo: 'the warning quoted in the introduction (author lost in a gap)', note: 'An aim (“seeking to target”), from a warning the editors quote without endorsing, given “just days” before the attack; who gave it is lost in a gap where a link was stripped.'}]->(b);

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--attack-method--doc-001', property: 'attack-method', valueText: 'coordinated suicide bomb and gun assault', refersTo: 'how the airport attack was carried out', source: 'doc-001', quote: 'the coordinated suicide bomb and gun assault', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)', note: 'The verb before “for the coordinated suicide bomb and gun assault” is lost in a gap, so no claim of responsibility is made from this sentence; the words that stand describe the attack itself.'});

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--afghanistan--doc-001-3', source: 'doc-001', quote: 'the group – an affiliate of the Islamic State group operating in Afghanistan', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'the introduction (editors)'}]->(b);

// 1. Who is ISIS-K?
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:AFFILIATE_OF {id: 'iskp--affiliate-of--islamic-state--doc-001-2', source: 'doc-001', quote: 'The Islamic State Khorasan Province, which is also known by the acronyms ISIS-K, ISKP and ISK, is the official affiliate of the Islamic State movement operating in Afghanistan, as by Islamic State core leadership in Iraq and Syria.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'The verb before “by Islamic State core leadership” is lost in a gap where a link was stripped.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--afghanistan--doc-001', source: 'doc-001', quote: 'The Islamic State Khorasan Province, which is also known by the acronyms ISIS-K, ISKP and ISK, is the official affiliate of the Islamic State movement operating in Afghanistan, as by Islamic State core leadership in Iraq and Syria.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'}]->(b);

MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:BASED_IN {id: 'islamic-state--based-in--iraq-and-syria--doc-001', source: 'doc-001', quote: 'The Islamic State Khorasan Province, which is also known by the acronyms ISIS-K, ISKP and ISK, is the official affiliate of the Islamic State movement operating in Afghanistan, as by Islamic State core leadership in Iraq and Syria.', paragraph: 6, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“Islamic State core leadership in Iraq and Syria”'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--valid-from--doc-001', property: 'validFrom', valueDate: date('2015-01-01'), valuePrecision: 'month', source: 'doc-001', quote: 'ISIS-K was officially founded in January 2015.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'});

MATCH (e:Entity {id: 'iskp-founding'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp-founding--valid-from--doc-001', property: 'validFrom', valueDate: date('2015-01-01'), valuePrecision: 'month', source: 'doc-001', quote: 'ISIS-K was officially founded in January 2015.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'});

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--afghanistan--doc-001-2', source: 'doc-001', quote: 'Within a short period of time, it managed to consolidate territorial control in several rural districts in and Afghanistan, and launched a lethal campaign across Afghanistan and Pakistan.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', tense: 'past', note: 'Territorial control in rural districts “within a short period of time” of the founding; a place name before “and Afghanistan” is lost in a gap. Past: line 32 speaks of the group having to “reconstitute some level of territorial control”.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--pakistan--doc-001', source: 'doc-001', quote: 'Within a short period of time, it managed to consolidate territorial control in several rural districts in and Afghanistan, and launched a lethal campaign across Afghanistan and Pakistan.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“a lethal campaign across Afghanistan and Pakistan”'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--afghanistan--doc-001', source: 'doc-001', quote: 'Within its first three years, ISIS-K launched against minority groups, public areas and institutions, and government targets in major cities across Afghanistan and Pakistan.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', validFrom: date('2015-01-01'), validFromPrecision: 'month', validTo: date('2017-12-31'), validToPrecision: 'year', note: '“Within its first three years” counted from the founding in January 2015 (line 7): 2015 to 2017. The word after “launched” is lost in a gap.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--pakistan--doc-001', source: 'doc-001', quote: 'Within its first three years, ISIS-K launched against minority groups, public areas and institutions, and government targets in major cities across Afghanistan and Pakistan.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', validFrom: date('2015-01-01'), validFromPrecision: 'month', validTo: date('2017-12-31'), validToPrecision: 'year', note: '“Within its first three years” counted from the founding in January 2015 (line 7): 2015 to 2017. The word after “launched” is lost in a gap.'}]->(b);

// Line 9: losses to the US-led coalition and its Afghan partners; the surrender of late 2019 and early 2020.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'us-led-coalition'})
CREATE (a)-[:CLASHED_WITH {id: 'iskp--clashed-with--us-led-coalition--doc-001', source: 'doc-001', quote: 'But after suffering major to the US-led coalition and its Afghan partners', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', tense: 'past', note: 'What ISIS-K suffered is lost in a gap (losses or defeats).'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-forces'})
CREATE (a)-[:CLASHED_WITH {id: 'iskp--clashed-with--afghan-forces--doc-001', source: 'doc-001', quote: 'But after suffering major to the US-led coalition and its Afghan partners', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', tense: 'past', note: '“its Afghan partners”, the coalition’s; what ISIS-K suffered is lost in a gap.'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'us-led-coalition'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-forces--cooperated-with--us-led-coalition--doc-001', source: 'doc-001', quote: 'But after suffering major to the US-led coalition and its Afghan partners', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', tense: 'past', note: '“the US-led coalition and its Afghan partners”'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'iskp-surrender'})
CREATE (a)-[:PARTY_TO {id: 'iskp--party-to--iskp-surrender--doc-001', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', role: 'surrendered', validFrom: date('2019-01-01'), validFromPrecision: 'year', validTo: date('2020-12-31'), validToPrecision: 'year', note: '“in late 2019 and early 2020”: from some time in 2019 to some time in 2020. The word for the surrender is lost in a gap.'}]->(b);

MATCH (a:Entity {id: 'afghan-government'}), (b:Entity {id: 'iskp-surrender'})
CREATE (a)-[:PARTY_TO {id: 'afghan-government--party-to--iskp-surrender--doc-001', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', role: 'received surrender', validFrom: date('2019-01-01'), validFromPrecision: 'year', validTo: date('2020-12-31'), validToPrecision: 'year', note: '“in late 2019 and early 2020”: from some time in 2019 to some time in 2020. The word for the surrender is lost in a gap.'}]->(b);

MATCH (a:Entity {id: 'iskp-surrender'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OCCURRED_IN {id: 'iskp-surrender--occurred-in--afghanistan--doc-001', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'The surrender was to the Afghan government.'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--surrendered--doc-001', property: 'surrendered', value: 1400, qualifier: 'more than', unit: 'people', refersTo: 'ISIS-K fighters and their families who surrendered to the Afghan government', asOf: date('2020-01-01'), asOfPrecision: 'year', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“in late 2019 and early 2020”: from some time in 2019 to some time in 2020. The word for the surrender is lost in a gap.'});

MATCH (e:Entity {id: 'iskp-surrender'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp-surrender--surrendered--doc-001', property: 'surrendered', value: 1400, qualifier: 'more than', unit: 'people', refersTo: 'ISIS-K fighters and their families who surrendered', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“in late 2019 and early 2020”: from some time in 2019 to some time in 2020. The word for the surrender is lost in a gap.'});

MATCH (e:Entity {id: 'iskp-surrender'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp-surrender--valid-from--doc-001', property: 'validFrom', valueDate: date('2019-01-01'), valuePrecision: 'year', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“in late 2019 and early 2020”: from some time in 2019 to some time in 2020. The word for the surrender is lost in a gap.'});

MATCH (e:Entity {id: 'iskp-surrender'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp-surrender--valid-to--doc-001', property: 'validTo', valueDate: date('2020-12-31'), valuePrecision: 'year', source: 'doc-001', quote: 'which culminated in the of over 1,400 of its fighters and their families to the Afghan government in late 2019 and early 2020', paragraph: 9, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“in late 2019 and early 2020”: from some time in 2019 to some time in 2020. The word for the surrender is lost in a gap.'});

// 2. The group’s background: where its founders came from, where it took root, who funded it.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--pakistani-taliban--doc-001', source: 'doc-001', quote: 'by former members of the Pakistani Taliban, Afghan Taliban and the Islamic Movement of Uzbekistan.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'former: “former members” is what DEFECTED_FROM says (they left those groups); the fact is not past', note: 'The start of the sentence (what was done “by former members”) is lost in a gap; the section asks for the group’s background and the next sentence contrasts “Over time, though, the group has poached militants from various other groups”, so the one reading is that its first members were former members of these groups.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-001', source: 'doc-001', quote: 'by former members of the Pakistani Taliban, Afghan Taliban and the Islamic Movement of Uzbekistan.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'former: “former members” is what DEFECTED_FROM says (they left those groups); the fact is not past', note: 'The start of the sentence (what was done “by former members”) is lost in a gap; the section asks for the group’s background and the next sentence contrasts “Over time, though, the group has poached militants from various other groups”, so the one reading is that its first members were former members of these groups.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-movement-of-uzbekistan'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--islamic-movement-of-uzbekistan--doc-001', source: 'doc-001', quote: 'by former members of the Pakistani Taliban, Afghan Taliban and the Islamic Movement of Uzbekistan.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'former: “former members” is what DEFECTED_FROM says (they left those groups); the fact is not past', note: 'The start of the sentence (what was done “by former members”) is lost in a gap; the section asks for the group’s background and the next sentence contrasts “Over time, though, the group has poached militants from various other groups”, so the one reading is that its first members were former members of these groups.'}]->(b);

// The province's name is lost in a gap. By the gap rule it is not supplied (doc-003 names
// Nangarhar, but that is doc-003's word): no fact places ISIS-K in a named province from here.
MATCH (a:Entity {id: 'tora-bora'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:PART_OF {id: 'tora-bora--part-of--afghanistan--doc-001', source: 'doc-001', quote: 'ISIS-K first started to consolidate territory in the province, which sits on Afghanistan’s northeast border with Pakistan and is the site of al-Qaida’s former stronghold in the Tora Bora area.', paragraph: 12, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'former: “former” belongs to al-Qaida’s stronghold; that Tora Bora lies in Afghanistan is present', note: 'The province (its name lost in a gap) “sits on Afghanistan’s northeast border with Pakistan” and is the site of the Tora Bora area.'}]->(b);

MATCH (a:Entity {id: 'al-qaeda'}), (b:Entity {id: 'tora-bora'})
CREATE (a)-[:OPERATES_IN {id: 'al-qaeda--operates-in--tora-bora--doc-001', source: 'doc-001', quote: 'ISIS-K first started to consolidate territory in the province, which sits on Afghanistan’s northeast border with Pakistan and is the site of al-Qaida’s former stronghold in the Tora Bora area.', paragraph: 12, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', tense: 'past', note: '“al-Qaida’s former stronghold”: held in the past, no dates given.'}]->(b);

// Recruits (people, no group named) from Pakistan's tribal areas.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan-tribal-areas'})
CREATE (a)-[:DRAWS_MEMBERS_FROM {id: 'iskp--draws-members-from--pakistan-tribal-areas--doc-001', source: 'doc-001', quote: 'ISIS-K used its position on the border to garner supplies and recruits from Pakistan’s tribal areas, as well as the expertise of other local groups with which it forged .', paragraph: 13, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“recruits from Pakistan’s tribal areas”; the supplies it garnered there have no relationship type. The word after “forged” is lost in a gap.'}]->(b);

MATCH (a:Entity {id: 'pakistan-tribal-areas'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:PART_OF {id: 'pakistan-tribal-areas--part-of--pakistan--doc-001', source: 'doc-001', quote: 'ISIS-K used its position on the border to garner supplies and recruits from Pakistan’s tribal areas, as well as the expertise of other local groups with which it forged .', paragraph: 13, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:FUNDED_BY {id: 'iskp--funded-by--islamic-state--doc-001', source: 'doc-001', quote: 'Substantial evidence shows that the group has received , from the Islamic State group’s core organisational body in Iraq and Syria.', paragraph: 14, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'What was received is lost in a gap; the next sentence gives its amount in dollars.'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-received--doc-001', property: 'funding-received', value: 100000000, qualifier: 'more than', unit: 'USD', refersTo: 'money received from the Islamic State core in Iraq and Syria', source: 'doc-001', quote: 'Some have placed those figures in excess of $100 million.', paragraph: 14, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'F', attributedTo: 'some (unnamed)', note: '“those figures” are what the group received from the Islamic State core (line 14).'});

// 3. Aims: expanding the caliphate to Central and South Asia - an aim to hold territory there
// (OPERATES_IN, intended), not an attack on the regions.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'central-asia'})
CREATE (a)-[:CLAIMS_TERRITORY {id: 'iskp--claims-territory--central-asia--doc-001', source: 'doc-001', quote: 'ISIS-K’s general strategy is to establish a beachhead for the Islamic State movement to expand its so-called caliphate to Central and South Asia.', paragraph: 16, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'An aim (“general strategy”): to expand its so-called caliphate there, that is, to claim the region as caliphate territory; not a statement that ISIS-K operates there.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'south-asia'})
CREATE (a)-[:CLAIMS_TERRITORY {id: 'iskp--claims-territory--south-asia--doc-001', source: 'doc-001', quote: 'ISIS-K’s general strategy is to establish a beachhead for the Islamic State movement to expand its so-called caliphate to Central and South Asia.', paragraph: 16, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'An aim (“general strategy”): to expand its so-called caliphate there, that is, to claim the region as caliphate territory; not a statement that ISIS-K operates there.'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-001', property: 'recruitment-method', valueText: 'creating chaos and uncertainty to push disillusioned fighters from other groups into its ranks', refersTo: 'how ISIS-K means to recruit', source: 'doc-001', quote: 'ISIS-K’s goal is to create chaos and uncertainty in a bid to push disillusioned fighters from other groups into their ranks', paragraph: 19, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'A goal, not a record of recruits; “other groups” names no group.'});

// 4. Relationship with the Taliban.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-001-2', source: 'doc-001', quote: 'ISIS-K sees the Afghan Taliban as its strategic rivals.', paragraph: 21, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--afghan-taliban--doc-001', source: 'doc-001', quote: 'Since its inception, ISIS-K has tried to recruit Afghan Taliban members while also targeting Taliban positions throughout the country.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', validFrom: date('2015-01-01'), validFromPrecision: 'month', note: '“Since its inception”: from the founding in January 2015 (line 7).'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-001-2', source: 'doc-001', quote: 'Since its inception, ISIS-K has tried to recruit Afghan Taliban members while also targeting Taliban positions throughout the country.', paragraph: 22, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'An effort (“has tried to recruit Afghan Taliban members”): the aim, recorded as intended; that it met with some success is `iskp--defected-from--afghan-taliban--doc-001-3` (line 23).'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-001-3', source: 'doc-001', quote: 'ISIS-K’s efforts have met with some success', paragraph: 23, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', validFrom: date('2015-01-01'), validFromPrecision: 'month', note: '“ISIS-K’s efforts” are those of line 22: since its inception (January 2015), to recruit Afghan Taliban members (and to target Taliban positions). “some success”: some Afghan Taliban members joined it.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-taliban--clashed-with--iskp--doc-001', source: 'doc-001', quote: 'the Taliban have managed to stem the group’s challenges by pursuing against ISIS-K personnel and positions.', paragraph: 23, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'What the Taliban pursued is lost in a gap; the next sentence calls it “these clashes”.'}]->(b);

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-001', source: 'doc-001', quote: 'These clashes have often occurred in tandem with US and Afghan air power and ground operations against ISIS-K, although the full extent to which these operations were coordinated is still unclear.', paragraph: 24, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-001', source: 'doc-001', quote: 'These clashes have often occurred in tandem with US and Afghan air power and ground operations against ISIS-K, although the full extent to which these operations were coordinated is still unclear.', paragraph: 24, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-taliban--cooperated-with--us-forces--doc-001', source: 'doc-001', quote: 'These clashes have often occurred in tandem with US and Afghan air power and ground operations against ISIS-K, although the full extent to which these operations were coordinated is still unclear.', paragraph: 24, stance: 'unclear', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'Whether the Taliban’s clashes with ISIS-K were coordinated with US and Afghan operations “is still unclear”.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'afghan-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-taliban--cooperated-with--afghan-forces--doc-001', source: 'doc-001', quote: 'These clashes have often occurred in tandem with US and Afghan air power and ground operations against ISIS-K, although the full extent to which these operations were coordinated is still unclear.', paragraph: 24, stance: 'unclear', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'Whether the Taliban’s clashes with ISIS-K were coordinated with US and Afghan operations “is still unclear”.'}]->(b);

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-001-2', source: 'doc-001', quote: 'What is clear is that the majority of ISIS-K’s were the result of US and Afghan-led operations, and American air strikes in particular.', paragraph: 25, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'What ISIS-K lost is lost in a gap; the operations are those “against ISIS-K” of line 24.'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-001-2', source: 'doc-001', quote: 'What is clear is that the majority of ISIS-K’s were the result of US and Afghan-led operations, and American air strikes in particular.', paragraph: 25, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'What ISIS-K lost is lost in a gap; the operations are those “against ISIS-K” of line 24.'}]->(b);

// 5. The threat: attacks abroad, the attempt on the US envoy, the withdrawal.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'united-states'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--united-states--doc-001', source: 'doc-001', quote: 'It is interested in attacking US and allied partners abroad', paragraph: 28, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'An interest, not an attack: “US and allied partners abroad”.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'attempt-on-us-envoy'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--attempt-on-us-envoy--doc-001', source: 'doc-001', quote: 'In addition to its attacks against Afghan minorities and civilian institutions, the group has targeted , and even tried to the top US envoy to Kabul in January 2021.', paragraph: 29, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'What the group tried to do to the envoy is lost in a gap; the sentence lists the group’s attacks and targets, so the one reading is an attempt on the envoy.'}]->(b);

MATCH (a:Entity {id: 'attempt-on-us-envoy'}), (b:Entity {id: 'united-states'})
CREATE (a)-[:TARGETED {id: 'attempt-on-us-envoy--targeted--united-states--doc-001', source: 'doc-001', quote: 'In addition to its attacks against Afghan minorities and civilian institutions, the group has targeted , and even tried to the top US envoy to Kabul in January 2021.', paragraph: 29, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'The target was the top US envoy to Kabul.'}]->(b);

MATCH (e:Entity {id: 'attempt-on-us-envoy'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'attempt-on-us-envoy--valid-from--doc-001', property: 'validFrom', valueDate: date('2021-01-01'), valuePrecision: 'month', source: 'doc-001', quote: 'In addition to its attacks against Afghan minorities and civilian institutions, the group has targeted , and even tried to the top US envoy to Kabul in January 2021.', paragraph: 29, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'What the group tried to do to the envoy is lost in a gap.'});

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--us-withdrawal--doc-001', source: 'doc-001', quote: 'It is still too early to tell how the US withdrawal from Afghanistan will benefit ISIS-K, but the attack on the Kabul airport shows the continued threat posed by the group.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'intent-words: “will” belongs to “will benefit ISIS-K”, not to this fact', role: 'withdrew'}]->(b);

MATCH (a:Entity {id: 'us-withdrawal'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OCCURRED_IN {id: 'us-withdrawal--occurred-in--afghanistan--doc-001', source: 'doc-001', quote: 'It is still too early to tell how the US withdrawal from Afghanistan will benefit ISIS-K, but the attack on the Kabul airport shows the continued threat posed by the group.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'intent-words: “will” belongs to “will benefit ISIS-K”, not to this fact'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-001-3', source: 'doc-001', quote: 'It is still too early to tell how the US withdrawal from Afghanistan will benefit ISIS-K, but the attack on the Kabul airport shows the continued threat posed by the group.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', override: 'intent-words: “will” belongs to “will benefit ISIS-K”, not to this fact'}]->(b);

MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:TARGETED {id: 'kabul-airport-attack--targeted--kabul-airport--doc-001', source: 'doc-001', quote: 'the attack on the Kabul airport shows the continued threat posed by the group.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: '“the attack on the Kabul airport”'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'us-withdrawal'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--us-withdrawal--doc-001', source: 'doc-001', quote: 'In the short term, ISIS-K will likely continue its efforts to sow panic and chaos, disrupt the withdrawal process and demonstrate that the Afghan Taliban are incapable of providing security to the population.', paragraph: 31, stance: 'asserted', modality: 'expected', credibility: 'suspected', reliability: 'B', attributedTo: 'Amira Jadoon and Andrew Mines', note: 'A forecast: “will likely continue its efforts to … disrupt the withdrawal process”. Expected (a forecast) and suspected (“likely”).'}]->(b);
