-- Canvassing and personal data: erasure and retention for the electoral register.
--
-- 1. An elector the party has been asked to erase stays in its copy of the register (the
--    council's data, RPR 2001 regs 102-108: the party may not alter it), marked excluded: left
--    off walk and knock-up lists and never canvassed, until the next edition supersedes it.
-- 2. A superseded register edition can be deleted (storage limitation, UK GDPR Art. 5(1)(e);
--    EC guidance: destroy register copies once no longer needed) while canvass history and
--    turnout survive through registerPerson: their electorId becomes NULL when its edition goes,
--    instead of the foreign key blocking the deletion. SQLite cannot change a column's foreign
--    key in place, so both tables are rebuilt with their rows and indexes (GRDB runs a migration
--    with foreign key checks deferred).

ALTER TABLE elector ADD COLUMN excludedOn TEXT
    CHECK (excludedOn IS NULL OR excludedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

CREATE TABLE canvassAttemptNew (
    id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    seq INTEGER PRIMARY KEY,
    personId INTEGER NOT NULL REFERENCES registerPerson (id),
    -- The elector in the edition the attempt was made against; NULL once that edition is deleted.
    electorId INTEGER REFERENCES elector (id) ON DELETE SET NULL,
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
    issues TEXT NOT NULL DEFAULT '',
    message TEXT,
    asks TEXT NOT NULL DEFAULT '',
    notes TEXT,
    recordedAt TEXT NOT NULL,
    recordedBy TEXT NOT NULL,
    CHECK (outcome = 'spoke' OR (support IS NULL AND intention IS NULL AND message IS NULL AND issues = ''))
) STRICT;

INSERT INTO canvassAttemptNew (id, seq, personId, electorId, ward, pollingDistrict, attemptedOn, canvasser, method,
    outcome, support, intention, previousVote, issues, message, asks, notes, recordedAt, recordedBy)
SELECT id, seq, personId, electorId, ward, pollingDistrict, attemptedOn, canvasser, method,
    outcome, support, intention, previousVote, issues, message, asks, notes, recordedAt, recordedBy
FROM canvassAttempt;

DROP TABLE canvassAttempt;
ALTER TABLE canvassAttemptNew RENAME TO canvassAttempt;
CREATE INDEX canvassAttempt_on_personId_attemptedOn ON canvassAttempt (personId, attemptedOn);
-- Deleting an edition's electors looks their attempts up by electorId.
CREATE INDEX canvassAttempt_on_electorId ON canvassAttempt (electorId);
-- The notes retention sweep finds old notes without a scan.
CREATE INDEX canvassAttempt_on_attemptedOn_notes ON canvassAttempt (attemptedOn) WHERE notes IS NOT NULL;

CREATE TABLE turnoutNew (
    id INTEGER PRIMARY KEY,
    personId INTEGER NOT NULL REFERENCES registerPerson (id),
    electorId INTEGER REFERENCES elector (id) ON DELETE SET NULL,
    pollOn TEXT NOT NULL CHECK (pollOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT NOT NULL CHECK (source IN ('telling', 'marked-register')),
    recordedAt TEXT NOT NULL,
    UNIQUE (electorId, pollOn)
) STRICT;

INSERT INTO turnoutNew (id, personId, electorId, pollOn, source, recordedAt)
SELECT id, personId, electorId, pollOn, source, recordedAt FROM turnout;

DROP TABLE turnout;
ALTER TABLE turnoutNew RENAME TO turnout;
CREATE INDEX turnout_on_personId ON turnout (personId);
