-- When the player to move runs out of time (null when no clock runs), so that a machine can find
-- the games of its region whose time ran out while no machine hosted them, and end them.
ALTER TABLE games ADD COLUMN deadline timestamptz;
CREATE INDEX games_overdue ON games (region, deadline) WHERE status = 'active';
