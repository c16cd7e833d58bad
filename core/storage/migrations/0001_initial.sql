-- Tansiq schema version 1: the registry.
-- Conventions (docs/formats/database.md):
--   * CHECK constraints spell vocabularies as OR chains: SQLite 3.40 builds an ephemeral
--     table for every `x IN (...)` list evaluated in a CHECK (a third of the insert time);
--   * replicated records have a random UUID `id` stored as 16 bytes (BLOB), the office that
--     created them (`origin_office`, 16 bytes), `created_at`/`updated_at` in Unix milliseconds
--     (UTC) and a soft-delete flag `deleted` (tombstone; rows are never physically deleted);
--   * dates are ISO 8601 text (YYYY-MM-DD), reporting months YYYY-MM;
--   * vocabulary values are short lower-case codes checked here and labelled in core/registry.

CREATE TABLE local_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE admin_unit (
    pcode            TEXT PRIMARY KEY CHECK (length(pcode) BETWEEN 2 AND 16),
    level            INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
    parent_pcode     TEXT REFERENCES admin_unit (pcode),
    name_en          TEXT NOT NULL,
    name_ar          TEXT NOT NULL,
    alt_names        TEXT NOT NULL DEFAULT '',
    latitude         REAL,
    longitude        REAL,
    population       INTEGER CHECK (population IS NULL OR population >= 0),
    population_year  INTEGER,
    CHECK ((level = 0) = (parent_pcode IS NULL))
) WITHOUT ROWID;
CREATE INDEX admin_unit_parent ON admin_unit (parent_pcode);
CREATE INDEX admin_unit_level ON admin_unit (level);

CREATE TABLE organisation (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    acronym          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    name_ar          TEXT NOT NULL,
    org_type         TEXT NOT NULL CHECK ((org_type = 'un' OR org_type = 'ingo' OR org_type = 'nngo' OR org_type = 'government' OR org_type = 'red_cross' OR org_type = 'cbo' OR org_type = 'private')),
    registration_no  TEXT NOT NULL DEFAULT '',
    contact_name     TEXT NOT NULL DEFAULT '',
    contact_email    TEXT NOT NULL DEFAULT '',
    contact_phone    TEXT NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);

CREATE TABLE sector (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    code             TEXT NOT NULL UNIQUE,
    name_en          TEXT NOT NULL,
    name_ar          TEXT NOT NULL,
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);

CREATE TABLE activity_type (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    sector_id        BLOB NOT NULL REFERENCES sector (id),
    code             TEXT NOT NULL UNIQUE,
    name_en          TEXT NOT NULL,
    name_ar          TEXT NOT NULL,
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX activity_type_sector ON activity_type (sector_id);

CREATE TABLE project (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    code             TEXT NOT NULL,
    title_en         TEXT NOT NULL,
    title_ar         TEXT NOT NULL,
    lead_org_id      BLOB NOT NULL REFERENCES organisation (id),
    start_date       TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date         TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date AND end_date >= start_date)),
    status           TEXT NOT NULL CHECK ((status = 'planned' OR status = 'ongoing' OR status = 'completed' OR status = 'suspended' OR status = 'cancelled')),
    budget           REAL CHECK (budget IS NULL OR budget >= 0),
    currency         TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX project_lead ON project (lead_org_id);

