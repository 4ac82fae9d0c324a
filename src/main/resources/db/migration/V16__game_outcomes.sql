-- A finished game's row keeps how each seat came out (results, leaving turns, bingos: play.host.view.GameOutcome), so
-- that recording it for its players reads one row instead of replaying its log. Games finished before this have
-- none and are replayed. The journal's batch gains the column as its $36, and takes the rows' seats ($8) and rules
-- ($11) as one text each, joined by chr(30) like the events' payloads, instead of arrays whose every element the
-- driver escapes. V15's 35-argument form stays, for machines of the release before during a rolling deploy, as a
-- call of this one that writes no outcome.
ALTER TABLE games ADD COLUMN outcome jsonb;

CREATE FUNCTION journal_write_batch(
    text[], text[], text[], bigint[], text[], text[], int[], text, text[], text[], text, bigint[], int[],
    text[], text[], text[], text[], int[], text[], text, bigint[], text[], text[], bigint[], text[], text[],
    boolean[], text[], text[], text[], text[], text[], text[], text[], text[], text[])
RETURNS TABLE (appended_events int, fenced_game_ids text[], fenced_epochs bigint[], missing_game_ids text[])
LANGUAGE plpgsql AS $function$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH saved AS (
        INSERT INTO games (id, region, host_machine, lease_epoch, lease_expires_at, status, seat_count, seats,
                           created_by, lexicon, rules, seed, version, created_at, finished_at, final_scores,
                           deadline, outcome)
        SELECT s.id, s.region, s.host_machine, s.lease_epoch, s.lease_expires_at::timestamptz, s.status,
               s.seat_count, s.seats::jsonb, s.created_by, s.lexicon, s.rules::jsonb, s.seed, s.version,
               s.created_at::timestamptz, s.finished_at::timestamptz, s.final_scores::jsonb,
               s.deadline::timestamptz, s.outcome::jsonb
        FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::int[],
                    string_to_array($8, chr(30)), $9::text[], $10::text[], string_to_array($11, chr(30)),
                    $12::bigint[], $13::int[], $14::text[],
                    $15::text[], $16::text[], $28::text[], $36::text[])
             AS s(id, region, host_machine, lease_epoch, lease_expires_at, status, seat_count, seats,
                  created_by, lexicon, rules, seed, version, created_at, finished_at, final_scores, deadline,
                  outcome)
        ON CONFLICT (id) DO UPDATE
           SET status = EXCLUDED.status, seats = EXCLUDED.seats, version = EXCLUDED.version,
               finished_at = EXCLUDED.finished_at, final_scores = EXCLUDED.final_scores,
               deadline = EXCLUDED.deadline, outcome = EXCLUDED.outcome
         WHERE games.lease_epoch = EXCLUDED.lease_epoch
        RETURNING id, lease_epoch),
    leases AS (
        SELECT id, lease_epoch FROM saved
        UNION ALL
        SELECT g.id, g.lease_epoch
        FROM (SELECT unnest($17::text[]) UNION SELECT unnest($23::text[]) EXCEPT SELECT unnest($1::text[]))
             AS unsaved(id)
        JOIN games g USING (id)),
    appended AS (
        INSERT INTO game_events (game_id, version, type, payload, epoch, created_at)
        SELECT e.game_id, e.version, e.type, e.payload::jsonb, e.epoch, e.created_at::timestamptz
        FROM unnest($17::text[], $18::int[], $19::text[], string_to_array($20, chr(30)), $21::bigint[],
                    $22::text[])
             AS e(game_id, version, type, payload, epoch, created_at)
        JOIN leases l ON l.id = e.game_id AND l.lease_epoch = e.epoch
        ON CONFLICT (game_id, version) DO NOTHING
        RETURNING 1),
    credited AS (
        INSERT INTO game_credits (game_id)
        SELECT DISTINCT f.game_id FROM unnest($23::text[], $24::bigint[]) AS f(game_id, epoch)
        JOIN leases l ON l.id = f.game_id AND l.lease_epoch = f.epoch
        ON CONFLICT (game_id) DO NOTHING
        RETURNING game_id),
    credits AS (
        SELECT c.player_id, count(*) AS played, count(*) FILTER (WHERE c.won) AS won
        FROM unnest($25::text[], $26::text[], $27::boolean[]) AS c(game_id, player_id, won)
        JOIN credited USING (game_id)
        GROUP BY c.player_id),
    updated AS (
        UPDATE players p SET played = p.played + credits.played, won = p.won + credits.won
        FROM credits WHERE p.id = credits.player_id
        RETURNING p.id),
    said AS (
        INSERT INTO game_chat (game_id, id, channel, player_id, player_name, body, created_at)
        SELECT c.game_id, c.id, c.channel, c.player_id, c.player_name, c.body, c.created_at::timestamptz
        FROM unnest($29::text[], $30::text[], $31::text[], $32::text[], $33::text[], $34::text[],
                    $35::text[]) WITH ORDINALITY
             AS c(game_id, id, channel, player_id, player_name, body, created_at, n)
        ORDER BY c.n
        ON CONFLICT (game_id, id) DO NOTHING
        RETURNING 1),
    left_out AS (
        SELECT p.game_id, p.epoch, l.id IS NOT NULL OR g.id IS NOT NULL AS known
        FROM (SELECT * FROM unnest($1::text[], $4::bigint[])
              UNION SELECT * FROM unnest($17::text[], $21::bigint[])
              UNION SELECT * FROM unnest($23::text[], $24::bigint[])) AS p(game_id, epoch)
        LEFT JOIN leases l ON l.id = p.game_id
        LEFT JOIN games g ON g.id = p.game_id
        WHERE l.lease_epoch IS DISTINCT FROM p.epoch)
    SELECT (SELECT count(*) FROM appended)::int,
           array_agg(game_id) FILTER (WHERE known), array_agg(epoch) FILTER (WHERE known),
           array_agg(game_id) FILTER (WHERE NOT known)
    FROM left_out;
END
$function$;

CREATE OR REPLACE FUNCTION journal_write_batch(
    text[], text[], text[], bigint[], text[], text[], int[], text[], text[], text[], text[], bigint[], int[],
    text[], text[], text[], text[], int[], text[], text, bigint[], text[], text[], bigint[], text[], text[],
    boolean[], text[], text[], text[], text[], text[], text[], text[], text[])
RETURNS TABLE (appended_events int, fenced_game_ids text[], fenced_epochs bigint[], missing_game_ids text[])
LANGUAGE sql AS $function$
    SELECT * FROM journal_write_batch($1, $2, $3, $4, $5, $6, $7, array_to_string($8, chr(30)), $9, $10,
        array_to_string($11, chr(30)), $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26,
        $27, $28, $29, $30, $31, $32, $33, $34, $35, NULL::text[])
$function$;
