-- Game chat, written behind by the journal like moves; read back for GET /api/games/{id}/chat.
CREATE TABLE game_chat (
    game_id     text        NOT NULL,
    id          text        NOT NULL,
    seq         bigserial,
    channel     text        NOT NULL CHECK (channel IN ('players', 'spectators')),
    player_id   text        NOT NULL,
    player_name text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (game_id, id)
);
CREATE INDEX game_chat_by_time ON game_chat (game_id, created_at, seq);

-- Who blocked whom: the blocker never hears the blocked, who cannot join the blocker's waiting games.
CREATE TABLE player_blocks (
    blocker    text        NOT NULL REFERENCES players (id),
    blocked    text        NOT NULL REFERENCES players (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker, blocked)
);

-- Players a moderator muted: they may not chat anywhere.
CREATE TABLE player_mutes (
    player_id  text        PRIMARY KEY REFERENCES players (id),
    muted_by   text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Reports of a player, for the moderators.
CREATE TABLE player_reports (
    id         bigserial   PRIMARY KEY,
    reporter   text        NOT NULL REFERENCES players (id),
    player_id  text        NOT NULL REFERENCES players (id),
    game_id    text,
    reason     text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX player_reports_by_time ON player_reports (created_at DESC);
