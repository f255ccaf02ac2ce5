-- +goose Up
-- People who may log in to /admin. Created with `plenary admin create`.
CREATE TABLE admins (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{0,62}$'),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN admins.username IS
    'Lower-case login name; the login form lower-cases what is typed, so the check keeps lookups exact.';
COMMENT ON COLUMN admins.password_hash IS
    'argon2id in PHC string form ($argon2id$v=19$m=…,t=…,p=…$salt$hash); the parameters travel with the hash so they can be raised later.';

-- +goose Down
DROP TABLE admins;
