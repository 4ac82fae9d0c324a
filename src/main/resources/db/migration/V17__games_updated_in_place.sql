-- Every journal batch that carries a game updates its row, about once a move. With no indexed column changed and
-- room on its page, PostgreSQL writes the new version beside the old (a heap-only, HOT, update) instead of adding an
-- entry to every index of the table. deadline changes every move, so games out of time are found through their
-- expired lease, which no move changes, and each page keeps room for the next versions (benchmarks.md "Games rows
-- updated in place").
ALTER TABLE games SET (fillfactor = 70);
DROP INDEX games_overdue;
CREATE INDEX games_unheld ON games (region, lease_expires_at) WHERE status = 'active';
