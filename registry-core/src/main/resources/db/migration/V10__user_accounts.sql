-- Accounts of the people who sign in: administrators and researchers. A researcher's account names
-- their person; a person has at most one account, and cannot be deleted while it exists.
CREATE TABLE user_account (
    id                  uuid PRIMARY KEY,
    version             bigint       NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    username            varchar(64)  NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    -- A bcrypt hash, never the password itself.
    password_hash       varchar(100) NOT NULL,
    password_changed_at timestamptz  NOT NULL,
    roles               text[]       NOT NULL CHECK (cardinality(roles) > 0
                                         AND roles <@ ARRAY['ADMIN', 'RESEARCHER']::text[]),
    person_id           uuid REFERENCES person (id),
    CONSTRAINT user_account_username_key UNIQUE (username),
    CONSTRAINT user_account_person_key UNIQUE (person_id),
    CHECK (person_id IS NOT NULL OR NOT roles @> ARRAY['RESEARCHER']::text[])
);

-- Failed sign-ins per user name, whether or not an account has that name (so the answers do not
-- tell which names exist); a row goes when its user signs in or when it is long forgotten.
CREATE TABLE login_throttle (
    username        varchar(64) PRIMARY KEY,
    failures        integer     NOT NULL DEFAULT 0,
    last_failure_at timestamptz,
    locked_until    timestamptz
);
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);

-- Secrets the registry generates for itself when the environment gives none (the token signing key
-- in development), shared by every instance that uses the database.
CREATE TABLE generated_secret (
    name       varchar(40) PRIMARY KEY,
    secret     text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
