// Problem codes as sentences for people. The server's `detail` is a fallback only: the client
// branches on `code`, which is stable, and says things in the player's terms.

const SENTENCES = {
  'network': 'The server cannot be reached. Try again in a moment.',
  'unauthenticated': 'You are not signed in. Choose a name, or sign in.',
  'invalid-name': 'A name is 1 to 24 letters, digits, _ or -.',
  'name-taken': 'That name is taken. Choose another.',
  'game-not-found': 'There is no such game.',
  'game-full': 'Every seat in this game is taken.',
  'already-seated': 'You already have a seat in this game.',
  'game-started': 'This game has already started.',
  'not-enough-players': 'A game needs at least two players to start.',
  'not-creator': 'Only the player who created the game can start or cancel it.',
  'stale-version': 'The game moved on while you were playing. Look at the board and try again.',
  'not-your-turn': 'It is not your turn.',
  'not-seated': 'You do not have a seat in this game.',
  'game-not-active': 'The game is not in play.',
  'off-board': 'Every tile must be on the board.',
  'occupied': 'A tile is already on that square.',
  'not-in-line': 'Place all tiles in one row or one column.',
  'gap': 'The tiles must form one unbroken line, with no empty square between them.',
  'not-connected': 'A play must touch a tile already on the board.',
  'first-move-center': 'The first play must cover the centre star.',
  'too-few-tiles': 'The first play needs at least two tiles.',
  'not-in-rack': 'Those tiles are not on your rack.',
  'bag-too-small': 'You can exchange only while the bag holds at least 7 tiles.',
  'bad-move': 'That move could not be read.',
  'host-unavailable': 'The game\'s server is busy moving. Try again in a moment.',
  'rate-limited': 'That was too much too quickly. Wait a moment and try again.',
  'invalid-clock': 'That time control is not possible: 1 to 120 minutes, 0 to 60 seconds a move, 0 to 10 minutes of overtime.',
  'invalid-password': 'A password has 8 to 128 characters, and at most 72 bytes (fewer with emoji or accents).',
  'bad-credentials': 'That name and password do not match an account.',
  'game-not-finished': 'A rematch can be asked for once the game is over.',
  'too-late-to-abort': 'Everyone has moved: the game can no longer be aborted.',
  'opponent-present': 'The player to move is back, or has not been away long enough yet.',
  'cannot-nudge': 'Only another player of an untimed game can nudge the player to move.',
  'nudge-too-soon': 'You already nudged them today.',
  'invalid-chat': 'A message is 1 to 300 characters, on one line.',
  'muted': 'A moderator has muted you: you cannot chat.',
  'blocked': 'A player of this game has blocked you.',
  'invalid-report': 'Say in a few words what happened (up to 500 characters).',
  'computer-busy': 'The Master bot is playing as many games as it can just now. Try again in a minute, or play another level.',
};

/** One sentence for a refusal; `invalid-word` names the words. */
export function describe(problem) {
  if (problem.code === 'invalid-word') {
    const words = problem.words.map((w) => w.toUpperCase());
    return words.length === 1
      ? `${words[0]} is not a word in this game's word list.`
      : `${words.join(', ')} are not words in this game's word list.`;
  }
  return SENTENCES[problem.code] ?? problem.message ?? 'Something went wrong.';
}
