-- Finds the register households at a member's postcode, for the canvass summary's youth figures
-- (members aged 18-24 matched to their register entry by name and postcode).
CREATE INDEX household_on_editionId_postcode ON household (editionId, postcode);
