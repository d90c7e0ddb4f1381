-- Work the indexer leaves itself: a follow-up repeats a change whose documents of other records (people's,
-- which gather all their projects) are rebuilt after the change's own documents are searchable.
ALTER TABLE outbox ADD COLUMN follow_up boolean NOT NULL DEFAULT false;
CREATE INDEX outbox_follow_up_idx ON outbox (follow_up, id);
