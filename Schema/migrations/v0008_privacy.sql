-- The do-not-contact list (PECR; ICO: objections to direct marketing are absolute, keep a
-- suppression list). Each entry keeps only the key that recognises the person, in compared form:
-- a lower-cased email, an E.164 phone number, or 'first last|POSTCODE'. Every contact list and
-- contact export leaves out anyone who matches. Retention periods are settings (retention.*).

CREATE TABLE suppression (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'name-postcode')),
    value TEXT NOT NULL CHECK (length(value) > 0),
    -- Where the objection came from: 'manual', or the opt-out file's name.
    source TEXT NOT NULL CHECK (length(source) > 0),
    addedOn TEXT NOT NULL CHECK (addedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    addedBy TEXT NOT NULL,
    UNIQUE (kind, value)
) STRICT;
