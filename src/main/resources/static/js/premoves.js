// Tiles put down while another player moves. They stay while their squares are free; a play that
// covers one sends it back to the rack. Play during another's turn queues the play, and it goes in
// as soon as the turn comes, unless a tile had to go back meanwhile.

export class Premoves {
  constructor() {
    this.queued = false;
  }

  queue() {
    this.queued = true;
  }

  cancel() {
    this.queued = false;
  }

  /**
   * After another seat's move: `returned` tiles came back to the rack. Says so, drops a queued play
   * that lost a tile, and answers whether a queued play should now go in.
   */
  afterMove({ returned, myTurn, empty, mover, say }) {
    if (returned > 0) {
      say(`${mover} played on ${returned === 1 ? 'a square you had used: that tile is' : `squares you had used: ${returned} tiles are`}`
        + ' back on your rack.', false);
      this.queued = false;
      return false;
    }
    if (!myTurn || !this.queued) {
      return false;
    }
    this.queued = false;
    return !empty;
  }
}
