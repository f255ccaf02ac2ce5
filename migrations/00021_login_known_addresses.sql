-- +goose Up
-- Addresses each admin logged in from with the right password, so that
-- failures elsewhere do not lock a known address out (see throttle.go).
CREATE TABLE login_known_addresses (
    username  text NOT NULL,
    client_ip text NOT NULL,
    last_ok   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, client_ip)
);
COMMENT ON TABLE login_known_addresses IS
    'A (username, address) pair that logged in successfully within LoginKnownFor is exempt from the per-address and per-account caps: a stranger guessing elsewhere, or many accounts behind one proxy, cannot lock its admin out.';

-- +goose Down
DROP TABLE login_known_addresses;
