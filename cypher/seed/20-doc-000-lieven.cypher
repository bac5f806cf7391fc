// Facts from doc-000: the interview with Anatol Lieven, "On the End in Afghanistan"
// (000_d5be42afd2496388.txt). "line N" is the line of the document the quote stands on.
// Lieven speaks unless attributedTo says otherwise.

// The interviewer (WC) names ISKP as the people who launched the airport attack.
// line 3
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-000', source: 'doc-000', quote: 'Let’s begin with the people who launched the suicide attack on the airport on August 26th.', confidence: 'reported', attributedTo: 'WC (interviewer)', note: 'The next sentence names them: “Who is the Islamic State in the Khorasan Province or ISKP?”'}]->(b);

// line 3
MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:OCCURRED_IN {id: 'kabul-airport-attack--occurred-in--kabul-airport--doc-000', source: 'doc-000', quote: 'Let’s begin with the people who launched the suicide attack on the airport on August 26th.', confidence: 'reported', attributedTo: 'WC (interviewer)'}]->(b);

// Lieven denies that ISKP is an offshoot of ISIS or was founded by Arabs from the Middle East.
// line 5
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:OFFSHOOT_OF {id: 'iskp--offshoot-of--islamic-state--doc-000', source: 'doc-000', quote: 'So they’re not, in that sense, an offshoot of ISIS.', confidence: 'disputed', attributedTo: 'Anatol Lieven', note: 'Lieven: “Instead, they’re one of these local movements which has taken the name of ISIS.”'}]->(b);

// line 5
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'middle-east'})
CREATE (a)-[:BASED_IN {id: 'iskp--based-in--middle-east--doc-000', source: 'doc-000', quote: 'I mean ISKP was not founded by and their leadership is not made up of Arabs who’ve moved to Afghanistan from the Middle East.', confidence: 'disputed', attributedTo: 'Anatol Lieven', note: 'Denied: ISKP’s founders and leaders are not Arabs from the Middle East.'}]->(b);

