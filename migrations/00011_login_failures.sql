-- +goose Up
-- Failed admin logins, for throttling per account and per client address.
-- Rows older than the throttle window are deleted as new failures arrive.
CREATE TABLE login_failures (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username  text NOT NULL,
    client_ip text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN login_failures.username IS
    'The name as typed (lower-cased), whether or not such an admin exists: throttling must not reveal which accounts exist.';
CREATE INDEX login_failures_username_idx ON login_failures (username, at);
CREATE INDEX login_failures_ip_idx ON login_failures (client_ip, at);

-- +goose Down
DROP TABLE login_failures;
