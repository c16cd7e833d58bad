-- Tansiq schema version 7: people targeted by sex and age (decision 0064, superseding 0057).
-- The same six cells as people reached: girls, boys, women, men, elderly women, elderly men.
-- Nullable (unknown); the targeted total is derived from them when it is left empty. Appended
-- to the activity's replicated columns (core/registry/TableSpec.cpp), so their sync field
-- numbers follow the existing ones; bundles from offices on schema 6 simply lack them.
ALTER TABLE activity ADD COLUMN targeted_girls INTEGER
    CHECK (targeted_girls IS NULL OR targeted_girls >= 0);
ALTER TABLE activity ADD COLUMN targeted_boys INTEGER
    CHECK (targeted_boys IS NULL OR targeted_boys >= 0);
ALTER TABLE activity ADD COLUMN targeted_women INTEGER
    CHECK (targeted_women IS NULL OR targeted_women >= 0);
ALTER TABLE activity ADD COLUMN targeted_men INTEGER
    CHECK (targeted_men IS NULL OR targeted_men >= 0);
ALTER TABLE activity ADD COLUMN targeted_elderly_women INTEGER
    CHECK (targeted_elderly_women IS NULL OR targeted_elderly_women >= 0);
ALTER TABLE activity ADD COLUMN targeted_elderly_men INTEGER
    CHECK (targeted_elderly_men IS NULL OR targeted_elderly_men >= 0);
