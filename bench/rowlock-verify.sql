-- One verification as a bank team would write it first: one PostgreSQL transaction that locks the token's row,
-- compares the code, and either counts a failure (locking at 5) or records the authorization and resets the count.
-- Variables: tokens (1 = one hot token; 10000 = spread over all rows), wrong (percent of wrong codes, default 0 in run-baseline.sh).
\set token random(1, :tokens)
\set code (:token * 7919) % 100000000 + case when random(1, 100) <= :wrong then 1 else 0 end
BEGIN;
SELECT CASE WHEN code = lpad((:code % 100000000)::text, 8, '0') AND NOT locked THEN 1 ELSE 0 END AS ok
FROM rowlock_token WHERE id = :token FOR UPDATE \gset
\if :ok = 1
UPDATE rowlock_token SET failures = 0 WHERE id = :token AND failures <> 0;
INSERT INTO rowlock_authorization (token_id) VALUES (:token);
\else
UPDATE rowlock_token SET failures = failures + 1, locked = failures + 1 >= 5 WHERE id = :token AND NOT locked;
\endif
COMMIT;
