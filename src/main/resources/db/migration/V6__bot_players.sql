-- Computer opponents are players too: a row each, so that games, seats and results name them
-- like anyone. Their names hold a space, which a person's name cannot, so no one can take them.
ALTER TABLE players ADD COLUMN bot boolean NOT NULL DEFAULT false;
INSERT INTO players (id, name, bot) VALUES
    ('bot-beginner', 'Beginner bot', true),
    ('bot-steady', 'Steady bot', true),
    ('bot-expert', 'Expert bot', true)
ON CONFLICT (id) DO UPDATE SET bot = true;
