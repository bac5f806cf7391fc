// Facts from doc-000: the interview with Anatol Lieven, "On the End in Afghanistan"
// (000_d5be42afd2496388.txt). `paragraph` is the line of the document the quote stands on.
// Lieven speaks unless attributedTo says otherwise. Reliability: Anatol Lieven, a named analyst
// speaking in his field, 'B'; WC, the interviewer (the document's own voice), 'C'.
// cypher/AUDIT.md says, fact by fact, what was kept, changed, removed or added and why.

// The interviewer (WC) names ISKP as the people who launched the airport attack.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'kabul-airport-attack'})
CREATE (a)-[:CARRIED_OUT {id: 'iskp--carried-out--kabul-airport-attack--doc-000', source: 'doc-000', quote: 'Let’s begin with the people who launched the suicide attack on the airport on August 26th.', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'WC (interviewer)', note: 'The next sentence names them: “Who is the Islamic State in the Khorasan Province or ISKP?”'}]->(b);

// "the suicide attack on the airport": the airport is what was attacked. Which airport is not
// said in this sentence; the interview is about Kabul (the attack of August 26th).
MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Entity {id: 'kabul-airport'})
CREATE (a)-[:TARGETED {id: 'kabul-airport-attack--targeted--kabul-airport--doc-000', source: 'doc-000', quote: 'Let’s begin with the people who launched the suicide attack on the airport on August 26th.', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'WC (interviewer)', note: '“the suicide attack on the airport”: the document says “the airport” only; it is the airport of the attack of August 26th.'}]->(b);

MATCH (e:Entity {id: 'kabul-airport-attack'})
CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'kabul-airport-attack--attack-method--doc-000', property: 'attack-method', valueText: 'suicide attack', refersTo: 'how the airport attack was carried out', source: 'doc-000', quote: 'Let’s begin with the people who launched the suicide attack on the airport on August 26th.', paragraph: 3, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C', attributedTo: 'WC (interviewer)'});

// Lieven denies that ISKP is an offshoot of ISIS or was founded or is led by Arabs from the
// Middle East. A denial is kept as a denied fact: never drawn or traversed as if it held.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'islamic-state'})
CREATE (a)-[:OFFSHOOT_OF {id: 'iskp--offshoot-of--islamic-state--doc-000', source: 'doc-000', quote: 'So they’re not, in that sense, an offshoot of ISIS.', paragraph: 5, stance: 'denied', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: 'Lieven goes on: “Instead, they’re one of these local movements which has taken the name of ISIS.”'}]->(b);

// What Lieven denies is where ISKP's founders and leaders came from (people, no group): that is
// DRAWS_MEMBERS_FROM, not BASED_IN (he says nothing about where ISKP is based).
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'middle-east'})
CREATE (a)-[:DRAWS_MEMBERS_FROM {id: 'iskp--draws-members-from--middle-east--doc-000', source: 'doc-000', quote: 'I mean ISKP was not founded by and their leadership is not made up of Arabs who’ve moved to Afghanistan from the Middle East.', paragraph: 5, stance: 'denied', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: 'Denied for ISKP’s founders and leadership only. Lieven does count “some Arab fighters who fled from Iraq and Syria” among its members (line 7, `iskp--draws-members-from--iraq-and-syria--doc-000`).'}]->(b);

// The three main elements ISKP is made up of.
// The first: militants "belonging to the Pakistani Taliban" - Lieven does not say they left it, so
// the members are drawn from the Pakistani Taliban, not defectors from it.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:DRAWS_MEMBERS_FROM {id: 'iskp--draws-members-from--pakistani-taliban--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: '“militants belonging to the Pakistani Taliban”: Lieven does not say they left it (contrast the third element, “defectors from the Afghan Taliban”).'}]->(b);

