-- The shape an analysis was written in: 1 before equity, 2 with equity, top plays and the players' summary.
-- A kept analysis of an older format is worked out again on its next request and replaces the old row.
ALTER TABLE game_analyses ADD COLUMN format integer NOT NULL DEFAULT 1;
-- The simulating computer opponent is a player like the other bots.
INSERT INTO players (id, name, bot) VALUES ('bot-master', 'Master bot', true)
ON CONFLICT (id) DO UPDATE SET bot = true;
