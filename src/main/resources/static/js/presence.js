// Who is at the table, as the game's host sees it: a dot beside each player (present, or away for
// how long), and the claim against a player to move who has been away for the server's
// claim-after. The server alone decides when a claim is allowed (`claimable`); the countdown
// only shows how long is left, from `awaySince` and `claimAfter` with the clocks' estimate of
// the server's time.

const $ = (id) => document.getElementById(id);

/** Takes a `presence` event's data (or a view's fields of the same names) into the game. */
export function applyPresence(game, data) {
  game.present = data.present;
  game.awaySince = data.awaySince;
  game.claimable = data.claimable;
  game.claimAfter = data.claimAfter;
}

/** 12000 → "12 s", 200000 → "3 min", 7500000 → "2 h". */
export function formatAway(ms) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h`;
}

/** Whether a seated player may still abort: until every seat has taken a turn. */
export function canAbort(game, mySeat) {
  return game.status === 'active' && mySeat >= 0 && !game.seats[mySeat].resigned
    && new Set(game.moves.map((move) => move.seat)).size < game.seats.length;
}

/** Draws the dots (cells marked `data-presence-seat`) and the claim button. */
export function renderPresence(game, mySeat, serverNow, busy) {
  const away = (seat) => game.present?.[seat] === false;
  for (const dot of document.querySelectorAll('[data-presence-seat]')) {
    const seat = Number(dot.dataset.presenceSeat);
    const since = game.awaySince?.[seat];
    const text = !away(seat) ? 'here' : `away${since ? ` ${formatAway(serverNow() - Date.parse(since))}` : ''}`;
    dot.classList.toggle('away', away(seat));
    dot.classList.toggle('present', !away(seat));
    dot.title = text;
    dot.textContent = away(seat) ? text : '';
    dot.setAttribute('aria-label', text);
  }
  const claim = $('claim');
  const offered = game.status === 'active' && mySeat >= 0 && !game.seats[mySeat].resigned
    && game.turn !== mySeat && away(game.turn);
  claim.hidden = !offered;
  if (!offered) {
    return;
  }
  const allowed = game.claimable?.[game.turn] === true;
  claim.disabled = !allowed || busy;
  const since = game.awaySince?.[game.turn];
  const left = since ? Date.parse(since) + game.claimAfter * 1000 - serverNow() : null;
  // With more than two still in, the game goes on: it is not a win.
  const label = game.seats.filter((seat) => !seat.resigned).length === 2 ? 'Claim the win'
    : `Claim against ${game.seats[game.turn].player.name}`;
  claim.textContent = allowed || left === null ? label
    : `${label} in ${left > 0 ? formatAway(left + 999) : 'a moment'}`;
}
