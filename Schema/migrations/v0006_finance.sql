-- The treasurer's book: accounting units, donors, donations with their decisions, expenses,
-- election spending facts, and the reports filed. Obligations and deadlines (30-day decisions,
-- quarterly reports, spending returns) are never stored: they are derived from these facts and
-- the dated thresholds in Sources/Finance each time. Money is INTEGER pence.

CREATE TABLE accountingUnit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    -- The Electoral Commission's reference for the unit, if registered.
    reference TEXT,
    createdAt TEXT NOT NULL
) STRICT;

CREATE TABLE donor (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('individual', 'company', 'trade-union', 'registered-party',
        'unincorporated-association', 'llp', 'friendly-society', 'building-society', 'trust', 'impermissible')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    address TEXT,
    companyNumber TEXT,
    -- Electoral-register check for an individual, as recorded by the treasurer. To become a link
    -- to a register entry when the canvassing area (register import) lands.
    registerCheckedOn TEXT CHECK (registerCheckedOn IS NULL OR registerCheckedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    registerEvidence TEXT,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    CHECK ((registerCheckedOn IS NULL) = (registerEvidence IS NULL)),
    CHECK (kind NOT IN ('company', 'llp') OR companyNumber IS NOT NULL)
) STRICT;

CREATE TABLE donation (
    id INTEGER PRIMARY KEY,
    donorId INTEGER NOT NULL REFERENCES donor (id),
    -- NULL: the central party.
    accountingUnitId INTEGER REFERENCES accountingUnit (id),
    amountPence INTEGER NOT NULL CHECK (amountPence > 0),
    form TEXT NOT NULL CHECK (form IN ('cash', 'in-kind')),
    -- What was given, for a donation in kind.
    nature TEXT,
    receivedOn TEXT NOT NULL CHECK (receivedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    acceptedOn TEXT CHECK (acceptedOn IS NULL OR acceptedOn >= receivedOn),
    returnedOn TEXT CHECK (returnedOn IS NULL OR returnedOn >= receivedOn),
    returnMethod TEXT,
    note TEXT,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    CHECK (acceptedOn IS NULL OR returnedOn IS NULL),
    CHECK ((returnedOn IS NULL) = (returnMethod IS NULL)),
    CHECK ((form = 'in-kind') = (nature IS NOT NULL))
) STRICT;

CREATE INDEX donation_on_donorId ON donation (donorId);
CREATE INDEX donation_on_receivedOn ON donation (receivedOn);

CREATE TABLE expense (
    id INTEGER PRIMARY KEY,
    spendingKind TEXT NOT NULL CHECK (spendingKind IN ('candidate', 'party-campaign', 'general')),
    electionId INTEGER REFERENCES election (id),
    accountingUnitId INTEGER REFERENCES accountingUnit (id),
    category TEXT NOT NULL CHECK (category IN ('advertising', 'unsolicited-material', 'transport', 'public-meetings',
        'agent-and-staff', 'accommodation-and-administration', 'market-research', 'media', 'overheads', 'security', 'other')),
    description TEXT NOT NULL CHECK (length(description) > 0),
    amountPence INTEGER NOT NULL CHECK (amountPence > 0),
    incurredOn TEXT NOT NULL CHECK (incurredOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    invoiceReceivedOn TEXT,
    paidOn TEXT CHECK (paidOn IS NULL OR paidOn >= incurredOn),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    CHECK (spendingKind != 'candidate' OR electionId IS NOT NULL)
) STRICT;

CREATE INDEX expense_on_electionId ON expense (electionId);

-- What the treasurer entered to work out a candidate's spending limit at one election.
CREATE TABLE electionSpending (
    electionId INTEGER PRIMARY KEY REFERENCES election (id) ON DELETE CASCADE,
    electorate INTEGER NOT NULL CHECK (electorate > 0),
    county INTEGER NOT NULL DEFAULT 0 CHECK (county IN (0, 1)),
    jointCandidates INTEGER NOT NULL DEFAULT 1 CHECK (jointCandidates >= 1),
    limitOverridePence INTEGER CHECK (limitOverridePence IS NULL OR limitOverridePence > 0),
    overrideSource TEXT,
    updatedAt TEXT NOT NULL
) STRICT;

-- Reports the treasurer has filed with the Electoral Commission.
CREATE TABLE financeFiling (
    report TEXT NOT NULL CHECK (report IN ('quarterly', 'annual')),
    -- 2026Q1 for a quarterly report, 2026 for the accounts.
    period TEXT NOT NULL,
    filedOn TEXT NOT NULL CHECK (filedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    recordedAt TEXT NOT NULL,
    PRIMARY KEY (report, period)
) STRICT;
