-- Canvass sessions: one outing (a day, an area, a team, the questions asked), so results can be
-- read per session and the organiser sees who covered what. An attempt may name its session.

CREATE TABLE canvassSession (
    id INTEGER PRIMARY KEY,
    heldOn TEXT NOT NULL CHECK (heldOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    area TEXT NOT NULL CHECK (length(area) > 0),
    -- Comma-separated question codes, e.g. 'support,issues'.
    questions TEXT NOT NULL DEFAULT '',
    notes TEXT,
    createdAt TEXT NOT NULL
) STRICT;

-- The team, one row per canvasser (names as the organiser writes them), so an erasure can replace
-- one name without rewriting a list.
CREATE TABLE canvassSessionCanvasser (
    sessionId INTEGER NOT NULL REFERENCES canvassSession (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    PRIMARY KEY (sessionId, name)
) STRICT;

ALTER TABLE canvassAttempt ADD COLUMN sessionId INTEGER REFERENCES canvassSession (id);

CREATE INDEX canvassAttempt_on_sessionId ON canvassAttempt (sessionId);
