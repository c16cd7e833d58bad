-- Tansiq schema version 2: interop (docs/formats/4w-csv-xlsx.md, docs/formats/boundaries.md).
-- Both tables are local to the office (not replicated): like admin_unit, boundaries are
-- reference data every office imports from the same COD-AB file.

-- Column mappings remembered per partner for spreadsheets without an HXL hashtag row.
CREATE TABLE interop_column_mapping (
    partner_org_id  BLOB NOT NULL CHECK (length(partner_org_id) = 16),
    header_folded   TEXT NOT NULL,   -- the header as text::foldForSearch folds it
    hxl_tag         TEXT NOT NULL,   -- canonical tag, e.g. #org+impl+name
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (partner_org_id, header_folded)
) WITHOUT ROWID;

-- Administrative boundaries imported from an OCHA COD-AB GeoJSON file, simplified for
-- drawing. When a level has rows here they replace the bundled polygons of that level.
CREATE TABLE boundary_polygon (
    pcode        TEXT PRIMARY KEY REFERENCES admin_unit (pcode),
    level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    name_en      TEXT NOT NULL DEFAULT '',
    name_ar      TEXT NOT NULL DEFAULT '',
    geometry     TEXT NOT NULL,  -- GeoJSON geometry (Polygon or MultiPolygon), WGS84
    valid_on     TEXT NOT NULL DEFAULT '',
    version      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    tolerance    REAL NOT NULL,  -- simplification tolerance in degrees
    imported_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX boundary_polygon_level ON boundary_polygon (level);
