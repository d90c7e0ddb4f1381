-- Asks for every search index to be rebuilt from the database, in the transaction of a change too large to
-- index record by record (an import of thousands). The outbox's drains wait while one is pending: the
-- rebuild takes in every change committed before it, and removes those rows and the requests it saw.
CREATE TABLE index_rebuild_request (
    id           bigserial PRIMARY KEY,
    requested_at timestamptz NOT NULL,
    reason       text        NOT NULL
);