// The three main elements ISKP is made up of.
// line 7
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--pakistani-taliban--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'pakistani-taliban'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:BASED_IN {id: 'pakistani-taliban--based-in--pakistan--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'pakistan-army'}), (b:Entity {id: 'pakistan-army-offensive'})
CREATE (a)-[:PARTY_TO {id: 'pakistan-army--party-to--pakistan-army-offensive--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', confidence: 'reported', attributedTo: 'Anatol Lieven', role: 'launched'}]->(b);

// line 7
MATCH (a:Entity {id: 'pakistan-army-offensive'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:TARGETED {id: 'pakistan-army-offensive--targeted--pakistani-taliban--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'pakistan-army-offensive'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:OCCURRED_IN {id: 'pakistan-army-offensive--occurred-in--pakistan--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'pakistan-army'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'pakistan-army--clashed-with--pakistani-taliban--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'international-fighters'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--international-fighters--doc-000', source: 'doc-000', quote: 'The second major element are international fighters in Afghanistan, often from the former Soviet Union: Chechens, Dagestanis, Uzbeks, together with some Arab fighters who fled from Iraq and Syria.', confidence: 'reported', attributedTo: 'Anatol Lieven', note: 'Lieven names no group: the fighters are Chechens, Dagestanis, Uzbeks and some Arab fighters who fled from Iraq and Syria.'}]->(b);

// line 7
MATCH (a:Entity {id: 'international-fighters'}), (b:Entity {id: 'former-soviet-union'})
CREATE (a)-[:BASED_IN {id: 'international-fighters--based-in--former-soviet-union--doc-000', source: 'doc-000', quote: 'The second major element are international fighters in Afghanistan, often from the former Soviet Union: Chechens, Dagestanis, Uzbeks, together with some Arab fighters who fled from Iraq and Syria.', confidence: 'reported', attributedTo: 'Anatol Lieven', note: '“often from the former Soviet Union”'}]->(b);

// line 7
MATCH (a:Entity {id: 'international-fighters'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'international-fighters--operates-in--afghanistan--doc-000', source: 'doc-000', quote: 'The second major element are international fighters in Afghanistan, often from the former Soviet Union: Chechens, Dagestanis, Uzbeks, together with some Arab fighters who fled from Iraq and Syria.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'international-fighters'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:BASED_IN {id: 'international-fighters--based-in--iraq-and-syria--doc-000', source: 'doc-000', quote: 'The second major element are international fighters in Afghanistan, often from the former Soviet Union: Chechens, Dagestanis, Uzbeks, together with some Arab fighters who fled from Iraq and Syria.', confidence: 'reported', attributedTo: 'Anatol Lieven', note: '“some Arab fighters who fled from Iraq and Syria”'}]->(b);

// line 7
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-000', source: 'doc-000', quote: 'The third element are defectors from the Afghan Taliban who defected for one reason or another, sometimes because they were angered by Taliban negotiations with the West or by Taliban promises not to support international jihad.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 7
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'the-west'})
CREATE (a)-[:NEGOTIATED_WITH {id: 'afghan-taliban--negotiated-with--the-west--doc-000', source: 'doc-000', quote: 'The third element are defectors from the Afghan Taliban who defected for one reason or another, sometimes because they were angered by Taliban negotiations with the West or by Taliban promises not to support international jihad.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// Where ISKP’s members carry on their campaigns, and what they use Afghanistan for.
// line 9
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'former-soviet-union'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--former-soviet-union--doc-000', source: 'doc-000', quote: 'They’ve always made that absolutely clear and indeed they have to be because their membership is made up of people who for obvious reasons are committed to continue the terror campaigns in the former Soviet Union and in Pakistan.', confidence: 'reported', attributedTo: 'Anatol Lieven', note: 'Its members are committed to continue terror campaigns there.'}]->(b);

// line 9
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--pakistan--doc-000', source: 'doc-000', quote: 'They’ve always made that absolutely clear and indeed they have to be because their membership is made up of people who for obvious reasons are committed to continue the terror campaigns in the former Soviet Union and in Pakistan.', confidence: 'reported', attributedTo: 'Anatol Lieven', note: 'Its members are committed to continue terror campaigns there.'}]->(b);

// line 11
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:OPERATES_IN {id: 'iskp--operates-in--afghanistan--doc-000', source: 'doc-000', quote: 'So, they are a variety of hard men, if you like, who really want to use Afghanistan as a base for international jihad.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// Rivalry and battles with the Afghan Taliban.
// line 11
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-000', source: 'doc-000', quote: 'There has been a very fierce rivalry between ISKP and the Afghan Taliban for power and major battles between them.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// line 11
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'iskp--clashed-with--afghan-taliban--doc-000', source: 'doc-000', quote: 'There has been a very fierce rivalry between ISKP and the Afghan Taliban for power and major battles between them.', confidence: 'reported', attributedTo: 'Anatol Lieven'}]->(b);

// What Lieven was told in Afghanistan: de facto cooperation against ISIS (ISKP in context).
// line 11
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'afghan-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-taliban--cooperated-with--afghan-forces--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', confidence: 'alleged', attributedTo: 'Anatol Lieven', note: 'Lieven passes on what he was told in Afghanistan; “against ISIS” means ISKP in the context of the interview.'}]->(b);

// line 11
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-taliban--cooperated-with--us-forces--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', confidence: 'alleged', attributedTo: 'Anatol Lieven', note: 'Lieven passes on what he was told in Afghanistan; “against ISIS” means ISKP in the context of the interview.'}]->(b);

// line 11
MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-forces--cooperated-with--us-forces--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', confidence: 'alleged', attributedTo: 'Anatol Lieven', note: 'Lieven passes on what he was told in Afghanistan; “against ISIS” means ISKP in the context of the interview.'}]->(b);

// line 11
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-taliban--clashed-with--iskp--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', confidence: 'alleged', attributedTo: 'Anatol Lieven', note: 'Lieven passes on what he was told in Afghanistan; “against ISIS” means ISKP in the context of the interview.'}]->(b);

// line 11
MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', confidence: 'alleged', attributedTo: 'Anatol Lieven', note: 'Lieven passes on what he was told in Afghanistan; “against ISIS” means ISKP in the context of the interview.'}]->(b);

// line 11
MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', confidence: 'alleged', attributedTo: 'Anatol Lieven', note: 'Lieven passes on what he was told in Afghanistan; “against ISIS” means ISKP in the context of the interview.'}]->(b);
