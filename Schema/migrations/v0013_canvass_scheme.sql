-- Canvass scheme: the support scale, promise range, issue list and election types became party
-- settings, and a voting intention is now given per election type.
--
-- 1. Intentions recorded before they had a type were asked about the next general election
--    (the only question Rosette's sheet had), so they become 'westminster=ANSWER', the
--    default first election type.
UPDATE canvassAttempt SET intention = 'westminster=' || intention
WHERE intention IS NOT NULL AND instr(intention, '=') = 0;

-- 2. The tallies: a new dimension 'message-support' (value 'MESSAGE=POINT') counts support per
--    message, so "what messaging works" follows the promise range the party sets now instead of
--    the 1-2 baked into the 'message' hits. SQLite cannot change a CHECK in place, so the derived
--    table is rebuilt (it is always rebuildable from canvassAttempt).
CREATE TABLE canvassTally_new (
    attemptedOn TEXT NOT NULL,
    ward TEXT NOT NULL,
    pollingDistrict TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('outcome', 'method', 'canvasser', 'support', 'intention',
        'message', 'message-support', 'issue')),
    value TEXT NOT NULL,
    attempts INTEGER NOT NULL CHECK (attempts >= 0),
    hits INTEGER NOT NULL CHECK (hits >= 0 AND hits <= attempts),
    PRIMARY KEY (attemptedOn, ward, pollingDistrict, dimension, value)
) STRICT, WITHOUT ROWID;

INSERT INTO canvassTally_new (attemptedOn, ward, pollingDistrict, dimension, value, attempts, hits)
SELECT attemptedOn, ward, pollingDistrict, dimension,
       CASE WHEN dimension = 'intention' AND instr(value, '=') = 0 THEN 'westminster=' || value ELSE value END,
       attempts,
       CASE WHEN dimension = 'message' THEN attempts ELSE hits END
FROM canvassTally;

-- Per day, and under the all-time day ''.
INSERT INTO canvassTally_new (attemptedOn, ward, pollingDistrict, dimension, value, attempts, hits)
SELECT attemptedOn, ward, pollingDistrict, 'message-support', message || '=' || support, count(*), count(*)
FROM canvassAttempt
WHERE outcome = 'spoke' AND message IS NOT NULL AND support IS NOT NULL
GROUP BY attemptedOn, ward, pollingDistrict, message, support;

INSERT INTO canvassTally_new (attemptedOn, ward, pollingDistrict, dimension, value, attempts, hits)
SELECT '', ward, pollingDistrict, 'message-support', message || '=' || support, count(*), count(*)
FROM canvassAttempt
WHERE outcome = 'spoke' AND message IS NOT NULL AND support IS NOT NULL
GROUP BY ward, pollingDistrict, message, support;

DROP TABLE canvassTally;
ALTER TABLE canvassTally_new RENAME TO canvassTally;
