// Untrusted text (artifact contents and entry names, experiment, run and metric names) on its way to a surface a person
// reads (SPEC §6). The data itself stays intact (ledger, outputs); only what is shown is made safe.

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and marks (U+200E, U+200F,
 * U+061C). They reorder what a reader sees ("Trojan Source"), so a name could look like another name.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(s: string): string {
  return s.replace(BIDI, '');
}

/**
 * The runner reads the log a line at a time (.NET ReadLine: a line ends at \n, \r or \r\n). A line is a command when,
 * after .NET's TrimStart (char.IsWhiteSpace), it starts with `::`, or when it holds `##[` anywhere (the older syntax,
 * found with IndexOf); `::stop-commands::` is one of them. The runner compares with .NET's culture-sensitive StartsWith
 * and IndexOf, which pass over characters of no weight (controls, format characters such as zero-width spaces, and
 * combining marks): those may sit before or inside the markers too. So this is a superset of what the runner matches.
 */
const LINE_END = /(\r\n|\r|\n)/;
const IGNORABLE = String.raw`[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`;
const COMMAND_START = new RegExp(String.raw`^[\s\p{Z}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*:${IGNORABLE}*:`, 'u');
const LEGACY_COMMAND = new RegExp(String.raw`#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu');

/** One log line that cannot be a workflow command: `\` before a leading `::`, `##\[` for every `##[`. */
function neutraliseLine(line: string): string {
  const legacySafe = line.replace(LEGACY_COMMAND, '##\\[');
  return COMMAND_START.test(legacySafe) ? `\\${legacySafe}` : legacySafe;
}

/**
 * Text for the runner's log: bidirectional controls removed, and no line of it can start a workflow command. Line ends
 * are kept as they are; every line between them is made safe on its own.
 */
export function safeLogText(text: string): string {
  return stripBidi(text)
    .split(LINE_END)
    .map((part, i) => (i % 2 === 1 ? part : neutraliseLine(part)))
    .join('');
}
