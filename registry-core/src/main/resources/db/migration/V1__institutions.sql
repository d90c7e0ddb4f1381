-- Institutions: universities, medical schools, hospitals and other parties to agreements.
-- A hospital belongs to a medical school, which belongs to a university (parent_id).
CREATE TABLE institution (
    id           uuid PRIMARY KEY,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    name         varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    name_zh      varchar(300),
    aliases      text[]       NOT NULL DEFAULT '{}',
    kind         varchar(32)  NOT NULL CHECK (kind IN ('UNIVERSITY', 'MEDICAL_SCHOOL', 'HOSPITAL',
                                  'RESEARCH_INSTITUTE', 'COMPANY', 'GOVERNMENT', 'OTHER')),
    parent_id    uuid REFERENCES institution (id),
    ror_id       varchar(9) UNIQUE CHECK (ror_id ~ '^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$'),
    city         varchar(120),
    country_code char(2) CHECK (country_code ~ '^[A-Z]{2}$'),
    website      varchar(500),
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX institution_parent_idx ON institution (parent_id);
CREATE UNIQUE INDEX institution_name_uq ON institution (lower(name));
