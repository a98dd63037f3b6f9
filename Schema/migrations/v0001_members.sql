-- Members, their roles, dues payments and contact consent; the audit trail and settings that
-- every later area shares.
-- Conventions (docs/architecture.md): singular camelCase tables, STRICT, explicit keys, calendar
-- dates as TEXT YYYY-MM-DD, instants as TEXT UTC 'YYYY-MM-DD HH:MM:SS.SSS', money as INTEGER pence.

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    firstName TEXT NOT NULL CHECK (length(firstName) > 0),
    lastName TEXT NOT NULL CHECK (length(lastName) > 0),
    -- As typed; emailKey is its lower-case form, unique, so one address is one member.
    email TEXT,
    emailKey TEXT UNIQUE,
    -- E.164, e.g. +447700900123.
    phone TEXT,
    -- Normalised upper case with one space, e.g. SW1A 1AA.
    postcode TEXT,
    -- first|last lower-cased, for the name-and-postcode duplicate rule.
    nameKey TEXT NOT NULL,
    address TEXT,
    dateOfBirth TEXT CHECK (dateOfBirth IS NULL OR dateOfBirth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    joinedOn TEXT NOT NULL CHECK (joinedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    branch TEXT,
    membershipType TEXT NOT NULL DEFAULT 'standard',
    duesPence INTEGER CHECK (duesPence IS NULL OR duesPence >= 0),
    paidUntil TEXT CHECK (paidUntil IS NULL OR paidUntil GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    endedOn TEXT,
    endReason TEXT CHECK (endReason IN ('resigned', 'expelled', 'deceased')),
    notes TEXT,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    CHECK ((endedOn IS NULL) = (endReason IS NULL)),
    CHECK (emailKey IS NULL OR email IS NOT NULL)
) STRICT;

CREATE INDEX member_on_postcode_nameKey ON member (postcode, nameKey);
CREATE INDEX member_on_lastName ON member (lastName);
CREATE INDEX member_on_branch ON member (branch);

CREATE TABLE memberRole (
    id INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    startedOn TEXT NOT NULL,
    endedOn TEXT,
    CHECK (endedOn IS NULL OR endedOn >= startedOn)
) STRICT;

CREATE INDEX memberRole_on_memberId ON memberRole (memberId);
CREATE INDEX memberRole_on_role ON memberRole (role);

CREATE TABLE duesPayment (
    id INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    paidOn TEXT NOT NULL,
    amountPence INTEGER NOT NULL CHECK (amountPence >= 0),
    coversUntil TEXT NOT NULL,
    recordedAt TEXT NOT NULL
) STRICT;

CREATE INDEX duesPayment_on_memberId ON duesPayment (memberId);

-- Consent history: never updated, only appended. The current consent per channel is the latest row.
CREATE TABLE contactConsent (
    id INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'sms', 'post')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    recordedOn TEXT NOT NULL,
    method TEXT,
    recordedBy TEXT NOT NULL
) STRICT;

CREATE INDEX contactConsent_on_memberId ON contactConsent (memberId);

-- Who changed which record, when, and which fields: field NAMES only, never values, so the trail
-- does not become a second copy of personal data that outlives an erasure.
CREATE TABLE auditEntry (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    recordKind TEXT NOT NULL,
    recordId INTEGER NOT NULL,
    action TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX auditEntry_on_recordKind_recordId ON auditEntry (recordKind, recordId);

-- Party-wide settings (grace period, lead times...), as text keyed by a dotted name.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Marks a database that `rosette demo` created, so demo never overwrites real data.
CREATE TABLE databaseInfo (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
