-- When a finished game's end was recorded for its players (their records, stats and, if rated, ratings): set in the
-- same transaction that records it, so a game is recorded once however many machines try.
ALTER TABLE games ADD COLUMN recorded_at timestamptz;
-- The finished games still to record, oldest first: a sweep reads only these.
CREATE INDEX games_to_record ON games (finished_at) WHERE status = 'finished' AND recorded_at IS NULL;

-- A player's Glicko-2 rating in one key ("<lexicon>:<category>"); rated_at is when their last rated game in it ended.
CREATE TABLE ratings (
    player_id   text             NOT NULL REFERENCES players (id),
    key         text             NOT NULL,
    rating      double precision NOT NULL,
    deviation   double precision NOT NULL,
    volatility  double precision NOT NULL,
    games       integer          NOT NULL DEFAULT 0,
    rated_at    timestamptz,
    PRIMARY KEY (player_id, key)
);
-- The leaderboard of a key: established players only (deviation at most 110), best first.
CREATE INDEX ratings_leaderboard ON ratings (key, rating DESC) WHERE deviation <= 110;

-- One row per seat of every finished game: the player's list of games, and for a rated game the rating change.
CREATE TABLE player_games (
    game_id           text             NOT NULL REFERENCES games (id),
    seat              smallint         NOT NULL,
    player_id         text             NOT NULL,
    finished_at       timestamptz      NOT NULL,
    result            text             NOT NULL CHECK (result IN ('win', 'loss', 'draw', 'aborted')),
    score             integer          NOT NULL,
    bingos            integer          NOT NULL,
    scores            jsonb            NOT NULL,
    players           jsonb            NOT NULL,
    key               text,
    rating_before     double precision,
    deviation_before  double precision,
    rating_after      double precision,
    deviation_after   double precision,
    PRIMARY KEY (game_id, seat)
);
-- A player's games, newest first, paged by (finished_at, game_id).
CREATE INDEX player_games_by_player ON player_games (player_id, finished_at DESC, game_id DESC);
-- A player's rating history in one key.
CREATE INDEX player_games_history ON player_games (player_id, key, finished_at) WHERE rating_after IS NOT NULL;

-- What a profile shows of all a player's finished games but aborted ones, kept as running totals.
CREATE TABLE player_stats (
    player_id    text    PRIMARY KEY,
    games        integer NOT NULL DEFAULT 0,
    wins         integer NOT NULL DEFAULT 0,
    losses       integer NOT NULL DEFAULT 0,
    draws        integer NOT NULL DEFAULT 0,
    score_total  bigint  NOT NULL DEFAULT 0,
    bingos       integer NOT NULL DEFAULT 0
);
