// Reading alerts.yml for a check: compiled (or reused from the history's memo), bound to the environment, its
// secrets registered with the runner before anything is logged.
import { memoFor, usableMemo, type RulesMemo } from '../core/config/memo.js';
import { bindRules, type CompiledRules, type LoadedConfig } from '../core/config/rules.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CheckIO, CheckOptions } from './check.js';
import type { AnnotationPosition } from './ports.js';
import type { Redactor } from './redactor.js';

export interface Rules extends LoadedConfig {
  /** What to keep in the history for the next run: only when asked for (`kept`) and when the rules may be kept. */
  memo: RulesMemo | undefined;
}

/**
 * Reads alerts.yml and binds it to the environment. With `kept` (a history that keeps compiled rules), rules compiled
 * by this build from the same text are used as they are; otherwise the file is compiled, which loads the YAML parser
 * and the schema.
 */
export async function loadRules(
  io: Pick<CheckIO, 'readConfig' | 'mask' | 'log'>,
  opts: Pick<CheckOptions, 'env' | 'defaultWebhookUrl'> & { now?: number },
  redactor: Redactor,
  kept?: { memo: unknown },
): Promise<Rules> {
  if (opts.defaultWebhookUrl && redactor.add(opts.defaultWebhookUrl)) io.mask(opts.defaultWebhookUrl);
  const { file, text } = await io.readConfig();
  const reused = kept?.memo === undefined ? undefined : usableMemo(kept.memo, text);
  let rules: CompiledRules;
  let fileErrors: Diagnostic[] = [];
  if (reused) {
    rules = reused.rules;
  } else {
    const { compileRules } = await import('../core/config/load.js');
    ({ rules, errors: fileErrors } = compileRules(text, file));
  }
  const loaded = bindRules(
    rules,
    {
      file,
      env: opts.env,
      ...(opts.defaultWebhookUrl ? { defaultWebhookUrl: opts.defaultWebhookUrl } : {}),
      ...(opts.now !== undefined ? { now: opts.now } : {}),
    },
    fileErrors,
  );
  for (const s of loaded.secrets) if (redactor.add(s)) io.mask(s);
  for (const w of loaded.warnings) io.log.warning(redactor.apply(w.message), position(w));
  return { ...loaded, memo: kept ? (reused ?? memoFor(text, rules)) : undefined };
}

/** Where a diagnostic points, as an annotation position. */
export function position(d: Diagnostic): AnnotationPosition {
  const p: AnnotationPosition = { file: d.file };
  if (d.line !== undefined) p.line = d.line;
  if (d.col !== undefined) p.col = d.col;
  return p;
}
