-- Tansiq schema version 5: sync bookkeeping (docs/formats/sync-bundle.md, docs/decisions/
-- 0021-0024). Everything here is local to one database incarnation and never part of the
-- state hash; the replicated content stays in the registry tables.

-- Replicas (database incarnations) this database has heard of, with a small local index used
-- in the compact per-field versions. Index numbers are local: never sent anywhere.
CREATE TABLE sync_replica (
    idx         INTEGER PRIMARY KEY,
    replica_id  BLOB NOT NULL UNIQUE CHECK (length(replica_id) = 16),
    office_id   BLOB NOT NULL CHECK (length(office_id) = 16)
);

-- Operations captured by the write path at this database: one row per written record, its
-- changed fields as CBOR {field number: value}. Remote operations live in sync_batch.
CREATE TABLE sync_op (
    replica_idx INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    hlc         INTEGER NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      BLOB NOT NULL,
    kind        INTEGER NOT NULL,  -- 0 create, 1 update
    fields      BLOB NOT NULL,
    PRIMARY KEY (replica_idx, seq)
) WITHOUT ROWID;

-- Per record: which operation wrote each field's current value (compact binary, see
-- core/sync/FieldVersions.h).
CREATE TABLE sync_row (
    row_id      BLOB PRIMARY KEY,
    versions    BLOB NOT NULL
) WITHOUT ROWID;

-- The causal context of local operations: ops from first_seq on had seen `deps`.
CREATE TABLE sync_epoch (
    replica_idx INTEGER NOT NULL,
    first_seq   INTEGER NOT NULL,
    deps        BLOB NOT NULL,
    PRIMARY KEY (replica_idx, first_seq)
) WITHOUT ROWID;

-- Signed batches (own and received), stored verbatim so they can be relayed unchanged.
CREATE TABLE sync_batch (
    replica_idx INTEGER NOT NULL,
    first_seq   INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (replica_idx, first_seq)
) WITHOUT ROWID;

-- Highest contiguous sequence applied per remote replica (the local one is max(sync_op.seq)).
CREATE TABLE sync_have (
    replica_idx INTEGER PRIMARY KEY,
    seq         INTEGER NOT NULL
);

-- Verified batches waiting for a predecessor (reason 'missing') or held back because their
-- clock is far in the future (reason 'future-clock').
CREATE TABLE sync_backlog (
    replica_idx INTEGER NOT NULL,
    first_seq   INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (replica_idx, first_seq)
) WITHOUT ROWID;

-- What each office is known to have (from its own acknowledgements), per replica.
CREATE TABLE sync_peer_have (
    office_id   BLOB NOT NULL,
    replica_idx INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (office_id, replica_idx)
) WITHOUT ROWID;

-- One row per bundle written or read.
CREATE TABLE sync_bundle_log (
    bundle_id   BLOB PRIMARY KEY,
    direction   TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    office_id   BLOB NOT NULL,
    at          INTEGER NOT NULL,
    batches     INTEGER NOT NULL,
    summary     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Concurrent edits for a person to review. heads: CBOR list of the competing versions.
CREATE TABLE sync_conflict (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL,
    row_id      BLOB NOT NULL,
    field       INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('value', 'edit-delete')),
    heads       BLOB NOT NULL,
    detected_at INTEGER NOT NULL,
    resolved_at INTEGER
);
CREATE INDEX sync_conflict_open ON sync_conflict (row_id, field) WHERE resolved_at IS NULL;

-- Alerts a coordinator must see: equivocation (the same replica sequence with different
-- content: a cloned or restored database), replayed revocation lists, clock warnings.
CREATE TABLE sync_alert (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL
);

-- Offices this installation knows (the roster) and their public keys.
CREATE TABLE sync_office (
    office_id   BLOB PRIMARY KEY CHECK (length(office_id) = 16),
    name        TEXT NOT NULL,
    head_office INTEGER NOT NULL DEFAULT 0,
    sign_pk     BLOB NOT NULL CHECK (length(sign_pk) = 32),
    box_pk      BLOB NOT NULL CHECK (length(box_pk) = 32),
    certificate BLOB NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- This installation's own key pair: secret keys sealed with a passphrase-derived key.
CREATE TABLE sync_own_key (
    office_id   BLOB PRIMARY KEY,
    sign_pk     BLOB NOT NULL,
    box_pk      BLOB NOT NULL,
    sealed      BLOB NOT NULL
) WITHOUT ROWID;
