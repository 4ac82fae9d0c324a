// The game's chat panel. Lines come from the live stream (`event: chat`) and, each time the stream
// opens and once the game is over, from GET …/chat, merged by id. Every text goes in with
// textContent, never as markup. Players see the spectators' lines only after the end; the server
// decides, and the page also leaves out the authors its player blocked. On a phone the panel
// starts folded and counts the lines that came in meanwhile.
import { get, post, put } from './api.js';
import { confirmAction, reportReason } from './dialogs.js';
import { describe } from './problems.js';

const $ = (id) => document.getElementById(id);
const PHONE = window.matchMedia('(max-width: 820px)');

export class ChatPanel {
  constructor(gamePath) {
    this.path = `${gamePath}/chat`;
    this.gameId = decodeURIComponent(gamePath.split('/').pop());
    this.lines = new Map();
    this.blocked = new Set();
    this.me = null;
    this.unread = 0;
    this.resumedAfterEnd = false;
    this.fold(PHONE.matches);
    $('chat-toggle').addEventListener('click', () => this.fold(!this.folded));
    $('chat-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.send();
    });
  }

  /** The signed-in player (null: a visitor), whose blocks the page also leaves out. */
  async signedIn(me) {
    this.me = me;
    if (me) {
      const known = await get('/api/players/me/blocks').catch(() => ({ blocked: [] }));
      known.blocked.forEach((id) => this.blocked.add(id));
      this.draw();
    }
  }

  /** A line from the live stream. */
  received(line) {
    if (this.add(line) && this.folded && line.from.id !== this.me?.id) {
      this.unread += 1;
    }
    this.draw();
  }

  /** Everything the server keeps that this player may see, after a (re)connection. */
  async resume() {
    try {
      const chat = await get(this.path);
      chat.messages.forEach((line) => this.add(line));
      this.draw();
    } catch {
      // The stream's own reconnection tells the player when the server is away.
    }
  }

  /** Who writes where, and whether the form shows; after the end, the spectators' lines too. */
  render(game, mySeat) {
    const over = game.status === 'finished';
    $('chat-form').hidden = this.me === null || over;
    $('chat-channel').textContent = over ? 'The game is over: the chat is closed.'
      : this.me === null ? 'Sign in from the lobby to chat.'
        : mySeat >= 0 ? 'You write to the players. Spectators\' messages show after the game.'
          : 'You write to the spectators; the players see it after the game.';
    if (over && !this.resumedAfterEnd) {
      this.resumedAfterEnd = true;
      this.resume();
    }
  }

  add(line) {
    if (this.lines.has(line.id) || this.blocked.has(line.from.id)) {
      return false;
    }
    this.lines.set(line.id, line);
    return true;
  }

  fold(folded) {
    this.folded = folded;
    if (!folded) {
      this.unread = 0;
    }
    $('chat-body').hidden = folded;
    $('chat-toggle').setAttribute('aria-expanded', String(!folded));
    this.drawUnread();
  }

  drawUnread() {
    const badge = $('chat-unread');
    badge.hidden = this.unread === 0;
    badge.textContent = String(this.unread);
    badge.setAttribute('aria-label', `${this.unread} unread`);
  }

  draw() {
    const list = $('chat-lines');
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    const lines = [...this.lines.values()].filter((line) => !this.blocked.has(line.from.id))
      .sort((a, b) => a.at.localeCompare(b.at));
    list.replaceChildren(...lines.map((line) => this.item(line)));
    if (atBottom) {
      list.scrollTop = list.scrollHeight;
    }
    this.drawUnread();
  }

  item(line) {
    const item = document.createElement('li');
    item.className = `chat-line ${line.channel}`;
    item.dataset.chatId = line.id;
    item.dataset.author = line.from.id;
    const from = document.createElement('span');
    from.className = 'chat-from';
    from.textContent = line.from.name;
    item.append(from);
    if (line.channel === 'spectators') {
      const tag = document.createElement('span');
      tag.className = 'chat-tag';
      tag.textContent = 'spectator';
      item.append(tag);
    }
    const text = document.createElement('span');
    text.className = 'chat-text';
    text.textContent = line.text;
    item.append(text);
    if (this.me !== null && line.from.id !== this.me.id) {
      item.append(this.actions(line.from));
    }
    return item;
  }

  actions(author) {
    const block = document.createElement('button');
    block.type = 'button';
    block.className = 'chat-block';
    block.textContent = 'Block';
    block.setAttribute('aria-label', `Block ${author.name}`);
    block.addEventListener('click', () => this.block(author));
    const report = document.createElement('button');
    report.type = 'button';
    report.className = 'chat-report';
    report.textContent = 'Report';
    report.setAttribute('aria-label', `Report ${author.name}`);
    report.addEventListener('click', () => this.report(author));
    const actions = document.createElement('span');
    actions.className = 'chat-actions';
    actions.append(block, report);
    return actions;
  }

  async send() {
    const input = $('chat-text');
    const message = $('chat-form').querySelector('.form-message');
    message.textContent = '';
    try {
      const line = await post(this.path, { text: input.value });
      input.value = '';
      this.received(line);
    } catch (problem) {
      message.textContent = describe(problem);
    }
  }

  async block(author) {
    if (!await confirmAction(`Block ${author.name}? You will not see their messages, and they cannot join your games.`,
      'Block')) {
      return;
    }
    try {
      await put(`/api/players/me/blocks/${encodeURIComponent(author.id)}`);
      this.blocked.add(author.id);
      this.draw();
      this.say(`You blocked ${author.name}.`);
    } catch (problem) {
      this.say(describe(problem));
    }
  }

  async report(author) {
    const reason = await reportReason(author.name);
    if (!reason) {
      return;
    }
    try {
      await post('/api/reports', { player: author.id, game: this.gameId, reason });
      this.say(`Thank you: ${author.name} is reported to the moderators.`);
    } catch (problem) {
      this.say(describe(problem));
    }
  }

  say(text) {
    $('chat-note').textContent = text;
  }
}
