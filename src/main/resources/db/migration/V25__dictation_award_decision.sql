-- Each edition names its award decision: the id of a DMN decision in processes/ deployed with the attempt's process
-- (processes/dictation-award.dmn unless the edition's file names another).
ALTER TABLE dictation_edition ADD COLUMN award_decision VARCHAR(100) NOT NULL DEFAULT 'dictationAward';
ALTER TABLE dictation_edition ADD CONSTRAINT ck_dictation_edition_award_decision
    CHECK (award_decision ~ '^[A-Za-z_][A-Za-z0-9_.-]{0,99}$');