-- IATI organisation roles: funding (1), programming/accountable (2), implementing (4).
CREATE TABLE project_partner (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    project_id       BLOB NOT NULL REFERENCES project (id),
    org_id           BLOB NOT NULL REFERENCES organisation (id),
    role             TEXT NOT NULL CHECK ((role = 'funding' OR role = 'programming' OR role = 'implementing')),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX project_partner_project ON project_partner (project_id);

CREATE TABLE project_sector (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    project_id       BLOB NOT NULL REFERENCES project (id),
    sector_id        BLOB NOT NULL REFERENCES sector (id),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX project_sector_project ON project_sector (project_id);

-- One row = one activity, by one organisation, in one place, over one period (4w-data.md).
CREATE TABLE activity (
    id                    BLOB PRIMARY KEY CHECK (length(id) = 16),
    project_id            BLOB REFERENCES project (id),
    reporting_org_id      BLOB REFERENCES organisation (id),
    implementing_org_id   BLOB NOT NULL REFERENCES organisation (id),
    programming_org_id    BLOB REFERENCES organisation (id),
    donor_org_id          BLOB REFERENCES organisation (id),
    sector_id             BLOB NOT NULL REFERENCES sector (id),
    activity_type_id      BLOB REFERENCES activity_type (id),
    admin_pcode           TEXT NOT NULL REFERENCES admin_unit (pcode),
    site_name             TEXT NOT NULL DEFAULT '',
    latitude              REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude             REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    start_date            TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date              TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date AND end_date >= start_date)),
    reporting_month       TEXT NOT NULL CHECK (reporting_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    status                TEXT NOT NULL CHECK ((status = 'planned' OR status = 'ongoing' OR status = 'completed' OR status = 'suspended' OR status = 'cancelled')),
    modality              TEXT NOT NULL CHECK ((modality = 'in_kind' OR modality = 'cash' OR modality = 'voucher' OR modality = 'service')),
    population_group      TEXT NOT NULL CHECK ((population_group = 'idp' OR population_group = 'returnee' OR population_group = 'host' OR population_group = 'mixed')),
    targeted              INTEGER CHECK (targeted IS NULL OR targeted >= 0),
    reached               INTEGER CHECK (reached IS NULL OR reached >= 0),
    reached_girls         INTEGER CHECK (reached_girls IS NULL OR reached_girls >= 0),
    reached_boys          INTEGER CHECK (reached_boys IS NULL OR reached_boys >= 0),
    reached_women         INTEGER CHECK (reached_women IS NULL OR reached_women >= 0),
    reached_men           INTEGER CHECK (reached_men IS NULL OR reached_men >= 0),
    reached_elderly_women INTEGER CHECK (reached_elderly_women IS NULL OR reached_elderly_women >= 0),
    reached_elderly_men   INTEGER CHECK (reached_elderly_men IS NULL OR reached_elderly_men >= 0),
    households            INTEGER CHECK (households IS NULL OR households >= 0),
    budget                REAL CHECK (budget IS NULL OR budget >= 0),
    currency              TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    transfer_value        REAL CHECK (transfer_value IS NULL OR transfer_value >= 0),
    contact_name          TEXT NOT NULL DEFAULT '',
    contact_email         TEXT NOT NULL DEFAULT '',
    contact_phone         TEXT NOT NULL DEFAULT '',
    comments              TEXT NOT NULL DEFAULT '',
    sensitive             INTEGER NOT NULL DEFAULT 0 CHECK ((sensitive = 0 OR sensitive = 1)),
    origin_office         BLOB NOT NULL,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    deleted               INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX activity_place ON activity (admin_pcode);
CREATE INDEX activity_impl_org ON activity (implementing_org_id);
CREATE INDEX activity_month ON activity (reporting_month);

CREATE TABLE need (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    admin_pcode      TEXT NOT NULL REFERENCES admin_unit (pcode),
    sector_id        BLOB NOT NULL REFERENCES sector (id),
    severity         INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    people_in_need   INTEGER NOT NULL CHECK (people_in_need >= 0),
    source           TEXT NOT NULL DEFAULT '',
    assessed_on      TEXT NOT NULL CHECK (date(assessed_on) = assessed_on),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX need_place_sector ON need (admin_pcode, sector_id);

-- Who changed what, when, at which office. Interactive edits record one entry per record with
-- the changed fields; bulk operations (demo, imports) one entry per batch (docs/decisions/0004).
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    office_id    BLOB NOT NULL,
    user_name    TEXT NOT NULL,
    action       TEXT NOT NULL CHECK ((action = 'create' OR action = 'update' OR action = 'delete' OR action = 'bulk')),
    table_name   TEXT NOT NULL,
    record_id    BLOB,
    details      TEXT NOT NULL DEFAULT '{}'
);

-- Reference data: the clusters and their activity types. Their ids are name-based UUIDs (v5,
-- namespace 6f1d3c52-8a0e-4b8e-9a52-7e2f1c0d5a11, name 'sector:CODE' / 'activity_type:CODE'),
-- so every office seeds the same rows and sync never sees them as different records.
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'B04F4D1097DE5C0B8A0B80E17AB86EC1', 'WASH', 'Water, Sanitation and Hygiene', 'المياه والصرف الصحي والنظافة', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'9130217E746C50D0A990C36DA6A45665', X'B04F4D1097DE5C0B8A0B80E17AB86EC1', 'WASH-WTR', 'Water trucking', 'نقل المياه بالصهاريج', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'17CAF7B00CD9572CBA42094B01A68B14', X'B04F4D1097DE5C0B8A0B80E17AB86EC1', 'WASH-HYG', 'Hygiene kit distribution', 'توزيع سلال النظافة', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'36FE0F8024245FE78EF9DCEA86BBE760', X'B04F4D1097DE5C0B8A0B80E17AB86EC1', 'WASH-REH', 'Water network rehabilitation', 'إعادة تأهيل شبكات المياه', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'294200377DCA5448ABB72BF96F50E526', X'B04F4D1097DE5C0B8A0B80E17AB86EC1', 'WASH-SAN', 'Sanitation facilities', 'إنشاء مرافق الصرف الصحي', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'9BD3B2C1F9725210AE78F049CAC2DDE7', 'SHL', 'Shelter and Non-Food Items', 'المأوى والمواد غير الغذائية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'1297AE2AB59D50ED976B758AE8A09F4A', X'9BD3B2C1F9725210AE78F049CAC2DDE7', 'SHL-NFI', 'Non-food item kits', 'توزيع المواد غير الغذائية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'89AA26FD3E7A5709878850A30007DCF8', X'9BD3B2C1F9725210AE78F049CAC2DDE7', 'SHL-WIN', 'Winterisation support', 'مستلزمات فصل الشتاء', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'884B7C2129C85A1B84460A0F8B2DA473', X'9BD3B2C1F9725210AE78F049CAC2DDE7', 'SHL-REP', 'Shelter repair', 'إصلاح المآوي', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'B1073D08CAE25354AA86AD447C1920CA', X'9BD3B2C1F9725210AE78F049CAC2DDE7', 'SHL-TNT', 'Tent distribution', 'توزيع الخيام', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'24117973D8B3573BBB79DD2E40033192', 'PRT', 'Protection', 'الحماية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'71BBDD3669745F989846CD48AAE28C8F', X'24117973D8B3573BBB79DD2E40033192', 'PRT-PSS', 'Psychosocial support', 'الدعم النفسي الاجتماعي', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'4292D35CABC45D408148702F60E87C61', X'24117973D8B3573BBB79DD2E40033192', 'PRT-CMG', 'Case management', 'إدارة الحالات', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'63D330A9239E57AA844361261CC77B02', X'24117973D8B3573BBB79DD2E40033192', 'PRT-LGL', 'Legal aid and civil documentation', 'المساعدة القانونية والوثائق المدنية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'9BADF6AF38DD5785B85772066851194C', X'24117973D8B3573BBB79DD2E40033192', 'PRT-AWR', 'Awareness sessions', 'جلسات التوعية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'C54CC3EE40415FD590448FFA4AA1BFEB', 'EDU', 'Education', 'التعليم', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'BE183B7139305C23B72100F6D3394627', X'C54CC3EE40415FD590448FFA4AA1BFEB', 'EDU-CLS', 'Classroom rehabilitation', 'إعادة تأهيل الصفوف الدراسية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'82FDD1363AC25748A85449C692B57ED5', X'C54CC3EE40415FD590448FFA4AA1BFEB', 'EDU-KIT', 'Learning materials', 'المواد التعليمية والقرطاسية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'A4D86D731E8E543BA8F1B41ACD80F0F8', X'C54CC3EE40415FD590448FFA4AA1BFEB', 'EDU-REM', 'Remedial education', 'التعليم العلاجي', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'6A35A2AD075A5856AC35FC050978AB4C', X'C54CC3EE40415FD590448FFA4AA1BFEB', 'EDU-TRN', 'Teacher training', 'تدريب المعلمين', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'0AB2129AF92B592FAC6D5048BC8479BD', 'HLT', 'Health', 'الصحة', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'B5DDC0EE383B5C2BA86087F6A79F99A3', X'0AB2129AF92B592FAC6D5048BC8479BD', 'HLT-PHC', 'Primary health care consultations', 'استشارات الرعاية الصحية الأولية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'5476ACB678EF579B944A4919B713CF05', X'0AB2129AF92B592FAC6D5048BC8479BD', 'HLT-MOB', 'Mobile clinics', 'العيادات المتنقلة', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'484F6B8B476158F7B19F72CB31BB0D17', X'0AB2129AF92B592FAC6D5048BC8479BD', 'HLT-VAC', 'Vaccination', 'التلقيح', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'560055C561895FDEBDBBC5C415178C92', X'0AB2129AF92B592FAC6D5048BC8479BD', 'HLT-MED', 'Medicine supply', 'توريد الأدوية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'DBF79EAA2D3C512EBB52EC91EE595440', 'FSL', 'Food Security and Livelihoods', 'الأمن الغذائي وسبل العيش', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'A592AB34C39E51C48F2C3E4BE707A04C', X'DBF79EAA2D3C512EBB52EC91EE595440', 'FSL-FBK', 'Food baskets', 'السلال الغذائية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'AF431154CD8758D7B8C287B8475A54BB', X'DBF79EAA2D3C512EBB52EC91EE595440', 'FSL-BRD', 'Bread and flour support', 'دعم الخبز والطحين', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'FABB62C5301153669F65626292B4615D', X'DBF79EAA2D3C512EBB52EC91EE595440', 'FSL-AGR', 'Agricultural inputs', 'المدخلات الزراعية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'3B2AE54687615E3DADFB29CE73683E4A', X'DBF79EAA2D3C512EBB52EC91EE595440', 'FSL-CFW', 'Cash for work', 'النقد مقابل العمل', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'B4133087BC21533FBE98B9305D1B12C9', 'NUT', 'Nutrition', 'التغذية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'3FCE985DAAE856AFAB3CD7E8F8F01AC8', X'B4133087BC21533FBE98B9305D1B12C9', 'NUT-SCR', 'Malnutrition screening', 'الكشف عن سوء التغذية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'D74FF54686F751C792D3F69B63771AC4', X'B4133087BC21533FBE98B9305D1B12C9', 'NUT-TSF', 'Supplementary feeding', 'التغذية التكميلية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'C9AF50B93C925FE8A2F8FFB287304B05', X'B4133087BC21533FBE98B9305D1B12C9', 'NUT-IYC', 'Infant and young child feeding counselling', 'إرشاد تغذية الرضع وصغار الأطفال', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'B8A1478F9D3A505CA133B92419B706D1', 'ERL', 'Early Recovery', 'التعافي المبكر', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'5CE987B9677751DFA3F597FBD4EC388B', X'B8A1478F9D3A505CA133B92419B706D1', 'ERL-VOC', 'Vocational training', 'التدريب المهني', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'C13EAFF07DAB566AA72B223E0B78D987', X'B8A1478F9D3A505CA133B92419B706D1', 'ERL-SME', 'Small business grants', 'منح المشاريع الصغيرة', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'DA26D31AE36953B887087300042E87E2', X'B8A1478F9D3A505CA133B92419B706D1', 'ERL-INF', 'Basic infrastructure rehabilitation', 'إعادة تأهيل البنى التحتية الأساسية', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'5B5F2CCCF041510FBF758C4C18FB98FE', X'B8A1478F9D3A505CA133B92419B706D1', 'ERL-SWR', 'Solid waste removal', 'ترحيل النفايات الصلبة', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'B27A83E8839B5779A04496495584F5FE', 'CCCM', 'Camp Coordination and Camp Management', 'تنسيق وإدارة المخيمات', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'8D8F3D611AAA56C6A4E433CE71F09D28', X'B27A83E8839B5779A04496495584F5FE', 'CCCM-SMG', 'Site management', 'إدارة المواقع', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'06C1A7261B50544FBDCC2A4B8274AC2E', X'B27A83E8839B5779A04496495584F5FE', 'CCCM-MNT', 'Site maintenance', 'صيانة المواقع', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'61919F300CF65179B025E35357F02E77', X'B27A83E8839B5779A04496495584F5FE', 'CCCM-MON', 'Site monitoring', 'رصد المواقع', X'00000000000000000000000000000000', 0, 0);
INSERT INTO sector (id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'2F3B7CC1668E5803A64E5F6C2F81F1ED', 'LOG', 'Logistics', 'اللوجستيات', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'131800EFC62F5CEFBBAFE3A76DC49B07', X'2F3B7CC1668E5803A64E5F6C2F81F1ED', 'LOG-TRN', 'Common transport', 'النقل المشترك', X'00000000000000000000000000000000', 0, 0);
INSERT INTO activity_type (id, sector_id, code, name_en, name_ar, origin_office, created_at, updated_at) VALUES (X'BE4E7F305B2F55BAA33A554834D282B9', X'2F3B7CC1668E5803A64E5F6C2F81F1ED', 'LOG-STR', 'Common storage', 'التخزين المشترك', X'00000000000000000000000000000000', 0, 0);
