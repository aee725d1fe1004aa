// `{{name}}` placeholders without logic. Parsing reports problems; rendering escapes every part for its channel.

export const TEMPLATE_VARIABLES = [
  'alert',
  'description',
  'experiment',
  'run',
  'run_url',
  'metric',
  'value',
  'op',
  'threshold',
  'baseline',
  'change',
  'sigma',
  'severity',
  'state',
  'repository',
  'sha',
  // A status rule's status, a stale rule's age of the newest run ("3.1 d"): empty for the other kinds of rule.
  'status',
  'age',
] as const;

export type TemplatePart = { text: string } | { variable: string };

export interface TemplateProblem {
  /** Offset of the problem inside the template string. */
  offset: number;
  message: string;
}

const LABEL_VARIABLE = /^labels\.[A-Za-z0-9_.-]+$/;

export function parseTemplate(template: string): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      parts.push({ text: template.slice(i) });
      break;
    }
    if (open > i) parts.push({ text: template.slice(i, open) });
    const close = template.indexOf('}}', open + 2);
    if (close < 0) {
      problems.push({ offset: open, message: 'a "{{" is never closed with "}}"' });
      break;
    }
    const name = template.slice(open + 2, close).trim();
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name) && !LABEL_VARIABLE.test(name)) {
      problems.push({
        offset: open,
        message: `unknown template variable {{${name.length > 40 ? `${name.slice(0, 40)}...` : name}}}; allowed: ${TEMPLATE_VARIABLES.join(', ')}, labels.KEY`,
      });
    }
    parts.push({ variable: name });
    i = close + 2;
  }
  return { parts, problems };
}

/** Renders a validated template: text and values alike go through `escape`, so no part can inject markup. */
export function renderTemplate(
  template: string,
  values: Record<string, string | undefined>,
  escape: (s: string) => string,
): string {
  const { parts } = parseTemplate(template);
  let out = '';
  for (const part of parts) {
    if ('text' in part) out += escape(part.text);
    else out += escape(Object.hasOwn(values, part.variable) ? (values[part.variable] ?? '') : '');
  }
  return out;
}
