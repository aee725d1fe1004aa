// Untrusted text on its way into a chat message (Discord, Teams): what every such surface needs besides its own
// escaping. Pure.
import { stripBidi } from '../core/safe-text.js';

const ZWSP = '\u200B';

/**
 * Text a chat client would turn into a link made plain: a zero-width space after the colon of every `scheme://` and
 * after `www`, so "https://evil.example" and "www.evil.example" read the same but link nowhere.
 */
export function breakAutoLinks(s: string): string {
  return s.replace(/:(?=\/\/)/g, `:${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** Bidirectional controls removed, and every other control character (line ends included) made a space. */
export function oneLine(s: string): string {
  return stripBidi(s).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

/** Bidirectional controls removed; line ends kept as \n, other control characters made a space. */
export function multiLine(s: string): string {
  return stripBidi(s)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, ' ');
}

/**
 * At most `max` UTF-16 units, ending with … when cut; never splits a surrogate pair, and never leaves a lone escaping
 * backslash at the end (it would escape the …).
 */
export function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  let cut = s.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** An http(s) URL a message may link to, or undefined for anything else (javascript:, data:, a relative path). */
export function linkable(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
