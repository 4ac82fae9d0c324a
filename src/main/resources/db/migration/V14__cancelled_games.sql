-- A game its creator called off before it started: kept with its log, listed nowhere.
ALTER TABLE games DROP CONSTRAINT games_status_check;
ALTER TABLE games ADD CONSTRAINT games_status_check
    CHECK (status IN ('waiting', 'active', 'finished', 'cancelled'));
