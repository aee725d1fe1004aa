import { describe, expect, it } from '@jest/globals';
import { emptyLedger, parseLedger, serializeLedger, type Delivery } from '../../src/core/history/ledger.js';
import { decideNote, heldReason, KEEP_NOTES, lastDelivered, withNote, type NoteRecord } from '../../src/core/notes.js';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const delivery = (channel: string, ok: boolean, at: number): Delivery => ({ channel, ok, attempts: 1, at: iso(at) });
const note = (title: string, deliveries: Delivery[], over: Partial<NoteRecord> = {}): NoteRecord => ({
  title,
  text: 'x',
  level: 'info',
  at: deliveries[0]?.at ?? iso(T0),
  channels: deliveries.map((d) => d.channel),
  deliveries,
  ...over,
});
const MIN = 60_000;

describe('decideNote', () => {
  const notes = [
    note('done', [delivery('a', true, T0), delivery('b', false, T0)]),
    note('other', [delivery('c', true, T0)]),
  ];

  it('without wait-duration every channel gets it', () => {
    expect(decideNote({ notes, title: 'done', channels: ['a', 'b'], waitMs: undefined, now: T0 + MIN })).toEqual({
      send: ['a', 'b'],
      held: [],
    });
  });

  it('holds a channel that received the same title within the wait; a failed delivery is sent again', () => {
    expect(decideNote({ notes, title: 'done', channels: ['a', 'b', 'c'], waitMs: 5 * MIN, now: T0 + 3 * MIN })).toEqual(
      {
        send: ['b', 'c'],
        held: [{ channel: 'a', lastAt: iso(T0), agoMs: 3 * MIN }],
      },
    );
  });

  it('sends again once the wait has passed', () => {
    expect(decideNote({ notes, title: 'done', channels: ['a'], waitMs: 5 * MIN, now: T0 + 5 * MIN }).send).toEqual([
      'a',
    ]);
  });

  it('another title is not held; the latest delivery counts', () => {
    const later = [...notes, note('done', [delivery('a', true, T0 + 10 * MIN)])];
    expect(lastDelivered(later, 'done', 'a')).toBe(iso(T0 + 10 * MIN));
    expect(
      decideNote({ notes: later, title: 'done', channels: ['a'], waitMs: 5 * MIN, now: T0 + 12 * MIN }).held,
    ).toEqual([{ channel: 'a', lastAt: iso(T0 + 10 * MIN), agoMs: 2 * MIN }]);
    expect(decideNote({ notes, title: 'Done', channels: ['a'], waitMs: 5 * MIN, now: T0 + MIN }).send).toEqual(['a']);
  });

  it('a note recorded in the future (a clock skew) holds nothing', () => {
    expect(decideNote({ notes, title: 'done', channels: ['a'], waitMs: 5 * MIN, now: T0 - MIN }).send).toEqual(['a']);
  });

  it('says when it was last sent', () => {
    expect(heldReason({ channel: 'a', lastAt: iso(T0), agoMs: 3 * MIN }, '5m')).toBe(
      'a note with the same title was sent to it 3 min ago, at 2026-12-01T10:00:00.000Z (wait-duration 5m)',
    );
  });
});

describe('notes in the ledger', () => {
  it(`keeps the newest ${KEEP_NOTES}`, () => {
    let notes: NoteRecord[] = [];
    for (let i = 0; i < KEEP_NOTES + 5; i++) notes = withNote(notes, note(`n${i}`, []));
    expect(notes).toHaveLength(KEEP_NOTES);
    expect(notes[0]!.title).toBe('n5');
    expect(notes.at(-1)!.title).toBe(`n${KEEP_NOTES + 4}`);
  });

  it('round-trips; a ledger without notes writes none (old ledgers load, and read back byte for byte)', () => {
    const plain = serializeLedger(emptyLedger());
    expect(plain).not.toContain('notes');
    expect(parseLedger(plain, 'h.json').notes).toBeUndefined();
    const old = '{"version":1,"instances":[],"runs":[],"events":[]}';
    expect(serializeLedger(parseLedger(old, 'h.json'))).toBe(`${old}\n`);
    const withOne = { ...emptyLedger(), notes: [note('done', [delivery('a', true, T0)])] };
    expect(parseLedger(serializeLedger(withOne), 'h.json').notes).toEqual(withOne.notes);
  });

  it('a malformed notes entry is a corrupt ledger, named', () => {
    expect(() => parseLedger('{"version":1,"instances":[],"runs":[],"events":[],"notes":{}}', 'h.json')).toThrow(
      'h.json: the history file is unreadable: notes must be a list',
    );
    expect(() =>
      parseLedger('{"version":1,"instances":[],"runs":[],"events":[],"notes":[{"title":1}]}', 'h.json'),
    ).toThrow('a note entry is malformed');
  });
});
