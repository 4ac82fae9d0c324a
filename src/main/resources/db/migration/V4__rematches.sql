-- The rematch of a finished game: one per game, whoever asks first creates it (an INSERT that
-- cannot happen twice decides), and every later ask is seated in the same new game.
CREATE TABLE rematches (
    game_id     text        PRIMARY KEY REFERENCES games (id),
    rematch_id  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
