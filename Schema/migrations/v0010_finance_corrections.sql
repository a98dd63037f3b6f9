-- Corrections to the treasurer's book.
--
-- A gift from a permissible donor that the party sends back is *declined*: stored like a return
-- (returnedOn, returnMethod) with declined = 1, and not reported as impermissible (finance.md §2).
-- A donation or expense entered by mistake is *voided*, not deleted: the row stays, with the day
-- and the reason, so the audit trail still explains it; voided rows are left out of the book.
ALTER TABLE donation ADD COLUMN declined INTEGER NOT NULL DEFAULT 0
    CHECK (declined IN (0, 1) AND (declined = 0 OR returnedOn IS NOT NULL));
ALTER TABLE donation ADD COLUMN voidedOn TEXT
    CHECK (voidedOn IS NULL OR voidedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE donation ADD COLUMN voidReason TEXT CHECK ((voidReason IS NULL) = (voidedOn IS NULL));

ALTER TABLE expense ADD COLUMN voidedOn TEXT
    CHECK (voidedOn IS NULL OR voidedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE expense ADD COLUMN voidReason TEXT CHECK ((voidReason IS NULL) = (voidedOn IS NULL));
