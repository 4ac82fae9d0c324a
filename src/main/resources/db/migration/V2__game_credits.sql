-- The games whose end has been credited to players.played and players.won, so that a finished game
-- is counted once even when the journal writes its GameFinished again after a lost commit reply.
CREATE TABLE game_credits (
    game_id     text        PRIMARY KEY REFERENCES games (id),
    credited_at timestamptz NOT NULL DEFAULT now()
);
