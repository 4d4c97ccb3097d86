-- The registry names a member's school by its full or short name (registry_member.educational_organisation, text);
-- the dictation's results look each participant's school up by that name (a hash index: equality only, and no
-- length limit on a name, which a b-tree entry has). OrganisationSearch.schoolNamed asks the same question.
CREATE INDEX ix_educational_organisation_full_name ON educational_organisation USING hash (full_name);
CREATE INDEX ix_educational_organisation_short_name ON educational_organisation USING hash (short_name);
