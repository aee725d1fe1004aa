// Sends notes one channel at a time through its type's `note` and `send`, with the SPEC §5 retries. An interim loop:
// the shared pipeline (channels/pipeline.ts) sends notes per channel once it lands, and replaces this file.
import type { ChannelType, HttpClient, Note } from '../channels/types.js';
import type { Delivery } from '../core/history/ledger.js';
import type { ChannelConfig, RunContext } from '../core/types.js';
import { httpRequest } from '../adapters/http.js';
import { sleep } from '../adapters/sleep.js';
import type { NoteJob } from './notify-note.js';
import type { Logger } from './ports.js';

export interface NoteSendDeps {
  env: Readonly<Record<string, string | undefined>>;
  ctx: RunContext;
  log: Logger;
  /** The type module of a channel (the registry's lazy import). */
  loadType(type: ChannelConfig['type']): Promise<ChannelType>;
  http?: HttpClient;
  timeoutMs?: number;
  maxRetries?: number;
  backoffMs?: number;
}

/** Node's http/https for a type's `send`. */
export const nodeHttp: HttpClient = {
  async request(url, req, signal) {
    const a = await httpRequest(url, {
      method: req.method as 'GET' | 'POST',
      ...(req.headers ? { headers: req.headers } : {}),
      ...(req.body !== undefined ? { body: req.body } : {}),
      signal,
      maxBytes: 1024 * 1024,
    });
    return { status: a.status, headers: a.headers, body: a.body.toString('utf8') };
  },
};

/** The type module of `type`, loaded when a channel of it has something to send (each import named, for the bundler). */
export async function loadChannelType(type: ChannelConfig['type']): Promise<ChannelType> {
  switch (type) {
    case 'desktop':
      return (await import('../channels/desktop/index.js')).channelType as unknown as ChannelType;
    default:
      throw new Error(`no module for channel type ${type} yet`);
  }
}

/** Every job concurrently; one Delivery per job, in order. */
export function sendNotes(jobs: readonly NoteJob[], deps: NoteSendDeps): Promise<Delivery[]> {
  return Promise.all(jobs.map((j) => sendNote(j.channel, j.note, deps)));
}

async function sendNote(channel: ChannelConfig, note: Note, deps: NoteSendDeps): Promise<Delivery> {
  const base = { channel: channel.name, at: new Date().toISOString() };
  let type: ChannelType;
  try {
    type = await deps.loadType(channel.type);
  } catch {
    return {
      ...base,
      ok: false,
      attempts: 0,
      retryable: false,
      error: `channel type ${channel.type} cannot send notes`,
    };
  }
  const skipped = type.skip?.(channel, deps.env);
  if (skipped) return { ...base, ok: false, skipped: true, attempts: 0, error: skipped };
  const { request } = type.note(channel, note, deps.ctx);
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const maxRetries = deps.maxRetries ?? 3;
  for (let attempt = 1; ; attempt++) {
    let a;
    try {
      const sx = { channel, signal: AbortSignal.timeout(timeoutMs), timeoutMs, http: deps.http ?? nodeHttp };
      a = await type.send(request, sx);
    } catch (e) {
      a = { outcome: 'retry' as const, error: e instanceof Error ? e.message : String(e) };
    }
    if (a.outcome === 'success')
      return { ...base, ok: true, attempts: attempt, ...(a.status ? { status: a.status } : {}) };
    const failure = {
      ...base,
      ok: false,
      attempts: attempt,
      error: a.error,
      ...(a.status ? { status: a.status } : {}),
    };
    if (a.outcome === 'final' || attempt > maxRetries) return { ...failure, retryable: a.outcome === 'retry' };
    const wait = 'afterMs' in a && a.afterMs !== undefined ? Math.min(a.afterMs, 30_000) : undefined;
    await sleep(wait ?? (deps.backoffMs ?? 1_000) * 2 ** (attempt - 1));
  }
}
