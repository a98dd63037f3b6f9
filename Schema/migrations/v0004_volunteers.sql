-- Volunteers, the activities they staff, shifts and sign-ups. A volunteer is a member (details
-- and consent stay on the member record) or a supporter who has not joined (their few details
-- and their consent history are kept here, on the same model as members').
-- Shift times are kept twice: the Europe/London wall clock people were told ('2026-12-05T10:00',
-- which sorts as text) and the UTC instant it names, so overlaps and hours are right across the
-- clock changes.

CREATE TABLE volunteer (
    id INTEGER PRIMARY KEY,
    memberId INTEGER UNIQUE REFERENCES member (id) ON DELETE CASCADE,
    -- A supporter's name, phone (E.164) and email; NULL for a member.
    name TEXT,
    phone TEXT,
    email TEXT,
    since TEXT NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    CHECK ((memberId IS NULL) = (name IS NOT NULL)),
    CHECK (memberId IS NULL OR (phone IS NULL AND email IS NULL)),
    CHECK (name IS NULL OR length(name) > 0)
) STRICT;

CREATE TABLE volunteerSkill (
    volunteerId INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    skill TEXT NOT NULL CHECK (length(skill) > 0),
    PRIMARY KEY (volunteerId, skill)
) STRICT;

CREATE INDEX volunteerSkill_on_skill ON volunteerSkill (skill);

-- Wards a volunteer will travel to, as typed and as the slug that matches spellings.
CREATE TABLE volunteerWard (
    volunteerId INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    wardKey TEXT NOT NULL CHECK (length(wardKey) > 0),
    ward TEXT NOT NULL,
    PRIMARY KEY (volunteerId, wardKey)
) STRICT;

-- Regular weekly windows on the Europe/London wall clock.
CREATE TABLE volunteerAvailability (
    id INTEGER PRIMARY KEY,
    volunteerId INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    weekday TEXT NOT NULL
        CHECK (weekday IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')),
    fromTime TEXT NOT NULL CHECK (fromTime GLOB '[0-2][0-9]:[0-5][0-9]'),
    toTime TEXT NOT NULL CHECK (toTime GLOB '[0-2][0-9]:[0-5][0-9]'),
    CHECK (fromTime < toTime)
) STRICT;

CREATE INDEX volunteerAvailability_on_volunteerId ON volunteerAvailability (volunteerId);

-- One-off absences, both days included.
CREATE TABLE volunteerAbsence (
    id INTEGER PRIMARY KEY,
    volunteerId INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    fromDate TEXT NOT NULL CHECK (fromDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    toDate TEXT NOT NULL CHECK (toDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note TEXT,
    CHECK (fromDate <= toDate)
) STRICT;

CREATE INDEX volunteerAbsence_on_volunteerId ON volunteerAbsence (volunteerId);

-- A supporter's consent history: appended, never updated; the latest row per channel is current
-- (members' consent stays in contactConsent).
CREATE TABLE supporterConsent (
    id INTEGER PRIMARY KEY,
    volunteerId INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'sms', 'post')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    recordedOn TEXT NOT NULL CHECK (recordedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    method TEXT,
    recordedBy TEXT NOT NULL
) STRICT;

CREATE INDEX supporterConsent_on_volunteerId ON supporterConsent (volunteerId);

CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('street-stall', 'canvass', 'leaflet', 'phone-bank', 'polling-day')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    ward TEXT,
    wardKey TEXT,
    place TEXT,
    electionId INTEGER REFERENCES election (id) ON DELETE SET NULL,
    createdAt TEXT NOT NULL,
    CHECK ((ward IS NULL) = (wardKey IS NULL))
) STRICT;

CREATE TABLE shift (
    id INTEGER PRIMARY KEY,
    activityId INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    -- Europe/London wall clock, YYYY-MM-DDTHH:MM.
    startLocal TEXT NOT NULL CHECK (startLocal GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]'),
    endLocal TEXT NOT NULL CHECK (endLocal GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]'),
    -- The instants they name, UTC 'YYYY-MM-DD HH:MM:SS.SSS'. An ambiguous October time is the
    -- first occurrence (BST).
    startsAt TEXT NOT NULL,
    endsAt TEXT NOT NULL,
    minVolunteers INTEGER NOT NULL CHECK (minVolunteers >= 1),
    maxVolunteers INTEGER NOT NULL CHECK (maxVolunteers >= minVolunteers AND maxVolunteers <= 500),
    role TEXT,
    requiredSkill TEXT,
    createdAt TEXT NOT NULL,
    CHECK (startsAt < endsAt)
) STRICT;

CREATE INDEX shift_on_startLocal ON shift (startLocal);
CREATE INDEX shift_on_activityId ON shift (activityId);

-- One row per sign-up; a volunteer who cancels and signs up again gets a new row, so the
-- cancellation (and when) stays on record. uuid is made where the sign-up is recorded, so a
-- sign-up sent twice (later, from an offline phone) is stored once.
CREATE TABLE signup (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    shiftId INTEGER NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
    volunteerId INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    status TEXT NOT NULL
        CHECK (status IN ('signed_up', 'confirmed', 'waitlisted', 'cancelled', 'attended', 'no_show')),
    signedUpAt TEXT NOT NULL,
    cancelledAt TEXT,
    updatedAt TEXT NOT NULL,
    CHECK ((status = 'cancelled') = (cancelledAt IS NOT NULL))
) STRICT;

-- At most one live (not cancelled) sign-up per volunteer and shift.
CREATE UNIQUE INDEX signup_on_shiftId_volunteerId_live ON signup (shiftId, volunteerId) WHERE status <> 'cancelled';
CREATE INDEX signup_on_volunteerId ON signup (volunteerId);
