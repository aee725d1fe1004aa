import { stripBidi } from '../safe-text.js';

// Escaping for GitHub-flavoured Markdown table cells: no pipe, newline or HTML can break out of a cell, and no
// bidirectional control reorders what is shown.
export function mdCell(s: string): string {
  return stripBidi(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[[\]*_`~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

export function mdLink(label: string, url: string | undefined): string {
  if (!url) return mdCell(label);
  return `[${mdCell(label)}](${url.replace(/[()\s|<>]/g, (c) => encodeURIComponent(c))})`;
}
