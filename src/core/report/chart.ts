// A chart of a firing alert's recent values with its threshold, as a Mermaid xychart (GitHub renders it in Markdown),
// so a person sees at a glance whether it is a cliff or a slow slide.
import { extent } from '../arrays.js';
import type { InstanceResult } from '../evaluate.js';
import { formatChange, formatNumber } from '../format.js';
import { mdCell } from './markdown.js';

/** Mermaid strings cannot escape quotes; names and runs keep only characters that are safe in a label. */
function label(s: string, max: number): string {
  const clean = s.replace(/[^A-Za-z0-9 ._:/+=@·-]/g, '_');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const num = (n: number) => String(Number(n.toPrecision(6)));

/** The line the value is compared against: the threshold, or for a change rule the value the change would reach it at. */
export function alertLine(r: InstanceResult): number | undefined {
  const change = r.rule.change;
  if (r.threshold === null) return undefined;
  if (!change) return r.threshold;
  if (r.baseline === null) return undefined;
  if (change.unit === 'sigma') return r.spread === undefined ? undefined : r.baseline + r.threshold * r.spread;
  return change.unit === 'absolute'
    ? r.baseline + r.threshold
    : r.baseline + (Math.abs(r.baseline) * r.threshold) / 100;
}

/** A "### alert · experiment" section with the chart and a caption; undefined with fewer than 2 drawable points. */
export function chartSection(r: InstanceResult): string | undefined {
  const points = r.recent.filter((p) => Number.isFinite(p.value));
  if (points.length < 2 || r.metric === null || r.op === null || r.threshold === null) return undefined;
  const line = alertLine(r);
  const all = points.map((p) => p.value).concat(line !== undefined && Number.isFinite(line) ? [line] : []);
  let { min: lo, max: hi } = extent(all);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  lo -= pad;
  hi += pad;
  const chart = [
    '```mermaid',
    'xychart-beta',
    `    title "${label(`${r.metric} · ${r.experiment}`, 80)}"`,
    `    x-axis [${points.map((p) => `"${label(p.run, 16)}"`).join(', ')}]`,
    `    y-axis "${label(r.metric, 40)}" ${num(lo)} --> ${num(hi)}`,
    `    line [${points.map((p) => num(p.value)).join(', ')}]`,
  ];
  if (line !== undefined && Number.isFinite(line)) chart.push(`    line [${points.map(() => num(line)).join(', ')}]`);
  chart.push('```');
  const dropped = r.recent.filter((p) => !Number.isFinite(p.value));
  const caption = [`${r.metric} over the last ${points.length} runs`];
  if (line !== undefined) {
    caption.push(
      r.rule.change
        ? `flat line: ${formatNumber(line)}, where the change reaches ${formatChange(r.threshold, r.rule.change.unit)} against the baseline ${formatNumber(r.baseline)} (${r.rule.change.from})`
        : `flat line: the threshold ${r.op} ${formatNumber(r.threshold)}`,
    );
  }
  if (dropped.length)
    caption.push(`not drawn: ${dropped.map((p) => `${formatNumber(p.value)} in run ${p.run}`).join(', ')}`);
  return [
    `#### ${mdCell(r.alert)} · ${mdCell(r.experiment)}`,
    '',
    ...chart,
    '',
    `_${mdCell(caption.join('; '))}._`,
  ].join('\n');
}
