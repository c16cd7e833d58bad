-- Tansiq schema version 8: coordination beyond the 4W (issue 16): working groups and their
-- members, meetings with attendance and decisions, action points with their status history,
-- monitoring visits. Every table is replicated (docs/formats/database.md conventions: 16-byte
-- ids, origin office, Unix-ms times, tombstones) and written only through the repositories
-- in core/registry/coordination. Child rows (members, attendance, decisions, status changes)
-- are records of their own with random ids: two offices adding to the same meeting both keep
-- their rows, and a status history merges as a union (docs/decisions/0067).

CREATE TABLE working_group (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    name_en          TEXT NOT NULL,
    name_ar          TEXT NOT NULL,
    sector_id        BLOB REFERENCES sector (id),  -- NULL: cross-sector
    admin_pcode      TEXT NOT NULL REFERENCES admin_unit (pcode),
    cadence          TEXT NOT NULL CHECK ((cadence = 'weekly' OR cadence = 'fortnightly' OR cadence = 'monthly' OR cadence = 'quarterly' OR cadence = 'as_needed')),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);

CREATE TABLE working_group_member (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    group_id         BLOB NOT NULL REFERENCES working_group (id),
    org_id           BLOB NOT NULL REFERENCES organisation (id),
    role             TEXT NOT NULL CHECK ((role = 'lead' OR role = 'co_lead' OR role = 'member')),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX working_group_member_group ON working_group_member (group_id);
CREATE INDEX working_group_member_org ON working_group_member (org_id);

CREATE TABLE meeting (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    held_on          TEXT NOT NULL CHECK (date(held_on) = held_on),
    group_id         BLOB REFERENCES working_group (id),  -- NULL: general coordination meeting
    title            TEXT NOT NULL,
    admin_pcode      TEXT REFERENCES admin_unit (pcode),
    venue            TEXT NOT NULL DEFAULT '',
    chair            TEXT NOT NULL DEFAULT '',
    agenda           TEXT NOT NULL DEFAULT '',
    minutes          TEXT NOT NULL DEFAULT '',  -- rich text (Qt HTML subset)
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX meeting_held_on ON meeting (held_on);
CREATE INDEX meeting_group ON meeting (group_id);

CREATE TABLE meeting_attendance (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    meeting_id       BLOB NOT NULL REFERENCES meeting (id),
    org_id           BLOB NOT NULL REFERENCES organisation (id),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id);

CREATE TABLE meeting_decision (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    meeting_id       BLOB NOT NULL REFERENCES meeting (id),
    position         INTEGER NOT NULL CHECK (position >= 0),
    text             TEXT NOT NULL,
    sector_id        BLOB REFERENCES sector (id),
    admin_pcode      TEXT REFERENCES admin_unit (pcode),
    need_id          BLOB REFERENCES need (id),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id);

CREATE TABLE monitoring_visit (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    visited_on       TEXT NOT NULL CHECK (date(visited_on) = visited_on),
    project_id       BLOB REFERENCES project (id),
    activity_id      BLOB REFERENCES activity (id),
    admin_pcode      TEXT NOT NULL REFERENCES admin_unit (pcode),
    visiting_org_id  BLOB NOT NULL REFERENCES organisation (id),
    findings         TEXT NOT NULL DEFAULT '',
    rating           TEXT NOT NULL CHECK ((rating = 'on_track' OR rating = 'delays' OR rating = 'serious_problems')),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX monitoring_visit_on ON monitoring_visit (visited_on);

CREATE TABLE action_point (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    text             TEXT NOT NULL,
    org_id           BLOB NOT NULL REFERENCES organisation (id),
    due_on           TEXT NOT NULL CHECK (date(due_on) = due_on),
    status           TEXT NOT NULL CHECK ((status = 'open' OR status = 'in_progress' OR status = 'done' OR status = 'dropped')),
    meeting_id       BLOB REFERENCES meeting (id),
    visit_id         BLOB REFERENCES monitoring_visit (id),
    sector_id        BLOB REFERENCES sector (id),
    admin_pcode      TEXT REFERENCES admin_unit (pcode),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX action_point_due ON action_point (due_on);
CREATE INDEX action_point_org ON action_point (org_id);
CREATE INDEX action_point_meeting ON action_point (meeting_id);

-- Insert-only: one row per status change, never updated. Its time is the row's created_at.
CREATE TABLE action_point_status (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    action_point_id  BLOB NOT NULL REFERENCES action_point (id),
    from_status      TEXT NOT NULL DEFAULT '',
    to_status        TEXT NOT NULL CHECK ((to_status = 'open' OR to_status = 'in_progress' OR to_status = 'done' OR to_status = 'dropped')),
    note             TEXT NOT NULL DEFAULT '',
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK ((deleted = 0 OR deleted = 1))
);
CREATE INDEX action_point_status_point ON action_point_status (action_point_id);
