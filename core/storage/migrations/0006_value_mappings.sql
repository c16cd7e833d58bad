-- Tansiq schema version 6: partner values remembered by the 4W import
-- (docs/formats/4w-csv-xlsx.md, decision 0055). Local to the office, like the column mappings.

-- What a partner's spelling of an organisation, sector, activity type, project, status,
-- modality, population group or place stands for, chosen once in the import wizard or with
-- --value-map. partner_org_id is the partner whose files use it; sixteen zero bytes when the
-- import named no partner (the choice then holds for every file of the office).
CREATE TABLE interop_value_mapping (
    partner_org_id  BLOB NOT NULL CHECK (length(partner_org_id) = 16),
    kind            TEXT NOT NULL CHECK (kind IN ('organisation', 'sector', 'activity-type', 'project',
                                                  'status', 'modality', 'population-group', 'place')),
    value_folded    TEXT NOT NULL,   -- the value as text::foldForSearch folds it
    value           TEXT NOT NULL,   -- as the partner wrote it (shown to the user)
    action          TEXT NOT NULL CHECK (action IN ('map', 'skip')),
    target          TEXT NOT NULL DEFAULT '',  -- record id, vocabulary code or P-code ('' for skip)
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (partner_org_id, kind, value_folded)
) WITHOUT ROWID;
