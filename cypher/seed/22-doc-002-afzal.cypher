// Facts from doc-002: the KMUW / NPR radio interview "What We Know About ISIS-K" with Madiha
// Afzal of the Brookings Institution (002_059ae5b219957495.txt). `paragraph` is the line of
// the document the quote stands on. Speakers and grades: Madiha Afzal (researcher, reliability B),
// Asma Khalid (host, the programme's own voice, C). The TOLOnews clip (line 14) asks questions only.
// Audit: cypher/AUDIT-part-b.md.

// The host’s introduction (line 11).
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-002', source: 'doc-002', quote: 'A group called ISIS-K is behind the airport attack that we just mentioned', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:OFFSHOOT_OF {id: 'iskp--offshoot-of--islamic-state--doc-002', source: 'doc-002', quote: 'the attack has led to a lot of sudden questions here in the United States about the resurgence and modus of this Afghanistan-based offshoot of ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'iskp--based-in--afghanistan--doc-002', source: 'doc-002', quote: 'the attack has led to a lot of sudden questions here in the United States about the resurgence and modus of this Afghanistan-based offshoot of ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)'}]->(b);

// Who is ISIS-K? (line 22)
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:AFFILIATE_OF {id: 'iskp--affiliate-of--islamic-state--doc-002', source: 'doc-002', quote: 'Well, ISIS-K - or the Islamic State Khorasan - is simply just a deadly and lethal regional affiliate of ISIS that attacks targets that\'s based within and attacks targets in Afghanistan and also Pakistan.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'iskp--based-in--afghanistan--doc-002-2', source: 'doc-002', quote: 'Well, ISIS-K - or the Islamic State Khorasan - is simply just a deadly and lethal regional affiliate of ISIS that attacks targets that\'s based within and attacks targets in Afghanistan and also Pakistan.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“that\'s based within and attacks targets in Afghanistan and also Pakistan”: the transcript’s “based within” and “attacks targets in” share the places.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:BASED_IN {id: 'iskp--based-in--pakistan--doc-002', source: 'doc-002', quote: 'Well, ISIS-K - or the Islamic State Khorasan - is simply just a deadly and lethal regional affiliate of ISIS that attacks targets that\'s based within and attacks targets in Afghanistan and also Pakistan.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“that\'s based within and attacks targets in Afghanistan and also Pakistan”: the transcript’s “based within” and “attacks targets in” share the places.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--afghanistan--doc-002', source: 'doc-002', quote: 'Well, ISIS-K - or the Islamic State Khorasan - is simply just a deadly and lethal regional affiliate of ISIS that attacks targets that\'s based within and attacks targets in Afghanistan and also Pakistan.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--pakistan--doc-002', source: 'doc-002', quote: 'Well, ISIS-K - or the Islamic State Khorasan - is simply just a deadly and lethal regional affiliate of ISIS that attacks targets that\'s based within and attacks targets in Afghanistan and also Pakistan.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--valid-from--doc-002', property: 'validFrom', valueDate: date('2015-01-01'), valuePrecision: 'year', source: 'doc-002', quote: 'It was formed in 2015', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (e:Entity {id: 'iskp-founding'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp-founding--valid-from--doc-002', property: 'validFrom', valueDate: date('2015-01-01'), valuePrecision: 'year', source: 'doc-002', quote: 'It was formed in 2015', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:BRANCH_OF {id: 'iskp--branch-of--islamic-state--doc-002', source: 'doc-002', quote: 'ISIS accepted the branch that basically was formed by disaffected militants from the region, especially the Pakistani Taliban and Afghan Taliban - disaffected militants from those groups.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'islamic-state'}), (b:Entity {id: 'iskp-founding'})
CREATE (a)-[:PARTY_TO {id: 'islamic-state--party-to--iskp-founding--doc-002', source: 'doc-002', quote: 'ISIS accepted the branch that basically was formed by disaffected militants from the region, especially the Pakistani Taliban and Afghan Taliban - disaffected militants from those groups.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', role: 'accepted the branch'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--pakistani-taliban--doc-002', source: 'doc-002', quote: 'ISIS accepted the branch that basically was formed by disaffected militants from the region, especially the Pakistani Taliban and Afghan Taliban - disaffected militants from those groups.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-002', source: 'doc-002', quote: 'ISIS accepted the branch that basically was formed by disaffected militants from the region, especially the Pakistani Taliban and Afghan Taliban - disaffected militants from those groups.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-002-2', source: 'doc-002', quote: 'And its attacks since 2015 have been marked by brutality on civilians, you know, like the one we saw at the Kabul airport.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-airport-attack--occurred-in--kabul-airport--doc-002', source: 'doc-002', quote: 'And its attacks since 2015 have been marked by brutality on civilians, you know, like the one we saw at the Kabul airport.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-maternity-ward-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-maternity-ward-attack--doc-002', source: 'doc-002', quote: 'They\'ve been attacking civilians at a maternity ward last year in Kabul, at a school this May in Kabul in a Hazara Shia neighborhood.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'kabul-maternity-ward-attack'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-maternity-ward-attack--occurred-in--kabul--doc-002', source: 'doc-002', quote: 'They\'ve been attacking civilians at a maternity ward last year in Kabul, at a school this May in Kabul in a Hazara Shia neighborhood.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (e:Entity {id: 'kabul-maternity-ward-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-maternity-ward-attack--valid-from--doc-002', property: 'validFrom', valueDate: date('2020-01-01'), valuePrecision: 'year', source: 'doc-002', quote: 'They\'ve been attacking civilians at a maternity ward last year in Kabul, at a school this May in Kabul in a Hazara Shia neighborhood.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“last year”, resolved against the interview’s date (27 August 2021): 2020.'});

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-school-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-school-attack--doc-002', source: 'doc-002', quote: 'They\'ve been attacking civilians at a maternity ward last year in Kabul, at a school this May in Kabul in a Hazara Shia neighborhood.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'The school attack of May 2021 in a Hazara Shia neighbourhood of Kabul; doc-003 places it in Dasht-e-Barchi and says ISIS-K was only suspected of it.'}]->(b);

MATCH (a:Entity {id: 'kabul-school-attack'}), (b:Entity {id: 'kabul'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-school-attack--occurred-in--kabul--doc-002', source: 'doc-002', quote: 'They\'ve been attacking civilians at a maternity ward last year in Kabul, at a school this May in Kabul in a Hazara Shia neighborhood.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (e:Entity {id: 'kabul-school-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-school-attack--valid-from--doc-002', property: 'validFrom', valueDate: date('2021-05-01'), valuePrecision: 'month', source: 'doc-002', quote: 'They\'ve been attacking civilians at a maternity ward last year in Kabul, at a school this May in Kabul in a Hazara Shia neighborhood.', paragraph: 22, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“this May”, resolved against the interview’s date (27 August 2021): May 2021.'});

// Relationship with the Taliban (line 26).
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-002', source: 'doc-002', quote: 'Well, ISIS-K and the Taliban are enemies, essentially.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--pakistani-taliban--doc-002-2', source: 'doc-002', quote: 'ISIS-K, because it was established by disaffected militants from these various Taliban groups, including the Tehrik-i-Taliban Pakistan, as I said, and the Afghan Taliban - they basically are an extreme version of these groups.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-002-2', source: 'doc-002', quote: 'ISIS-K, because it was established by disaffected militants from these various Taliban groups, including the Tehrik-i-Taliban Pakistan, as I said, and the Afghan Taliban - they basically are an extreme version of these groups.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--recruitment-method--doc-002', property: 'recruitment-method', valueText: 'the Taliban\'s deal with the United States and the Taliban coming into power in Afghanistan', refersTo: 'what ISIS-K uses to recruit people', source: 'doc-002', quote: 'In fact, you know, one of the things that they\'re using to recruit people now has been the Taliban\'s deal with the United States and the Taliban coming into power in Afghanistan.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-us-deal--doc-002', source: 'doc-002', quote: 'In fact, you know, one of the things that they\'re using to recruit people now has been the Taliban\'s deal with the United States and the Taliban coming into power in Afghanistan.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', role: 'signatory'}]->(b);

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'taliban-us-deal'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--taliban-us-deal--doc-002', source: 'doc-002', quote: 'In fact, you know, one of the things that they\'re using to recruit people now has been the Taliban\'s deal with the United States and the Taliban coming into power in Afghanistan.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', role: 'signatory'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'taliban-seizure-of-power'})
CREATE (a)-[:PARTY_TO {id: 'afghan-taliban--party-to--taliban-seizure-of-power--doc-002', source: 'doc-002', quote: 'In fact, you know, one of the things that they\'re using to recruit people now has been the Taliban\'s deal with the United States and the Taliban coming into power in Afghanistan.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', role: 'seized power'}]->(b);

