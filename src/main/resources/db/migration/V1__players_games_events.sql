-- Players: registration is a rare write, made on the primary.
CREATE TABLE players (
    id          text        PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    played      integer     NOT NULL DEFAULT 0,
    won         integer     NOT NULL DEFAULT 0
);
-- Names are unique regardless of case.
CREATE UNIQUE INDEX players_name_key ON players (lower(name));

-- Games: one row per game, with the lease that says which machine hosts it.
CREATE TABLE games (
    id               text        PRIMARY KEY,
    region           text        NOT NULL,
    host_machine     text,
    lease_expires_at timestamptz,
    lease_epoch      bigint      NOT NULL DEFAULT 0,
    status           text        NOT NULL CHECK (status IN ('waiting', 'active', 'finished')),
    seat_count       smallint    NOT NULL CHECK (seat_count BETWEEN 2 AND 4),
    seats            jsonb       NOT NULL DEFAULT '[]',
    created_by       text        NOT NULL REFERENCES players (id),
    lexicon          text        NOT NULL,
    rules            jsonb       NOT NULL DEFAULT '{}',
    seed             bigint      NOT NULL,
    version          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    final_scores     jsonb
);
-- The lobby: games of one status, newest first.
CREATE INDEX games_status_created ON games (status, created_at DESC);
-- Bulk lease renewal and hand-over by the hosting machine.
CREATE INDEX games_host_lease ON games (host_machine, lease_expires_at) WHERE status <> 'finished';

-- The event log: a game is its seed plus these events, in version order.
CREATE TABLE game_events (
    game_id     text        NOT NULL REFERENCES games (id),
    version     integer     NOT NULL CHECK (version > 0),
    type        text        NOT NULL,
    payload     jsonb       NOT NULL,
    epoch       bigint      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (game_id, version)
);
