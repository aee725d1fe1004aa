// Runs a list of runner-protocol calls through src/action/runner.ts ("ours") or @actions/core ("core") in this process,
// so a test can compare what each writes to stdout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
// Usage: node runner-driver.mjs ours|core CALLS.json RESULTS.json
// The TypeScript source runs through Node's type stripping; `./x.js` imports resolve to `./x.ts` as the compiler does.
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw e;
      return next(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});

const [impl, callsFile, resultsFile] = process.argv.slice(2);
const calls = JSON.parse(readFileSync(callsFile, 'utf8'));
const ROOT = path.resolve(import.meta.dirname, '../..');

async function implementation() {
  if (impl === 'core') {
    const core = await import('@actions/core');
    const props = (a = {}) => ({ title: a.title, file: a.file, startLine: a.line, startColumn: a.col });
    return {
      info: (c) => core.info(c.message),
      debug: (c) => core.debug(c.message),
      notice: (c) => core.notice(c.message, props(c.at)),
      warning: (c) => core.warning(c.message, props(c.at)),
      error: (c) => core.error(c.message, props(c.at)),
      setSecret: (c) => core.setSecret(c.value),
      setOutput: (c) => core.setOutput(c.name, c.value),
      appendSummary: (c) => core.summary.addRaw(c.text).write(),
      setFailed: (c) => core.setFailed(c.message),
      getInput: (c) => core.getInput(c.name),
    };
  }
  const { runner, getInput } = await import(pathToFileURL(path.join(ROOT, 'src/action/runner.ts')).href);
  return {
    info: (c) => runner.info(c.message),
    debug: (c) => runner.debug(c.message),
    notice: (c) => runner.notice(c.message, c.at),
    warning: (c) => runner.warning(c.message, c.at),
    error: (c) => runner.error(c.message, c.at),
    setSecret: (c) => runner.setSecret(c.value),
    setOutput: (c) => runner.setOutput(c.name, c.value),
    appendSummary: (c) => runner.appendSummary(c.text),
    setFailed: (c) => runner.setFailed(c.message),
    getInput: (c) => getInput(c.name),
  };
}

const api = await implementation();
const results = [];
for (const c of calls) {
  // A marker line between calls, so the test can cut the log into the part each call wrote.
  if (c.op === 'marker') {
    writeSync(1, `${c.text}\n`);
    continue;
  }
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(c.env ?? {})) {
    if (v === null) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    const value = await api[c.op](c);
    results.push({ value: c.op === 'getInput' ? value : null });
  } catch (e) {
    results.push({ thrown: e instanceof Error ? e.message : String(e) });
  } finally {
    for (const k of Object.keys(c.env ?? {})) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}
writeFileSync(resultsFile, JSON.stringify(results));
