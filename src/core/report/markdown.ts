// Escaping for GitHub-flavoured Markdown table cells: no pipe, newline or HTML can break out of a cell, and no
// bidirectional override reorders what a person reads.
export function mdCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[[\]*_`~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

export function mdLink(label: string, url: string | undefined): string {
  if (!url) return mdCell(label);
  return `[${mdCell(label)}](${url.replace(/[()\s|<>]/g, (c) => encodeURIComponent(c))})`;
}
