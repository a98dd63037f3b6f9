-- Councils, wards, parties, councillors and their history: party affiliation as dated periods
-- (never a field, so "who sat for whom on 1 May 2022" has one answer), offices, contact consent,
-- defections and casual vacancies. Vacancy deadlines are derived, never stored.

-- Parties councillors sit for. "Ours" is the setting party.short_name, not a row flag.
CREATE TABLE party (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
    shortName TEXT NOT NULL UNIQUE CHECK (shortName GLOB '[a-z0-9]*' AND shortName NOT GLOB '*[^a-z0-9-]*'),
    colour TEXT CHECK (colour IS NULL OR colour GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    createdAt TEXT NOT NULL
) STRICT;

INSERT INTO party (name, shortName, colour, createdAt) VALUES
    ('Conservative and Unionist Party', 'con', '#0087DC', '2026-01-01 00:00:00.000'),
    ('Labour Party', 'lab', '#E4003B', '2026-01-01 00:00:00.000'),
    ('Liberal Democrats', 'ld', '#FAA61A', '2026-01-01 00:00:00.000'),
    ('Green Party', 'green', '#02A95B', '2026-01-01 00:00:00.000'),
    ('Reform UK', 'reform', '#12B6CF', '2026-01-01 00:00:00.000'),
    ('Scottish National Party', 'snp', '#FDF38E', '2026-01-01 00:00:00.000'),
    ('Plaid Cymru', 'pc', '#005B54', '2026-01-01 00:00:00.000'),
    ('Scottish Green Party', 'sgp', '#00B140', '2026-01-01 00:00:00.000'),
    ('Democratic Unionist Party', 'dup', '#D46A4C', '2026-01-01 00:00:00.000'),
    ('Sinn Féin', 'sf', '#326760', '2026-01-01 00:00:00.000'),
    ('Alliance Party', 'alliance', '#F6CB2F', '2026-01-01 00:00:00.000'),
    ('Social Democratic and Labour Party', 'sdlp', '#2AA82C', '2026-01-01 00:00:00.000'),
    ('Ulster Unionist Party', 'uup', '#48A5EE', '2026-01-01 00:00:00.000'),
    ('Independent', 'ind', '#DDDDDD', '2026-01-01 00:00:00.000');

CREATE TABLE council (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    tier TEXT NOT NULL CHECK (tier IN ('parish', 'district', 'county', 'unitary', 'metropolitan-borough',
        'london-borough', 'scottish-council', 'welsh-principal', 'combined-authority')),
    nation TEXT NOT NULL CHECK (nation IN ('england', 'wales', 'scotland', 'northern-ireland')),
    -- ONS GSS code, e.g. E07000123.
    areaCode TEXT,
    nextOrdinaryElection TEXT CHECK (nextOrdinaryElection IS NULL
        OR nextOrdinaryElection GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    UNIQUE (name, tier)
) STRICT;

CREATE TABLE ward (
    id INTEGER PRIMARY KEY,
    councilId INTEGER NOT NULL REFERENCES council (id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
    seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 20),
    UNIQUE (councilId, name)
) STRICT;

-- One seat held by one person: a person on a parish and a district council is two rows, each
-- with its own history (linked by memberId when they are a member).
CREATE TABLE councillor (
    id INTEGER PRIMARY KEY,
    councilId INTEGER NOT NULL REFERENCES council (id) ON DELETE RESTRICT,
    wardId INTEGER NOT NULL REFERENCES ward (id) ON DELETE RESTRICT,
    memberId INTEGER REFERENCES member (id) ON DELETE SET NULL,
    name TEXT NOT NULL CHECK (length(name) > 0),
    electedOn TEXT NOT NULL CHECK (electedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    termEndsOn TEXT CHECK (termEndsOn IS NULL OR termEndsOn >= electedOn),
    email TEXT,
    phone TEXT,
    -- The day the seat fell vacant (the vacancy notice).
    leftOn TEXT CHECK (leftOn IS NULL OR leftOn >= electedOn),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;

CREATE INDEX councillor_on_councilId ON councillor (councilId);
CREATE INDEX councillor_on_memberId ON councillor (memberId);

-- Periods [startedOn, endedOn): endedOn is the first day the councillor sat for the next party.
CREATE TABLE affiliation (
    id INTEGER PRIMARY KEY,
    councillorId INTEGER NOT NULL REFERENCES councillor (id) ON DELETE CASCADE,
    partyId INTEGER NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
    startedOn TEXT NOT NULL CHECK (startedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    endedOn TEXT CHECK (endedOn IS NULL OR endedOn > startedOn),
    UNIQUE (councillorId, startedOn)
) STRICT;

-- At most one open period per councillor.
CREATE UNIQUE INDEX affiliation_on_councillorId_open ON affiliation (councillorId) WHERE endedOn IS NULL;
CREATE INDEX affiliation_on_partyId ON affiliation (partyId);

CREATE TABLE councillorOffice (
    id INTEGER PRIMARY KEY,
    councillorId INTEGER NOT NULL REFERENCES councillor (id) ON DELETE CASCADE,
    office TEXT NOT NULL CHECK (office IN ('mayor', 'deputy-mayor', 'chair', 'leader', 'cabinet-member',
        'group-leader')),
    startedOn TEXT NOT NULL,
    endedOn TEXT CHECK (endedOn IS NULL OR endedOn >= startedOn),
    note TEXT
) STRICT;

CREATE INDEX councillorOffice_on_councillorId ON councillorOffice (councillorId);

-- Consent history, as for members: appended, never updated.
CREATE TABLE councillorConsent (
    id INTEGER PRIMARY KEY,
    councillorId INTEGER NOT NULL REFERENCES councillor (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'sms', 'post')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    recordedOn TEXT NOT NULL,
    method TEXT,
    recordedBy TEXT NOT NULL
) STRICT;

CREATE INDEX councillorConsent_on_councillorId ON councillorConsent (councillorId);

CREATE TABLE defection (
    id INTEGER PRIMARY KEY,
    councillorId INTEGER NOT NULL REFERENCES councillor (id) ON DELETE CASCADE,
    fromPartyId INTEGER NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
    toPartyId INTEGER NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
    effectiveOn TEXT NOT NULL CHECK (effectiveOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    announcedOn TEXT CHECK (announcedOn IS NULL OR announcedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note TEXT,
    source TEXT,
    createdAt TEXT NOT NULL,
    CHECK (fromPartyId != toPartyId)
) STRICT;

CREATE INDEX defection_on_effectiveOn ON defection (effectiveOn);
CREATE INDEX defection_on_councillorId ON defection (councillorId);

CREATE TABLE casualVacancy (
    id INTEGER PRIMARY KEY,
    councillorId INTEGER NOT NULL UNIQUE REFERENCES councillor (id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason IN ('resignation', 'death', 'disqualification', 'non-attendance')),
    noticeOn TEXT NOT NULL CHECK (noticeOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    requestedOn TEXT CHECK (requestedOn IS NULL OR requestedOn >= noticeOn),
    electionId INTEGER REFERENCES election (id) ON DELETE SET NULL,
    note TEXT,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;
