-- Elections the party stands in: the candidate, the agent, the nominating officer, the forms
-- checklist's progress and the nomination paper's subscribers. Dates that the law derives
-- (every deadline) are never stored: they are computed from these facts each time, so a
-- corrected polling day or a new day of mourning moves them all at once.

CREATE TABLE election (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL,
    -- NULL only for a UK general election.
    nation TEXT CHECK (nation IN ('england', 'wales', 'scotland', 'northern-ireland')),
    generalElection INTEGER NOT NULL DEFAULT 0 CHECK (generalElection IN (0, 1)),
    -- The ward, division or constituency.
    area TEXT,
    pollDate TEXT NOT NULL,
    writDate TEXT,
    closeOfNominations TEXT,
    declaredOn TEXT,
    -- The council's postal-vote dispatch date, for the Royal Mail plan.
    postalVoteDispatch TEXT,
    mailOption TEXT NOT NULL DEFAULT 'unaddressed' CHECK (mailOption IN ('addressed', 'unaddressed')),
    -- The party description authorised on the certificate of authorisation.
    authorisedDescription TEXT,
    -- The description written on the nomination paper.
    paperDescription TEXT,
    -- The candidate: a member, or a non-member by name.
    candidateMemberId INTEGER REFERENCES member (id) ON DELETE SET NULL,
    candidateName TEXT,
    agentMemberId INTEGER REFERENCES member (id) ON DELETE SET NULL,
    agentName TEXT,
    nominatingOfficerMemberId INTEGER REFERENCES member (id) ON DELETE SET NULL,
    cancelledOn TEXT,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;

CREATE INDEX election_on_pollDate ON election (pollDate);

-- Progress on one form of an election's checklist. The checklist itself (which forms, due when)
-- is derived from the kind of election; a row exists once someone has touched the item.
CREATE TABLE formProgress (
    id INTEGER PRIMARY KEY,
    electionId INTEGER NOT NULL REFERENCES election (id) ON DELETE CASCADE,
    form TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'to-do'
        CHECK (status IN ('to-do', 'in-progress', 'submitted', 'accepted', 'rejected')),
    -- Who is doing it, as the steering group calls them (a name or a role).
    assignee TEXT,
    note TEXT,
    updatedAt TEXT NOT NULL,
    UNIQUE (electionId, form)
) STRICT;

CREATE TABLE nominationSubscriber (
    id INTEGER PRIMARY KEY,
    electionId INTEGER NOT NULL REFERENCES election (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    electorNumber TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('proposer', 'seconder', 'assentor')),
    createdAt TEXT NOT NULL
) STRICT;

CREATE INDEX nominationSubscriber_on_electionId ON nominationSubscriber (electionId);
CREATE INDEX nominationSubscriber_on_electorNumber ON nominationSubscriber (electorNumber);

-- Days the party has learned are excluded from election timetables beyond the bank holidays
-- (a day of mourning or thanksgiving proclaimed at short notice). Every stored election's
-- timetable disregards them from the moment they are added.
CREATE TABLE excludedDay (
    day TEXT PRIMARY KEY,
    reason TEXT NOT NULL
) STRICT;
