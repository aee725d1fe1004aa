// `metric-alerts history`: the events of a ledger, newest first; change rules shown as changes.
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import { formatChange, formatNumber, formatReading, type Reading } from '../core/format.js';
import { fromStored, type Ledger, type LedgerEvent } from '../core/history/ledger.js';
import { kindReading } from '../core/digest.js';
import { fileHistory } from '../adapters/history-file.js';
import { parseArgs } from './args.js';
import { HISTORY, commandUsage } from './commands.js';
import type { Streams } from './main.js';

export async function history(argv: readonly string[], streams: Streams, cwd: string): Promise<number> {
  const { flags, positional, help } = parseArgs(argv, HISTORY.flags, 'history');
  if (help) {
    streams.out(commandUsage(HISTORY));
    return 0;
  }
  if (positional.length > 1) throw new UserError('history: give at most one alert name');
  if (flags['history-branch'] && flags['history-file'])
    throw new UserError('history: --history-branch and --history-file exclude each other');
  const ledger = await loadLedger(flags, cwd);
  const alert = positional[0];
  const events = ledger.events
    .filter(
      (e) =>
        (alert === undefined || e.alert === alert) &&
        (flags.experiment === undefined || e.experiment === flags.experiment),
    )
    .sort((a, b) => b.at.localeCompare(a.at));
  if (flags.json) streams.out(JSON.stringify(events.map(historyObject), null, 2));
  else if (events.length === 0) streams.out('no events');
  else for (const e of events) streams.out(historyLine(e));
  return 0;
}

async function loadLedger(flags: Record<string, string | boolean>, cwd: string): Promise<Ledger> {
  if (typeof flags['history-branch'] === 'string') {
    // The git ledger of the current repository's origin.
    const { gitHistory } = await import('../adapters/history-git.js');
    const store = await gitHistory({
      workspace: cwd,
      branch: flags['history-branch'],
      path: (flags['history-path'] as string | undefined) ?? 'alerts-history.json',
    });
    const ledger = await store.load();
    await store.close?.();
    if (!ledger) throw new UserError(`history: no ledger on branch ${flags['history-branch']} of origin`);
    return ledger;
  }
  const file = path.resolve(cwd, (flags['history-file'] as string | undefined) ?? 'alerts-history.json');
  const ledger = await fileHistory(file, cwd).load();
  if (!ledger)
    throw new UserError([
      {
        file: path.relative(cwd, file) || file,
        message: 'no history file here (set --history-file, or --history-branch for a git ledger)',
      },
    ]);
  return ledger;
}

function reading(e: LedgerEvent): Reading {
  return {
    metric: e.metric,
    value: e.value === null ? null : fromStored(e.value),
    ...(e.value === null ? { missing: 'absent' } : {}),
    baseline: e.baseline,
    change: e.change === null ? null : fromStored(e.change),
    op: e.op,
    threshold: e.threshold,
    ...kindReading(e),
  };
}

/** "eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%", as `check` shows it. */
function describeReading(e: LedgerEvent): string {
  if (e.changeUnit || e.change === null) return formatReading(reading(e), e.changeUnit);
  // A change rule's event recorded before its unit was kept: the change is shown without a unit.
  const r = reading(e);
  return `${e.metric} = ${formatNumber(r.value)} (${formatChange(r.change, undefined)} vs ${formatNumber(e.baseline)}), condition change ${e.op} ${formatNumber(e.threshold)} (unit not recorded)`;
}

function historyLine(e: LedgerEvent): string {
  const sent = e.deliveries
    .map((d) => `${d.channel}:${d.ok ? 'ok' : d.skipped ? 'skipped' : `failed${d.status ? ` ${d.status}` : ''}`}`)
    .join(' ');
  const silenced = e.silenced === true ? '  silenced (not sent)' : '';
  return `${e.at}  ${e.kind.padEnd(8)} ${e.alert} [${e.experiment}] run ${e.run}  ${describeReading(e)}  ${e.severity}${sent ? `  ${sent}` : ''}${silenced}`;
}

function historyObject(e: LedgerEvent) {
  return {
    alert: e.alert,
    experiment: e.experiment,
    run: e.run,
    at: e.at,
    event: e.kind,
    state: e.state,
    metric: e.metric,
    value: e.value,
    baseline: e.baseline,
    change: e.change,
    change_unit: e.changeUnit ?? null,
    op: e.op,
    threshold: e.threshold,
    ...(e.check === 'status' ? { status: e.status ?? null } : {}),
    severity: e.severity,
    deliveries: e.deliveries.map((d) => ({
      channel: d.channel,
      ok: d.ok,
      status: d.status ?? null,
      attempts: d.attempts,
      error: d.error ?? null,
    })),
    ...(e.silenced === true ? { silenced: true } : {}),
    ...(e.afterSilence === true ? { after_silence: true, firing_since: e.firingSince ?? null } : {}),
  };
}