MATCH (a:Entity {id: 'pakistani-taliban'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:BASED_IN {id: 'pakistani-taliban--based-in--pakistan--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: '“Pakistani … militants”, their rebellion “in Pakistan”.'}]->(b);

MATCH (a:Entity {id: 'pakistan-army'}), (b:Entity {id: 'pakistan-army-offensive'})
CREATE (a)-[:PARTY_TO {id: 'pakistan-army--party-to--pakistan-army-offensive--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', role: 'launched', note: '“in recent years”: no date given.'}]->(b);

MATCH (a:Entity {id: 'pakistan-army-offensive'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:TARGETED {id: 'pakistan-army-offensive--targeted--pakistani-taliban--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: 'The offensive “to crush the rebellion in Pakistan” drove the Pakistani Taliban’s militants over the border.'}]->(b);

MATCH (a:Entity {id: 'pakistan-army-offensive'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:OCCURRED_IN {id: 'pakistan-army-offensive--occurred-in--pakistan--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven'}]->(b);

MATCH (a:Entity {id: 'pakistan-army'}), (b:Entity {id: 'pakistani-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'pakistan-army--clashed-with--pakistani-taliban--doc-000', source: 'doc-000', quote: 'The first are Pakistani, mainly Pashtun militants belonging to the Pakistani Taliban who were driven over the border back into Afghanistan by the Pakistan army when it launched its offensive to crush the rebellion in Pakistan in recent years.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven'}]->(b);

// The second element: "international fighters in Afghanistan", a pool with no group named. Their
// origins are places, so ISKP draws members from those places (no invented "group" node).
// "the former Soviet Union" names today's post-Soviet region, where the fighters come from now.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'former-soviet-union'})
CREATE (a)-[:DRAWS_MEMBERS_FROM {id: 'iskp--draws-members-from--former-soviet-union--doc-000', source: 'doc-000', quote: 'The second major element are international fighters in Afghanistan, often from the former Soviet Union: Chechens, Dagestanis, Uzbeks, together with some Arab fighters who fled from Iraq and Syria.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', override: 'former: “the former Soviet Union” names the post-Soviet region the fighters come from; the fact itself is not past', note: '“often from the former Soviet Union: Chechens, Dagestanis, Uzbeks”. Lieven names no group.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'iraq-and-syria'})
CREATE (a)-[:DRAWS_MEMBERS_FROM {id: 'iskp--draws-members-from--iraq-and-syria--doc-000', source: 'doc-000', quote: 'The second major element are international fighters in Afghanistan, often from the former Soviet Union: Chechens, Dagestanis, Uzbeks, together with some Arab fighters who fled from Iraq and Syria.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', override: 'former: “the former Soviet Union” names the post-Soviet region; this fact is about the Arab fighters from Iraq and Syria, and is not past', note: '“some Arab fighters who fled from Iraq and Syria”. Lieven names no group.'}]->(b);

// The third element: defectors from the Afghan Taliban.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:DEFECTED_FROM {id: 'iskp--defected-from--afghan-taliban--doc-000', source: 'doc-000', quote: 'The third element are defectors from the Afghan Taliban who defected for one reason or another, sometimes because they were angered by Taliban negotiations with the West or by Taliban promises not to support international jihad.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', override: 'denial-words: “not” belongs to the Taliban’s promises “not to support international jihad”, not to the defection'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'the-west'})
CREATE (a)-[:NEGOTIATED_WITH {id: 'afghan-taliban--negotiated-with--the-west--doc-000', source: 'doc-000', quote: 'The third element are defectors from the Afghan Taliban who defected for one reason or another, sometimes because they were angered by Taliban negotiations with the West or by Taliban promises not to support international jihad.', paragraph: 7, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', override: 'denial-words: “not” belongs to the Taliban’s promises “not to support international jihad”, not to the negotiations'}]->(b);

// What ISKP's members are committed to: an aim, not a record of attacks by ISKP.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'former-soviet-union'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--former-soviet-union--doc-000', source: 'doc-000', quote: 'They’ve always made that absolutely clear and indeed they have to be because their membership is made up of people who for obvious reasons are committed to continue the terror campaigns in the former Soviet Union and in Pakistan.', paragraph: 9, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', override: 'former: “the former Soviet Union” names the post-Soviet region; the commitment is present', note: 'A commitment of ISKP’s members (“committed to continue the terror campaigns”), not an attack by ISKP. Lieven does not say whose the campaigns so far were.'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'pakistan'})
CREATE (a)-[:TARGETED {id: 'iskp--targeted--pakistan--doc-000', source: 'doc-000', quote: 'They’ve always made that absolutely clear and indeed they have to be because their membership is made up of people who for obvious reasons are committed to continue the terror campaigns in the former Soviet Union and in Pakistan.', paragraph: 9, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', override: 'former: “the former Soviet Union” is another place in the quote; this fact is about Pakistan and is present', note: 'A commitment of ISKP’s members (“committed to continue the terror campaigns”), not an attack by ISKP. Lieven does not say whose the campaigns so far were.'}]->(b);

// "really want to use Afghanistan as a base": an aim to be based there. Lieven does not say here
// that ISKP operates in Afghanistan.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghanistan'})
CREATE (a)-[:BASED_IN {id: 'iskp--based-in--afghanistan--doc-000', source: 'doc-000', quote: 'So, they are a variety of hard men, if you like, who really want to use Afghanistan as a base for international jihad.', paragraph: 11, stance: 'asserted', modality: 'intended', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: '“really want to use Afghanistan as a base for international jihad”: a wish, not a statement that ISKP is based there.'}]->(b);

// Rivalry and battles with the Afghan Taliban.
MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:RIVAL_OF {id: 'iskp--rival-of--afghan-taliban--doc-000', source: 'doc-000', quote: 'There has been a very fierce rivalry between ISKP and the Afghan Taliban for power and major battles between them.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven'}]->(b);

MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'afghan-taliban'})
CREATE (a)-[:CLASHED_WITH {id: 'iskp--clashed-with--afghan-taliban--doc-000', source: 'doc-000', quote: 'There has been a very fierce rivalry between ISKP and the Afghan Taliban for power and major battles between them.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'B', attributedTo: 'Anatol Lieven', note: '“major battles between them”'}]->(b);

// What Lieven was told in Afghanistan: de facto cooperation against ISIS (ISKP in context). He
// passes it on ("I was told"): alleged. "there had been": before his last visit, not at the
// interview's date, so past.
MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'afghan-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-taliban--cooperated-with--afghan-forces--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Anatol Lieven', tense: 'past', note: 'Lieven passes on what he was told on his last visit to Afghanistan (undated); “there had been”: before that visit. “against ISIS” means ISKP in the context of the interview.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-taliban--cooperated-with--us-forces--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Anatol Lieven', tense: 'past', note: 'Lieven passes on what he was told on his last visit to Afghanistan (undated); “there had been”: before that visit. “against ISIS” means ISKP in the context of the interview.'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'us-forces'})
CREATE (a)-[:COOPERATED_WITH {id: 'afghan-forces--cooperated-with--us-forces--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Anatol Lieven', tense: 'past', note: 'Lieven passes on what he was told on his last visit to Afghanistan (undated); “there had been”: before that visit. “against ISIS” means ISKP in the context of the interview.'}]->(b);

MATCH (a:Entity {id: 'afghan-taliban'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-taliban--clashed-with--iskp--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Anatol Lieven', tense: 'past', note: 'Lieven passes on what he was told on his last visit to Afghanistan (undated); “there had been”: before that visit. “against ISIS” means ISKP in the context of the interview.'}]->(b);

MATCH (a:Entity {id: 'afghan-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'afghan-forces--clashed-with--iskp--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Anatol Lieven', tense: 'past', note: 'Lieven passes on what he was told on his last visit to Afghanistan (undated); “there had been”: before that visit. “against ISIS” means ISKP in the context of the interview.'}]->(b);

MATCH (a:Entity {id: 'us-forces'}), (b:Entity {id: 'iskp'})
CREATE (a)-[:CLASHED_WITH {id: 'us-forces--clashed-with--iskp--doc-000', source: 'doc-000', quote: 'And in fact when I was last in Afghanistan, I was told that there had been de facto cooperation between the Taliban, the Afghan government forces, and the US Air Force against ISIS.', paragraph: 11, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'B', attributedTo: 'Anatol Lieven', tense: 'past', note: 'Lieven passes on what he was told on his last visit to Afghanistan (undated); “there had been”: before that visit. “against ISIS” means ISKP in the context of the interview.'}]->(b);