MATCH (a:Entity {id: 'taliban-seizure-of-power'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OCCURRED_IN {id: 'taliban-seizure-of-power--occurred-in--afghanistan--doc-002', source: 'doc-002', quote: 'In fact, you know, one of the things that they\'re using to recruit people now has been the Taliban\'s deal with the United States and the Taliban coming into power in Afghanistan.', paragraph: 26, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

// Funding (line 30): local sources, and outside funding that figures others give only suggest.
MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-002', property: 'funding-method', valueText: 'natural resources', refersTo: 'local funding ISIS-K extracts', source: 'doc-002', quote: 'But, you know, they are - they\'re - they receive some funding from local sources that they extract through natural resources, drug - the drug trade, you know, taxing locals, kidnapping.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-002-2', property: 'funding-method', valueText: 'the drug trade', refersTo: 'local funding ISIS-K extracts', source: 'doc-002', quote: 'But, you know, they are - they\'re - they receive some funding from local sources that they extract through natural resources, drug - the drug trade, you know, taxing locals, kidnapping.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-002-3', property: 'funding-method', valueText: 'taxing locals', refersTo: 'local funding ISIS-K extracts', source: 'doc-002', quote: 'But, you know, they are - they\'re - they receive some funding from local sources that they extract through natural resources, drug - the drug trade, you know, taxing locals, kidnapping.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--funding-method--doc-002-4', property: 'funding-method', valueText: 'kidnapping', refersTo: 'local funding ISIS-K extracts', source: 'doc-002', quote: 'But, you know, they are - they\'re - they receive some funding from local sources that they extract through natural resources, drug - the drug trade, you know, taxing locals, kidnapping.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'});

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'gulf-donors'})
CREATE (a)-[:FUNDED_BY {id: 'iskp--funded-by--gulf-donors--doc-002', source: 'doc-002', quote: 'But there are figures that suggest that their outside funding could be about $300 million a year that\'s coming from various donors in mostly sort of Gulf countries - you know, thinking about Qatar, Kuwait, Saudi Arabia.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'Afzal first says “I think there\'s no exact figure that we have.”'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--outside-funding--doc-002', property: 'outside-funding', value: 300000000, qualifier: 'about', unit: 'USD per year', refersTo: 'outside funding from donors in mostly Gulf countries', source: 'doc-002', quote: 'But there are figures that suggest that their outside funding could be about $300 million a year that\'s coming from various donors in mostly sort of Gulf countries - you know, thinking about Qatar, Kuwait, Saudi Arabia.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'Afzal first says “I think there\'s no exact figure that we have.” The figure “could be about” this.'});

