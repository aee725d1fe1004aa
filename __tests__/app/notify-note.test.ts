// The ad-hoc message's checks before anything is sent: the note as given (flags, inputs), the channels picked.
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../src/action/inputs.js';
import { noteRequest, pickChannels } from '../../src/app/notify-note.js';
import type { ChannelConfig } from '../../src/core/types.js';

const channels = new Map<string, ChannelConfig>([
  ['ml-alerts', { name: 'ml-alerts', type: 'slack', url: 'https://hooks.example/1', apiUrl: '', mentions: [] }],
  ['laptop', { name: 'laptop', type: 'desktop' }],
]);
const config = { file: 'alerts.yml', channels };
const flag = (f: string) => `notify: --${f}`;
const given = (over: Partial<Record<'title' | 'text' | 'level' | 'wait', string>> = {}) => ({
  title: 'Training done',
  text: 'loss 0.1',
  level: '',
  wait: '',
  ...over,
});

describe('pickChannels', () => {
  it('every channel by default, in the order of the rules; the named ones otherwise', () => {
    expect(pickChannels(config, []).map((c) => c.name)).toEqual(['ml-alerts', 'laptop']);
    expect(pickChannels(config, ['laptop']).map((c) => c.name)).toEqual(['laptop']);
  });
  it('an unknown channel is refused with "did you mean" and the channels there are', () => {
    expect(() => pickChannels(config, ['ml-alert', 'laptop', 'nowhere'])).toThrow(
      'unknown channel "ml-alert"; did you mean "ml-alerts"? channels of alerts.yml: ml-alerts, laptop\nunknown channel "nowhere"; channels of alerts.yml: ml-alerts, laptop',
    );
  });
  it('rules without channels are refused', () => {
    expect(() => pickChannels({ file: 'a.yml', channels: new Map() }, [])).toThrow(
      'a.yml: the rules define no channel to send the note to',
    );
  });
});

describe('noteRequest', () => {
  it('info by default; a wait-duration as written and in ms', () => {
    expect(noteRequest(given(), flag)).toEqual({ note: { title: 'Training done', text: 'loss 0.1', level: 'info' } });
    expect(noteRequest(given({ level: 'critical', wait: '5m' }), flag)).toEqual({
      note: { title: 'Training done', text: 'loss 0.1', level: 'critical' },
      wait: { ms: 300_000, text: '5m' },
    });
  });
  it('refuses what cannot be sent, naming the flag', () => {
    expect(() => noteRequest(given({ title: ' ' }), flag)).toThrow("notify: --title is required: the note's title");
    expect(() => noteRequest(given({ text: '' }), flag)).toThrow("notify: --text is required: the note's text");
    expect(() => noteRequest(given({ level: 'error' }), flag)).toThrow(
      'notify: --level "error" is not allowed; allowed: info, warning, critical',
    );
    expect(() => noteRequest(given({ wait: '5 minutes' }), flag)).toThrow(
      'notify: --wait-duration "5 minutes" is not a duration; allowed: a number and a unit, such as 30s, 5m, 6h, 1d, 2w',
    );
    expect(() => noteRequest(given({ title: 'x'.repeat(201) }), flag)).toThrow(
      'notify: --title is 201 characters long; at most 200 are allowed',
    );
  });
});

describe('the notify-* inputs', () => {
  const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');
  it('no notify-title: a check', () => {
    expect(read({}).notify).toBeUndefined();
  });
  it('notify-title: the note mode, channels split at newlines and commas', () => {
    expect(
      read({
        'notify-title': 'Done',
        'notify-text': 'ok',
        'notify-level': 'warning',
        'notify-channels': 'ml-alerts,\nlaptop\n',
        'notify-wait-duration': '1h',
      }).notify,
    ).toEqual({
      note: { title: 'Done', text: 'ok', level: 'warning' },
      channels: ['ml-alerts', 'laptop'],
      wait: { ms: 3_600_000, text: '1h' },
    });
  });
  it('refuses a notify-* input without notify-title, bad values by input name, and test-channels with it', () => {
    expect(() => read({ 'notify-text': 'x' })).toThrow(
      'input notify-text is set but notify-title is not: the ad-hoc message needs a title',
    );
    expect(() => read({ 'notify-title': 'x', 'notify-text': 'y', 'notify-level': 'high' })).toThrow(
      'input notify-level "high" is not allowed; allowed: info, warning, critical',
    );
    expect(() => read({ 'notify-title': 'x' })).toThrow("input notify-text is required: the note's text");
    expect(() => read({ 'notify-title': 'x', 'notify-text': 'y', 'test-channels': 'true' })).toThrow(
      'inputs test-channels and notify-title exclude each other: use two steps',
    );
  });
});
