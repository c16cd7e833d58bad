-- Tansiq schema version 4: a coordinator's review of a possible duplication.
-- A group of activities flagged by the duplication scan is identified by a stable key
-- (docs/measures.md, "Duplication"): 'PCODE/ACTIVITY-TYPE-CODE/GROUP/' followed by 32 hex
-- digits (BLAKE2b-128 of the members' ids, sorted). A live row with decision 'complementary'
-- stops the group being flagged. Replicated like the registry (random id, origin office,
-- times, soft delete), written only through RecordWriter, so the decision travels with sync.
CREATE TABLE duplication_review (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    group_key        TEXT NOT NULL CHECK (length(group_key) BETWEEN 40 AND 200),
    decision         TEXT NOT NULL CHECK (decision IN ('complementary')),
    note             TEXT NOT NULL DEFAULT '',
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX duplication_review_key ON duplication_review (group_key);
