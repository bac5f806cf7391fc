// Places: regions, countries, provinces, cities, districts and facilities named in the documents.
// How they nest (PART_OF, PARTLY_IN) is stated, with its source, in the 2x-* files.

CREATE (:Entity:Place {id: 'khorasan', name: 'Khorasan', aliases: ['Khorasan'], category: 'region'});

CREATE (:Entity:Place {id: 'afghanistan', name: 'Afghanistan', aliases: ['Afghanistan'], category: 'country'});

CREATE (:Entity:Place {id: 'pakistan', name: 'Pakistan', aliases: ['Pakistan'], category: 'country'});

CREATE (:Entity:Place {id: 'pakistan-tribal-areas', name: 'Pakistan’s tribal areas', aliases: ['Pakistan’s tribal areas'], category: 'region'});

CREATE (:Entity:Place {id: 'nangarhar', name: 'Nangarhar', aliases: ['Nangarhar'], category: 'province'});

CREATE (:Entity:Place {id: 'tora-bora', name: 'Tora Bora', aliases: ['Tora Bora', 'Tora Bora area'], category: 'district'});

CREATE (:Entity:Place {id: 'kabul', name: 'Kabul', aliases: ['Kabul'], category: 'city'});

CREATE (:Entity:Place {id: 'kabul-airport', name: 'Kabul airport', aliases: ['Kabul airport', 'Kabul’s airport'], category: 'facility'});

CREATE (:Entity:Place {id: 'dasht-e-barchi', name: 'Dasht-e-Barchi', aliases: ['Dasht-e-Barchi'], category: 'district'});

CREATE (:Entity:Place {id: 'iraq-and-syria', name: 'Iraq and Syria', aliases: ['Iraq and Syria'], category: 'region'});

CREATE (:Entity:Place {id: 'middle-east', name: 'Middle East', aliases: ['Middle East'], category: 'region'});

CREATE (:Entity:Place {id: 'gulf-countries', name: 'Gulf countries', aliases: ['Gulf countries'], category: 'region'});

CREATE (:Entity:Place {id: 'qatar', name: 'Qatar', aliases: ['Qatar'], category: 'country'});

CREATE (:Entity:Place {id: 'kuwait', name: 'Kuwait', aliases: ['Kuwait'], category: 'country'});

CREATE (:Entity:Place {id: 'saudi-arabia', name: 'Saudi Arabia', aliases: ['Saudi Arabia'], category: 'country'});

CREATE (:Entity:Place {id: 'central-asia', name: 'Central Asia', aliases: ['Central Asia', 'central Asia'], category: 'region'});

CREATE (:Entity:Place {id: 'south-asia', name: 'South Asia', aliases: ['South Asia'], category: 'region'});

CREATE (:Entity:Place {id: 'iran', name: 'Iran', aliases: ['Iran'], category: 'country'});

CREATE (:Entity:Place {id: 'india', name: 'India', aliases: ['India'], category: 'country'});

CREATE (:Entity:Place {id: 'russia', name: 'Russia', aliases: ['Russia'], category: 'country'});

// "the former Soviet Union" (doc-000) names today's post-Soviet region, which exists: the place has no
// end date; the state that ceased to exist is not a node.
CREATE (:Entity:Place {id: 'former-soviet-union', name: 'former Soviet Union', aliases: ['former Soviet Union'], category: 'region'});
