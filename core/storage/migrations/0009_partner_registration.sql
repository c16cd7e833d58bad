-- Tansiq schema version 9: partner registration with an authority (issue 16, decision 0071).
-- One row per registration of an organisation: with the Ministry of Social Affairs and Labour,
-- one of its directorates (authority_name says which) or another named authority. An
-- organisation may hold several (renewals, or with two authorities). Replicated like the
-- registry (random id, origin office, times, soft delete), written only through RecordWriter,
-- so registrations travel in sync bundles. organisation.registration_no stays as a legacy
-- column (decision 0071): it is no longer edited, and nothing is copied from it here.
CREATE TABLE partner_registration (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    org_id           BLOB NOT NULL REFERENCES organisation (id),
    authority        TEXT NOT NULL CHECK (authority IN ('mosal', 'mosal_directorate', 'other')),
    authority_name   TEXT NOT NULL DEFAULT '',
    registration_no  TEXT NOT NULL DEFAULT '',
    registered_on    TEXT NOT NULL CHECK (date(registered_on) = registered_on),
    -- No CHECK that expiry follows the date: the validator refuses it locally, but a merge of
    -- two offices' edits (date from one, expiry from the other) must still apply.
    expires_on       TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
    status           TEXT NOT NULL CHECK (status IN ('registered', 'pending', 'expired', 'suspended')),
    origin_office    BLOB NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX partner_registration_org ON partner_registration (org_id);
CREATE INDEX partner_registration_expiry ON partner_registration (expires_on) WHERE deleted = 0;
