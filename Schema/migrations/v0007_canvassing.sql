-- Canvassing: the electoral register (editions, people carried across them, households and
-- electors), append-only contact attempts with maintained tallies, and turnout.
-- The register may be used only for electoral purposes (RPR 2001 regs 102-108, 115). Anonymous
-- entries (marker N, SI 2001/497 reg 41A) are stored without name or address.

CREATE TABLE registerEdition (
    id INTEGER PRIMARY KEY,
    -- Register years, e.g. '2026-27'; sorts in time order.
    name TEXT NOT NULL UNIQUE CHECK (name GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    importedAt TEXT NOT NULL
) STRICT;

-- A person as the party follows them from one edition to the next (matched on name and
-- address), so canvass history survives the annual re-numbering.
CREATE TABLE registerPerson (
    id INTEGER PRIMARY KEY,
    createdAt TEXT NOT NULL
) STRICT;

-- One address in one edition.
CREATE TABLE household (
    id INTEGER PRIMARY KEY,
    editionId INTEGER NOT NULL REFERENCES registerEdition (id) ON DELETE CASCADE,
    householdKey TEXT NOT NULL,
    ward TEXT,
    pollingDistrict TEXT NOT NULL,
    postcode TEXT,
    street TEXT NOT NULL,
    -- The address as one line for lists.
    address TEXT NOT NULL,
    -- Sorts households in walking order (street, odd side up, even side down, flats).
    walkKey TEXT NOT NULL,
    UNIQUE (editionId, householdKey)
) STRICT;

CREATE INDEX household_on_editionId_walkKey ON household (editionId, walkKey);

CREATE TABLE elector (
    id INTEGER PRIMARY KEY,
    editionId INTEGER NOT NULL REFERENCES registerEdition (id) ON DELETE CASCADE,
    personId INTEGER NOT NULL REFERENCES registerPerson (id),
    householdId INTEGER REFERENCES household (id),
    pollingDistrict TEXT NOT NULL CHECK (length(pollingDistrict) BETWEEN 1 AND 6),
    number INTEGER NOT NULL CHECK (number BETWEEN 0 AND 999999),
    -- 0 when the elector has no /suffix.
    suffix INTEGER NOT NULL DEFAULT 0 CHECK (suffix BETWEEN 0 AND 999),
    -- Franchise marker letters as printed, e.g. 'G' or 'FZ'.
    markers TEXT NOT NULL DEFAULT '',
    isAnonymous INTEGER NOT NULL CHECK (isAnonymous IN (0, 1)),
    surname TEXT,
    forename TEXT,
    -- Attainers: the day they come of age.
    attainsOn TEXT CHECK (attainsOn IS NULL OR attainsOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ward TEXT,
    -- surname|forename|household key, lower case: how the next edition finds this person.
    personKey TEXT,
    absentVote TEXT CHECK (absentVote IN ('postal', 'proxy', 'proxy-postal')),
    -- Set by a monthly alteration that deletes the elector; the row stays for history.
    deletedOn TEXT CHECK (deletedOn IS NULL OR deletedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    UNIQUE (editionId, pollingDistrict, number, suffix),
    CHECK (isAnonymous = 0 OR (surname IS NULL AND forename IS NULL AND householdId IS NULL AND personKey IS NULL))
) STRICT;

CREATE INDEX elector_on_editionId_personKey ON elector (editionId, personKey);
CREATE INDEX elector_on_householdId ON elector (householdId);
CREATE INDEX elector_on_personId ON elector (personId);

-- Contact attempts: append-only events. The id is a UUID made where the attempt was recorded,
-- so a resent attempt is stored once (INSERT ... ON CONFLICT DO NOTHING). Current state per
-- person is derived from these rows and never overwritten.
CREATE TABLE canvassAttempt (
    id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    seq INTEGER PRIMARY KEY,
    personId INTEGER NOT NULL REFERENCES registerPerson (id),
    electorId INTEGER NOT NULL REFERENCES elector (id),
    ward TEXT NOT NULL DEFAULT '',
    pollingDistrict TEXT NOT NULL,
    attemptedOn TEXT NOT NULL CHECK (attemptedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    canvasser TEXT NOT NULL CHECK (length(canvasser) > 0),
    method TEXT NOT NULL CHECK (method IN ('door', 'phone', 'street-stall', 'text')),
    outcome TEXT NOT NULL CHECK (outcome IN ('spoke', 'not-in', 'refused', 'moved', 'deceased',
        'inaccessible', 'come-back', 'do-not-contact')),
    support INTEGER CHECK (support BETWEEN 1 AND 10),
    intention TEXT,
    previousVote TEXT,
    -- Comma-separated codes, e.g. 'housing,jobs'.
    issues TEXT NOT NULL DEFAULT '',
    message TEXT,
    asks TEXT NOT NULL DEFAULT '',
    notes TEXT,
    recordedAt TEXT NOT NULL,
    recordedBy TEXT NOT NULL,
    CHECK (outcome = 'spoke' OR (support IS NULL AND intention IS NULL AND message IS NULL AND issues = ''))
) STRICT;

CREATE INDEX canvassAttempt_on_personId_attemptedOn ON canvassAttempt (personId, attemptedOn);

-- Counts maintained with every new attempt, so `canvass summary` reads a few thousand rows
-- instead of scanning millions. dimension is outcome, method, canvasser, support, intention,
-- message or issue; hits counts contacts (outcome, method, canvasser) or supporters (message).
-- attemptedOn '' holds the all-time totals, so a summary without --since reads one row per district
-- and answer. Derived data: it can always be rebuilt from canvassAttempt.
CREATE TABLE canvassTally (
    attemptedOn TEXT NOT NULL,
    ward TEXT NOT NULL,
    pollingDistrict TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('outcome', 'method', 'canvasser', 'support', 'intention',
        'message', 'issue')),
    value TEXT NOT NULL,
    attempts INTEGER NOT NULL CHECK (attempts >= 0),
    hits INTEGER NOT NULL CHECK (hits >= 0 AND hits <= attempts),
    PRIMARY KEY (attemptedOn, ward, pollingDistrict, dimension, value)
) STRICT, WITHOUT ROWID;

-- Who voted, from telling on polling day or the marked register afterwards: turnout history.
CREATE TABLE turnout (
    id INTEGER PRIMARY KEY,
    personId INTEGER NOT NULL REFERENCES registerPerson (id),
    electorId INTEGER NOT NULL REFERENCES elector (id),
    pollOn TEXT NOT NULL CHECK (pollOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT NOT NULL CHECK (source IN ('telling', 'marked-register')),
    recordedAt TEXT NOT NULL,
    UNIQUE (electorId, pollOn)
) STRICT;

CREATE INDEX turnout_on_personId ON turnout (personId);
