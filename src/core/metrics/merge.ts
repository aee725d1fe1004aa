// Files of one run merge (SPEC §3): files that carry no identity of their own are read with the same experiment and
// run id, so they are one run (a Hugging Face output folder: all_results.json, eval_results.json,
// train_results.json; lm-evaluation-harness: one results file per task). Where two files give one key different
// values, the file read later wins and a note says so.
import type { Diagnostic } from '../diagnostics.js';
import { defineOwn, isRecord } from '../records.js';
import type { RunDraft } from './model.js';

/** One draft from several (in reading order), and a note for each key they disagree on. */
export function mergeDrafts(drafts: readonly RunDraft[]): { draft: RunDraft; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  let metrics: Record<string, unknown> = {};
  const from = new Map<string, string>();
  let at: number | undefined;
  let status: string | undefined;
  for (const d of drafts) {
    metrics = mergeInto(metrics, d.metrics, { prefix: '', source: d.source, from, notes });
    if (d.at !== undefined) at = at === undefined ? d.at : Math.max(at, d.at);
    if (d.status !== undefined) status = d.status;
  }
  const draft: RunDraft = { metrics, source: drafts.map((d) => d.source).join(' + ') };
  if (at !== undefined) draft.at = at;
  if (status !== undefined) draft.status = status;
  return { draft, notes };
}

interface MergeContext {
  prefix: string;
  source: string;
  /** Which file each leaf path came from, for the note. */
  from: Map<string, string>;
  notes: Diagnostic[];
}

function mergeInto(base: Record<string, unknown>, add: Readonly<Record<string, unknown>>, ctx: MergeContext) {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(add)) {
    const path = ctx.prefix ? `${ctx.prefix}.${key}` : key;
    const mine = add[key];
    const theirs = Object.hasOwn(out, key) ? out[key] : undefined;
    let value = mine;
    if (isRecord(theirs) && isRecord(mine)) value = mergeInto(theirs, mine, { ...ctx, prefix: path });
    else if (theirs !== undefined && !same(theirs, mine)) {
      ctx.notes.push({
        file: ctx.source,
        message: `${path} is ${show(mine)} here and ${show(theirs)} in ${ctx.from.get(path) ?? 'an earlier file'} of the same run; this file's value is used`,
      });
    }
    if (!isRecord(value)) ctx.from.set(path, ctx.source);
    defineOwn(out, key, value);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(v: unknown): string {
  const s = typeof v === 'number' ? String(v) : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
