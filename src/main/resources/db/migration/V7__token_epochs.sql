-- Revocable tokens: a token carries the epoch its player had when it was signed, and is accepted
-- only while that is still the player's epoch. Signing out and changing the password raise it.
ALTER TABLE players ADD COLUMN token_epoch integer NOT NULL DEFAULT 0;
-- When the epoch was last raised: every machine polls for raises since its last look.
ALTER TABLE players ADD COLUMN token_epoch_raised_at timestamptz;
CREATE INDEX players_token_epoch_raised ON players (token_epoch_raised_at) WHERE token_epoch_raised_at IS NOT NULL;
-- A password change ends every token but the caller's: the fingerprint of the one token that
-- outlives the latest raise (null when none does, as after signing out).
ALTER TABLE players ADD COLUMN token_kept text;
