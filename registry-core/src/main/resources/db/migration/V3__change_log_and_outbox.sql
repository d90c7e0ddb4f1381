-- The audit trail: one row per create, update and delete, written in the transaction of the change.
CREATE TABLE change_log (
    id             bigserial PRIMARY KEY,
    entity_type    varchar(40)  NOT NULL,
    entity_id      varchar(64)  NOT NULL,
    entity_version bigint       NOT NULL,
    action         varchar(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    actor          varchar(100) NOT NULL,
    changed_at     timestamptz  NOT NULL DEFAULT now(),
    changes        jsonb        NOT NULL
);
CREATE INDEX change_log_entity_idx ON change_log (entity_type, entity_id, id DESC);

-- Changes Elasticsearch has yet to see, written in the transaction of the change so none is lost.
-- The indexer deletes a row once the change is indexed; attempts and last_error explain a row that stays.
CREATE TABLE outbox (
    id             bigserial PRIMARY KEY,
    entity_type    varchar(40) NOT NULL,
    entity_id      varchar(64) NOT NULL,
    entity_version bigint      NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    attempts       integer     NOT NULL DEFAULT 0,
    last_error     text
);
