// Groups: militant groups, criminal networks, state forces, states, coalitions and donors named in
// the four documents. `aliases` holds every name the documents use for the group (the name too);
// `category` is an editorial classification. ISKP's founding date is backed by claims in 21-*.
// Only groups the documents name are nodes: pools of fighters with no group named (Lieven's
// "international fighters in Afghanistan") are recorded by where they come from
// (DRAWS_MEMBERS_FROM a place), not as an invented group.

CREATE (:Entity:Group {id: 'iskp', name: 'Islamic State Khorasan Province', aliases: ['Islamic State Khorasan Province', 'ISIS-K', 'ISKP', 'ISK', 'Isis-K', 'Islamic State in the Khorasan Province', 'Islamic State Khorasan'], category: 'militant-group', validFrom: date('2015-01-01'), validFromPrecision: 'month'});

CREATE (:Entity:Group {id: 'islamic-state', name: 'Islamic State', aliases: ['Islamic State', 'ISIS', 'Isis', 'Islamic State group', 'Islamic State movement', 'Islamic State core leadership', 'self-proclaimed Islamic State'], category: 'militant-group'});

CREATE (:Entity:Group {id: 'afghan-taliban', name: 'Afghan Taliban', aliases: ['Afghan Taliban', 'Taliban', 'Taliban leadership'], category: 'militant-group'});

CREATE (:Entity:Group {id: 'pakistani-taliban', name: 'Tehrik-i-Taliban Pakistan', aliases: ['Tehrik-i-Taliban Pakistan', 'Pakistani Taliban'], category: 'militant-group'});

CREATE (:Entity:Group {id: 'haqqani-network', name: 'Haqqani network', aliases: ['Haqqani network', 'Haqqanis'], category: 'criminal-network'});

CREATE (:Entity:Group {id: 'al-qaeda', name: 'al-Qaeda', aliases: ['al-Qaeda', 'al-Qaida'], category: 'militant-group'});

CREATE (:Entity:Group {id: 'al-qaeda-pakistan-branch', name: 'al-Qaeda’s Pakistan branch', aliases: ['al-Qaeda’s Pakistan branch'], category: 'militant-group'});

CREATE (:Entity:Group {id: 'islamic-movement-of-uzbekistan', name: 'Islamic Movement of Uzbekistan', aliases: ['Islamic Movement of Uzbekistan'], category: 'militant-group'});

CREATE (:Entity:Group {id: 'afghan-government', name: 'Afghan government', aliases: ['Afghan government'], category: 'state'});

CREATE (:Entity:Group {id: 'afghan-forces', name: 'Afghan government forces', aliases: ['Afghan government forces', 'Afghan security forces', 'Afghan forces', 'Afghan partners'], category: 'state-force'});

CREATE (:Entity:Group {id: 'united-states', name: 'United States', aliases: ['United States', 'US', 'U.S.', 'America', 'Washington'], category: 'state'});

CREATE (:Entity:Group {id: 'us-forces', name: 'US forces', aliases: ['US forces', 'US Air Force', 'US Marines', 'American soldiers', 'American troops'], category: 'state-force'});

CREATE (:Entity:Group {id: 'us-led-coalition', name: 'US-led coalition', aliases: ['US-led coalition', 'coalition'], category: 'coalition'});

CREATE (:Entity:Group {id: 'the-west', name: 'the West', aliases: ['the West'], category: 'coalition'});

CREATE (:Entity:Group {id: 'pakistan-army', name: 'Pakistan army', aliases: ['Pakistan army'], category: 'state-force'});

CREATE (:Entity:Group {id: 'gulf-donors', name: 'donors in Gulf countries', aliases: ['donors in Gulf countries', 'various donors'], category: 'donors'});
