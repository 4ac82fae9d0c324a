-- The analysis of a finished game, worked out once (the move generator on every turn) and kept:
-- a finished game never changes, so a later request reads it and runs nothing. json, not jsonb:
-- the text is kept as written, so every answer is byte for byte the same.
CREATE TABLE game_analyses (
    game_id     text        PRIMARY KEY,
    analysis    json        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