MATCH (a:Entity {id: 'gulf-donors'}), (b:Entity {id: 'gulf-countries'})
CREATE (a)-[:BASED_IN {id: 'gulf-donors--based-in--gulf-countries--doc-002', source: 'doc-002', quote: 'But there are figures that suggest that their outside funding could be about $300 million a year that\'s coming from various donors in mostly sort of Gulf countries - you know, thinking about Qatar, Kuwait, Saudi Arabia.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“mostly sort of Gulf countries”'}]->(b);

MATCH (a:Entity {id: 'qatar'}), (b:Entity {id: 'gulf-countries'})
CREATE (a)-[:PART_OF {id: 'qatar--part-of--gulf-countries--doc-002', source: 'doc-002', quote: 'But there are figures that suggest that their outside funding could be about $300 million a year that\'s coming from various donors in mostly sort of Gulf countries - you know, thinking about Qatar, Kuwait, Saudi Arabia.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'Afzal names it when “thinking about” the Gulf countries.'}]->(b);

MATCH (a:Entity {id: 'kuwait'}), (b:Entity {id: 'gulf-countries'})
CREATE (a)-[:PART_OF {id: 'kuwait--part-of--gulf-countries--doc-002', source: 'doc-002', quote: 'But there are figures that suggest that their outside funding could be about $300 million a year that\'s coming from various donors in mostly sort of Gulf countries - you know, thinking about Qatar, Kuwait, Saudi Arabia.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'Afzal names it when “thinking about” the Gulf countries.'}]->(b);

MATCH (a:Entity {id: 'saudi-arabia'}), (b:Entity {id: 'gulf-countries'})
CREATE (a)-[:PART_OF {id: 'saudi-arabia--part-of--gulf-countries--doc-002', source: 'doc-002', quote: 'But there are figures that suggest that their outside funding could be about $300 million a year that\'s coming from various donors in mostly sort of Gulf countries - you know, thinking about Qatar, Kuwait, Saudi Arabia.', paragraph: 30, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'Afzal names it when “thinking about” the Gulf countries.'}]->(b);

// The US response and the operations against ISIS-K (lines 32-34).
MATCH (a:Entity {id: 'us-drone-strike'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:RESPONSE_TO {id: 'us-drone-strike--response-to--kabul-airport-attack--doc-002', source: 'doc-002', quote: 'You know, the U.S. responded to Thursday\'s airport attack with a drone strike targeting ISIS-K.', paragraph: 32, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)'}]->(b);

MATCH (a:Entity {id: 'us-drone-strike'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:TARGETED {id: 'us-drone-strike--targeted--iskp--doc-002', source: 'doc-002', quote: 'You know, the U.S. responded to Thursday\'s airport attack with a drone strike targeting ISIS-K.', paragraph: 32, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)'}]->(b);

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'us-drone-strike'})
CREATE (a)-[:PARTY_TO {id: 'united-states--party-to--us-drone-strike--doc-002', source: 'doc-002', quote: 'You know, the U.S. responded to Thursday\'s airport attack with a drone strike targeting ISIS-K.', paragraph: 32, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)', role: 'launched'}]->(b);

MATCH (e:Entity {id: 'us-drone-strike'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'us-drone-strike--valid-from--doc-002', property: 'validFrom', valueDate: date('2021-08-01'), valuePrecision: 'month', source: 'doc-002', quote: 'You know, the U.S. responded to Thursday\'s airport attack with a drone strike targeting ISIS-K.', paragraph: 32, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'Asma Khalid (host)', note: 'After “Thursday\'s airport attack” (26 August 2021) and before the broadcast the day after it: August 2021.'});

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-002', source: 'doc-002', quote: 'The first is that the U.S. and Afghan security forces, when they were, you know, not defunct as they are now are, attacked ISIS targets - ISIS-K targets in Afghanistan over the last few years.', paragraph: 34, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', override: 'denial-words: “not defunct as they are now” dates the attacks to when the Afghan forces still existed; the attacks themselves are asserted', note: '“attacked … ISIS-K targets in Afghanistan over the last few years”.'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-002', source: 'doc-002', quote: 'The first is that the U.S. and Afghan security forces, when they were, you know, not defunct as they are now are, attacked ISIS targets - ISIS-K targets in Afghanistan over the last few years.', paragraph: 34, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', tense: 'past', override: 'denial-words: “not defunct as they are now” dates the attacks to when the Afghan forces still existed; the attacks themselves are asserted', note: 'The Afghan security forces are “defunct as they are now”, so these attacks have ended.'}]->(b);

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--leaders-killed--doc-002', property: 'leaders-killed', valueText: 'hundreds', unit: 'people', refersTo: 'ISIS-K leadership people killed in attacks by US and Afghan security forces', source: 'doc-002', quote: 'And, in fact, you know, over the last few years, there are hundreds that were killed of - ISIS-K leadership people were killed in attacks, and four of its emirs were even killed.', paragraph: 34, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“over the last few years” before the interview (27 August 2021).'});

MATCH (e:Entity {id: 'iskp'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'iskp--emirs-killed--doc-002', property: 'emirs-killed', value: 4, unit: 'emirs', refersTo: 'ISIS-K emirs killed', source: 'doc-002', quote: 'And, in fact, you know, over the last few years, there are hundreds that were killed of - ISIS-K leadership people were killed in attacks, and four of its emirs were even killed.', paragraph: 34, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“over the last few years” before the interview (27 August 2021).'});

// Tracking ISIS-K after the Taliban’s return (line 42): an enmity, a motive, a forecast and a doubt.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-002-2', source: 'doc-002', quote: 'The Taliban, of course, because ISIS-K is a sworn enemy of the group, has its own incentives to track and target the group.', paragraph: 42, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:TARGETED {id: 'afghan-taliban--targeted--iskp--doc-002', source: 'doc-002', quote: 'The Taliban, of course, because ISIS-K is a sworn enemy of the group, has its own incentives to track and target the group.', paragraph: 42, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Madiha Afzal', note: 'A motive (“its own incentives to track and target the group”), not an attack.'}]->(b);

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:TARGETED {id: 'united-states--targeted--iskp--doc-002', source: 'doc-002', quote: 'But I think the U.S. will still have to do this via over-the-horizon operations - you know, airstrikes, etc.', paragraph: 42, stance: 'asserted', modality: 'expected', credibility: 'estimated', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“this” is tracking and eliminating ISIS-K (the host’s question, line 40).'}]->(b);

MATCH (a:Entity {id: 'united-states'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:COOPERATED_WITH {id: 'united-states--cooperated-with--afghan-taliban--doc-002', source: 'doc-002', quote: 'I don\'t think that it can necessarily partner with the Taliban in eliminating ISIS.', paragraph: 42, stance: 'denied', modality: 'expected', credibility: 'estimated', reliability: 'B', attributedTo: 'Madiha Afzal', note: '“it” is the U.S. (previous sentence). A stated doubt about a future partnership, not a fact of cooperation.'}]->(b);
