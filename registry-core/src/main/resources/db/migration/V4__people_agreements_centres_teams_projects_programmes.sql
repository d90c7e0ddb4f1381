-- The rest of the registry. References to other records are foreign keys without cascades:
-- deleting something still referenced fails, and the services answer 409. Lists of codes
-- (disciplines, collaboration areas, keywords) are arrays checked by the services.

CREATE TABLE person (
    id               uuid PRIMARY KEY,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    name             varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    name_zh          varchar(200),
    honorific        varchar(40),
    orcid            varchar(19) UNIQUE CHECK (orcid ~ '^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$'),
    email            varchar(254),
    expertise        text,
    discipline_codes text[]       NOT NULL DEFAULT '{}'
);

CREATE TABLE person_affiliation (
    person_id      uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position_index integer      NOT NULL,
    institution_id uuid         NOT NULL REFERENCES institution (id),
    position       varchar(200),
    starts_on      date,
    ends_on        date,
    PRIMARY KEY (person_id, position_index),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX person_affiliation_institution_idx ON person_affiliation (institution_id);

CREATE TABLE agreement (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    title          varchar(300) NOT NULL CHECK (length(btrim(title)) > 0),
    kind           varchar(32)  NOT NULL CHECK (kind IN ('MOU', 'STRATEGIC_PARTNERSHIP', 'FRAMEWORK', 'OTHER')),
    signed_on      date,
    effective_from date,
    effective_to   date,
    status         varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    area_codes     text[]       NOT NULL DEFAULT '{}',
    summary        text,
    CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from)
);

CREATE TABLE agreement_party (
    agreement_id   uuid    NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    PRIMARY KEY (agreement_id, position_index),
    UNIQUE (agreement_id, institution_id)
);
CREATE INDEX agreement_party_institution_idx ON agreement_party (institution_id);

CREATE TABLE agreement_signatory (
    agreement_id   uuid    NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    person_id      uuid    NOT NULL REFERENCES person (id),
    institution_id uuid    NOT NULL REFERENCES institution (id),
    role           varchar(200),
    PRIMARY KEY (agreement_id, position_index)
);
CREATE INDEX agreement_signatory_person_idx ON agreement_signatory (person_id);

CREATE TABLE centre (
    id               uuid PRIMARY KEY,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    name             varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    name_zh          varchar(300),
    agreement_id     uuid REFERENCES agreement (id),
    discipline_codes text[]       NOT NULL DEFAULT '{}',
    established_on   date,
    status           varchar(16)  NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'CLOSED')),
    description      text,
    website          varchar(500)
);
CREATE INDEX centre_agreement_idx ON centre (agreement_id);

CREATE TABLE centre_institution (
    centre_id      uuid    NOT NULL REFERENCES centre (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    PRIMARY KEY (centre_id, position_index),
    UNIQUE (centre_id, institution_id)
);
CREATE INDEX centre_institution_institution_idx ON centre_institution (institution_id);

CREATE TABLE centre_director (
    centre_id      uuid    NOT NULL REFERENCES centre (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    person_id      uuid    NOT NULL REFERENCES person (id),
    PRIMARY KEY (centre_id, position_index),
    UNIQUE (centre_id, person_id)
);
CREATE INDEX centre_director_person_idx ON centre_director (person_id);

CREATE TABLE team (
    id               uuid PRIMARY KEY,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    name             varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    centre_id        uuid REFERENCES centre (id),
    discipline_codes text[]       NOT NULL DEFAULT '{}',
    lead_id          uuid REFERENCES person (id)
);
CREATE INDEX team_centre_idx ON team (centre_id);
CREATE INDEX team_lead_idx ON team (lead_id);

CREATE TABLE team_institution (
    team_id        uuid    NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    PRIMARY KEY (team_id, position_index),
    UNIQUE (team_id, institution_id)
);
CREATE INDEX team_institution_institution_idx ON team_institution (institution_id);

CREATE TABLE team_member (
    team_id        uuid    NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    person_id      uuid    NOT NULL REFERENCES person (id),
    role           varchar(100),
    starts_on      date,
    ends_on        date,
    PRIMARY KEY (team_id, position_index),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX team_member_person_idx ON team_member (person_id);

CREATE TABLE project (
    id               uuid PRIMARY KEY,
    version          bigint        NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    title            varchar(500)  NOT NULL CHECK (length(btrim(title)) > 0),
    summary          text,
    keywords         text[]        NOT NULL DEFAULT '{}',
    discipline_codes text[]        NOT NULL CHECK (cardinality(discipline_codes) >= 1),
    status           varchar(16)   NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'SUSPENDED')),
    starts_on        date,
    ends_on          date,
    centre_id        uuid REFERENCES centre (id),
    team_id          uuid REFERENCES team (id),
    agreement_id     uuid REFERENCES agreement (id),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX project_centre_idx ON project (centre_id);
CREATE INDEX project_team_idx ON project (team_id);
CREATE INDEX project_agreement_idx ON project (agreement_id);
CREATE INDEX project_disciplines_idx ON project USING gin (discipline_codes);

CREATE TABLE project_institution (
    project_id     uuid    NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    PRIMARY KEY (project_id, position_index),
    UNIQUE (project_id, institution_id)
);
CREATE INDEX project_institution_institution_idx ON project_institution (institution_id);

CREATE TABLE project_person (
    project_id     uuid        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position_index integer     NOT NULL,
    person_id      uuid        NOT NULL REFERENCES person (id),
    role           varchar(16) NOT NULL CHECK (role IN ('LEAD', 'CO_INVESTIGATOR', 'MEMBER', 'STUDENT')),
    PRIMARY KEY (project_id, position_index),
    UNIQUE (project_id, person_id)
);
CREATE INDEX project_person_person_idx ON project_person (person_id);

CREATE TABLE project_funding (
    project_id     uuid           NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position_index integer        NOT NULL,
    source         varchar(300)   NOT NULL,
    amount         numeric(18, 2) CHECK (amount >= 0),
    currency       char(3) CHECK (currency ~ '^[A-Z]{3}$'),
    PRIMARY KEY (project_id, position_index)
);

CREATE TABLE programme (
    id                  uuid PRIMARY KEY,
    version             bigint       NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    name                varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    kind                varchar(32)  NOT NULL CHECK (kind IN ('STUDENT_EXCHANGE', 'FACULTY_EXCHANGE', 'JOINT_TRAINING', 'INTERNSHIP')),
    agreement_id        uuid REFERENCES agreement (id),
    host_institution_id uuid         NOT NULL REFERENCES institution (id),
    starts_on           date,
    ends_on             date,
    places              integer CHECK (places >= 0),
    description         text,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX programme_agreement_idx ON programme (agreement_id);
CREATE INDEX programme_host_idx ON programme (host_institution_id);

CREATE TABLE programme_partner (
    programme_id   uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position_index integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    PRIMARY KEY (programme_id, position_index),
    UNIQUE (programme_id, institution_id)
);
CREATE INDEX programme_partner_institution_idx ON programme_partner (institution_id);
