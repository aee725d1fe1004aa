// Untrusted text on the surfaces people read (SPEC §6): no line of the log it produces is a workflow command, and no
// bidirectional control reaches the log, the summary or Slack.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mdCell } from '../../src/core/report/markdown.js';
import { safeLogText, stripBidi } from '../../src/core/safe-text.js';
import { escapeSlack } from '../../src/core/slack/message.js';
import { commandsOf, parseCommand, readLines } from '../helpers/runner-log.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

/** Strings made of the pieces that build commands, mixed with arbitrary unicode. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('::', ':', '#', '##[', '[', ']', '##', 'stop-commands', 'warning', 'error', 'add-mask', ' '),
      fc.constantFrom('\n', '\r', '\r\n', '\t', '\u00A0', '\u0085', '\u2028', '\u200B', '\uFEFF', '\u0301', '\u0000'),
      fc.constantFrom(...BIDI),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('stripBidi', () => {
  it('removes every bidirectional control and nothing else', () => {
    expect(stripBidi(`a${BIDI.join('')}b ✓ 日本 \u200B`)).toBe('ab ✓ 日本 \u200B');
  });

  it('is applied by the summary and Slack escaping', () => {
    expect(mdCell('\u202Egnp.exe')).toBe('gnp.exe');
    expect(escapeSlack('acc\u2066uracy\u2069 <!channel>')).toBe('accuracy &lt;!channel&gt;');
  });
});

describe('safeLogText', () => {
  it.each([
    ['::warning::forged', '\\::warning::forged'],
    ['  ::stop-commands::abc', '\\  ::stop-commands::abc'],
    ['entry ##[error]x and ##[group]y', 'entry ##\\[error]x and ##\\[group]y'],
    ['ok\n::error::x\r::debug::y\r\nok', 'ok\n\\::error::x\r\\::debug::y\r\nok'],
    ['\u200B::notice::zero-width', '\\\u200B::notice::zero-width'],
    ['#\u200B#[error]x', '##\\[error]x'],
    ['\u202E::warning::rtl', '\\::warning::rtl'],
    ['%0A::error::x', '%0A::error::x'],
    ['a plain line: with colons, and #hash [brackets]', 'a plain line: with colons, and #hash [brackets]'],
  ])('%j is shown as %j', (raw, shown) => {
    expect(safeLogText(raw)).toBe(shown);
  });

  it('property: no line of the result is a command, even to a lenient reading of the runner', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(commandsOf(`${safeLogText(s)}\n`)).toEqual([]);
        for (const line of readLines(safeLogText(s))) expect(parseCommand(line)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('property: line ends are kept, and a line that is not a command is only stripped of bidi controls', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const shown = safeLogText(s);
        expect(readLines(shown)).toHaveLength(readLines(stripBidi(s)).length);
        if (commandsOf(stripBidi(s)).length === 0 && !/[#:]/.test(s)) expect(shown).toBe(stripBidi(s));
      }),
      { numRuns: RUNS },
    );
  });
});
