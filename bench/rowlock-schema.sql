-- The row-lock baseline's tables: one row per token, one row per authorization.
-- The expected code of token N is N * 7919 mod 10^8 (8 digits): the script stands in for the application,
-- which would compute it with OCRA from the token's key.
DROP TABLE IF EXISTS rowlock_authorization;
DROP TABLE IF EXISTS rowlock_token;
CREATE TABLE rowlock_token (
    id integer PRIMARY KEY,
    code char(8) NOT NULL,
    failures integer NOT NULL DEFAULT 0,
    locked boolean NOT NULL DEFAULT false
);
CREATE TABLE rowlock_authorization (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_id integer NOT NULL,
    authorized_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO rowlock_token (id, code)
SELECT g, lpad(((g::bigint * 7919) % 100000000)::text, 8, '0') FROM generate_series(1, 10000) AS g;
VACUUM ANALYZE rowlock_token;
