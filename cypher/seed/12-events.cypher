// Events: attacks, surrenders, deals, offensives, strikes, seizures of power, a founding. Every
// validFrom/validTo here is backed by a :Claim with the same date and precision in the 20-* files;
// an event without a date in the documents has none here.

CREATE (:Entity:Event {id: 'kabul-airport-attack', name: 'Kabul airport attack', aliases: ['Kabul airport attack', 'Kabul Blasts', 'Kabul attacks', 'airport attack'], category: 'attack', validFrom: date('2021-08-26'), validFromPrecision: 'day'});

CREATE (:Entity:Event {id: 'kabul-school-attack', name: 'Dasht-e-Barchi school attack', aliases: ['Dasht-e-Barchi school attack'], category: 'attack', validFrom: date('2021-05-01'), validFromPrecision: 'month'});

CREATE (:Entity:Event {id: 'kabul-maternity-ward-attack', name: 'Kabul maternity ward attack', aliases: ['Kabul maternity ward attack'], category: 'attack', validFrom: date('2020-01-01'), validFromPrecision: 'year'});

CREATE (:Entity:Event {id: 'attempt-on-us-envoy', name: 'Attempt on the top US envoy to Kabul', aliases: ['Attempt on the top US envoy to Kabul'], category: 'attempted-attack', validFrom: date('2021-01-01'), validFromPrecision: 'month'});

CREATE (:Entity:Event {id: 'iskp-surrender', name: 'Surrender of ISIS-K fighters to the Afghan government', aliases: ['Surrender of ISIS-K fighters to the Afghan government'], category: 'surrender', validFrom: date('2019-01-01'), validFromPrecision: 'year', validTo: date('2020-12-31'), validToPrecision: 'year'});

CREATE (:Entity:Event {id: 'iskp-founding', name: 'Founding of ISIS-K', aliases: ['Founding of ISIS-K'], category: 'founding', validFrom: date('2015-01-01'), validFromPrecision: 'month'});

CREATE (:Entity:Event {id: 'taliban-us-deal', name: 'Taliban deal with the United States', aliases: ['Taliban deal with the United States', 'Taliban’s deal with Washington'], category: 'deal'});

CREATE (:Entity:Event {id: 'us-withdrawal', name: 'US withdrawal from Afghanistan', aliases: ['US withdrawal from Afghanistan', 'US withdrawal'], category: 'withdrawal'});

CREATE (:Entity:Event {id: 'taliban-seizure-of-power', name: 'Taliban seizure of power', aliases: ['Taliban seizure of power', 'Taliban’s return', 'Taliban’s rise to power'], category: 'seizure-of-power', validFrom: date('2021-08-01'), validFromPrecision: 'month'});

CREATE (:Entity:Event {id: 'pakistan-army-offensive', name: 'Pakistan army offensive', aliases: ['Pakistan army offensive'], category: 'offensive'});

CREATE (:Entity:Event {id: 'us-drone-strike', name: 'US drone strike in response to the airport attack', aliases: ['US drone strike in response to the airport attack'], category: 'airstrike', validFrom: date('2021-08-01'), validFromPrecision: 'month'});

CREATE (:Entity:Event {id: 'coalition-airstrike-2018', name: 'Coalition airstrike on an Isis-K position (2018)', aliases: ['Coalition airstrike on an Isis-K position (2018)'], category: 'airstrike', validFrom: date('2018-01-01'), validFromPrecision: 'year'});

CREATE (:Entity:Event {id: 'isis-caliphate-declaration', name: 'Isis seizes territory in Iraq and Syria and declares a caliphate', aliases: ['Isis seizes territory in Iraq and Syria and declares a caliphate'], category: 'seizure-of-power', validFrom: date('2014-01-01'), validFromPrecision: 'year'});
