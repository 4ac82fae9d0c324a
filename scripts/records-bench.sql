-- A million finished games between 100,000 players, two seats each, every one rated, and a rating per
-- player in each of four keys; then the plans of the profile, games, history, leaderboard and view
-- queries (PlayerRecords) and of the sweep's (RatingSweep). Run by scripts/records-bench.
INSERT INTO players (id, name)
SELECT 'p' || i, 'player' || i FROM generate_series(1, 100000) AS i;

INSERT INTO games (id, region, status, seat_count, seats, created_by, lexicon, rules, seed, version, created_at,
                   finished_at, final_scores, recorded_at)
SELECT 'g' || i, 'ams', 'finished', 2, '[]', 'p' || (1 + i % 100000), 'english',
       jsonb_build_object('seats', 2, 'clock', jsonb_build_object('initial', 300, 'increment', 3, 'overtime', 1),
                          'challenge', 'void', 'rated', true),
       i, 30, timestamptz '2026-01-01' + i * interval '20 seconds',
       timestamptz '2026-01-01' + i * interval '20 seconds' + interval '15 minutes', '{}',
       timestamptz '2026-01-01' + i * interval '20 seconds' + interval '16 minutes'
FROM generate_series(1, 1000000) AS i;

INSERT INTO player_games (game_id, seat, player_id, finished_at, result, score, bingos, scores, players, key,
                          rating_before, deviation_before, rating_after, deviation_after)
SELECT 'g' || i, s, 'p' || (1 + (i::bigint * (s + 1) * 7919) % 100000),
       timestamptz '2026-01-01' + i * interval '20 seconds' + interval '15 minutes',
       CASE WHEN (i + s) % 2 = 0 THEN 'win' ELSE 'loss' END, 300 + (i * 13 + s) % 200, (i + s) % 3,
       '[400, 350]', '[{"id": "a", "name": "a", "score": 400}, {"id": "b", "name": "b", "score": 350}]',
       'english:blitz', 1500, 80, 1500 + (i % 50) - 25, 79
FROM generate_series(1, 1000000) AS i, generate_series(0, 1) AS s;

INSERT INTO ratings (player_id, key, rating, deviation, volatility, games, rated_at)
SELECT 'p' || i, k, 1000 + (i * 7919) % 1500, 40 + (i * 31) % 310, 0.06, 20, now()
FROM generate_series(1, 100000) AS i,
     unnest(ARRAY['english:ultrablitz', 'english:blitz', 'english:rapid', 'english:classic']) AS k;

INSERT INTO player_stats (player_id, games, wins, losses, draws, score_total, bingos)
SELECT 'p' || i, 20, 10, 9, 1, 7000, 12 FROM generate_series(1, 100000) AS i;

-- Ten games just ended and not yet recorded.
UPDATE games SET recorded_at = NULL WHERE id IN (SELECT 'g' || i FROM generate_series(999991, 1000000) AS i);
VACUUM ANALYZE;

\echo '--- profile: ratings'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT key, rating, deviation, volatility, games FROM ratings WHERE player_id = 'p4242' AND games > 0 ORDER BY key;
\echo '--- profile: stats'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT games, wins, losses, draws, score_total, bingos FROM player_stats WHERE player_id = 'p4242';
\echo '--- games: first page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT pg.game_id, pg.seat, pg.finished_at, pg.result, pg.bingos, pg.scores::text, pg.players::text, pg.key,
       pg.rating_before, pg.rating_after, g.region, g.status, g.seat_count, g.lexicon, g.created_at,
       (g.rules->'clock')::text, coalesce(g.rules->>'challenge', 'void')
FROM player_games pg JOIN games g ON g.id = pg.game_id
WHERE pg.player_id = 'p4242' ORDER BY pg.finished_at DESC, pg.game_id DESC LIMIT 21;
\echo '--- games: a later page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT pg.game_id, pg.seat, pg.finished_at, pg.result, pg.bingos, pg.scores::text, pg.players::text, pg.key,
       pg.rating_before, pg.rating_after, g.region, g.status, g.seat_count, g.lexicon, g.created_at,
       (g.rules->'clock')::text, coalesce(g.rules->>'challenge', 'void')
FROM player_games pg JOIN games g ON g.id = pg.game_id
WHERE pg.player_id = 'p4242' AND (pg.finished_at, pg.game_id) < (timestamptz '2026-04-01', 'g0')
ORDER BY pg.finished_at DESC, pg.game_id DESC LIMIT 21;
\echo '--- rating history'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT game_id, finished_at, rating_after, deviation_after FROM player_games
WHERE player_id = 'p4242' AND key = 'english:blitz' AND rating_after IS NOT NULL
ORDER BY finished_at DESC LIMIT 1000;
\echo '--- leaderboard'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT r.player_id, p.name, r.rating, r.deviation, r.games FROM ratings r JOIN players p ON p.id = r.player_id
WHERE r.key = 'english:blitz' AND r.deviation <= 110 ORDER BY r.rating DESC LIMIT 50;
\echo '--- a game view: its rating changes'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT seat, key, rating_before, deviation_before, rating_after, deviation_after
FROM player_games WHERE game_id = 'g500000' AND rating_after IS NOT NULL ORDER BY seat;
\echo '--- the sweep'
EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
SELECT id FROM games WHERE status = 'finished' AND recorded_at IS NULL ORDER BY finished_at LIMIT 50;
