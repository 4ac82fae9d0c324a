-- Names are unique once folded: case and look-alike letters (I, l, 1 and i; O and 0; S and 5;
-- Z and 2; B and 8; rn and m; vv and w; _ and -) make no difference, so "AIice" cannot sit beside
-- "Alice". PlayerName in the code and docs/accounts.md carry the same table.
CREATE FUNCTION player_name_folded(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate(replace(replace(lower(name), 'rn', 'm'), 'vv', 'w'), '1i0528_', 'lloszb-') $$;
-- Names that already fold alike keep working; the oldest of them holds the folded name.
ALTER TABLE players ADD COLUMN name_fold_exempt boolean NOT NULL DEFAULT false;
UPDATE players SET name_fold_exempt = true
WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY player_name_folded(name)
                                                           ORDER BY created_at, id) AS n
                             FROM players) ranked
             WHERE n > 1);
CREATE UNIQUE INDEX players_name_folded_key ON players (player_name_folded(name)) WHERE NOT name_fold_exempt;
