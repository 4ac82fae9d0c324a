-- A player's password, as a BCrypt hash; null for a guest, whose only credential is their token.
ALTER TABLE players ADD COLUMN password_hash text;
