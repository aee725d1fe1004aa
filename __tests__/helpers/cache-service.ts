// A loopback stand-in for the Actions cache service v2: twirp JSON CacheService (CreateCacheEntry,
// FinalizeCacheEntryUpload, GetCacheEntryDownloadURL) and a blob store answering the Azure SDK's PUT, HEAD and
// ranged GET. Entries match by exact key, then by restore-key prefix (newest first), and always by version.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Entry {
  key: string;
  version: string;
  blob: string;
  size?: number;
  finalized: boolean;
  created: number;
}

export interface CacheService {
  url: string;
  entries: Entry[];
  blobs: Map<string, Buffer>;
  calls: string[];
  /**
   * The service refuses to create entries, as it does for a run whose cache token is read-only: a reservation
   * answered `ok: false` with a message starting `cache write denied:`.
   */
  denyWrites: boolean;
  /**
   * Awaited before a CacheService call is answered: a slow service, to put the calls of jobs running at once in a
   * given order. `key` is the key asked for.
   */
  before?: (method: string, key: string) => Promise<void> | void;
  /** The env a runner gives a step that may use the cache. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export async function startCacheService(): Promise<CacheService> {
  const entries: Entry[] = [];
  const blobs = new Map<string, Buffer>();
  const calls: string[] = [];
  let seq = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname.startsWith(SERVICE)) {
        const method = url.pathname.slice(SERVICE.length);
        calls.push(method);
        if (req.headers.authorization !== 'Bearer runtime-token') {
          res
            .writeHead(401, { 'content-type': 'application/json' })
            .end(JSON.stringify({ code: 'unauthenticated', msg: 'no token' }));
          return;
        }
        const r = JSON.parse(body.toString() || '{}') as Record<string, unknown>;
        await service.before?.(method, String(r.key));
        const json = (o: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        if (method === 'CreateCacheEntry') {
          if (service.denyWrites)
            return json({
              ok: false,
              signed_upload_url: '',
              message: 'cache write denied: the cache token of this run is read-only',
            });
          if (entries.some((e) => e.key === r.key && e.version === r.version)) {
            res
              .writeHead(409, { 'content-type': 'application/json' })
              .end(JSON.stringify({ code: 'already_exists', msg: 'cache entry already exists' }));
            return;
          }
          const blob = `devstoreaccount1/cache/${++seq}`;
          entries.push({ key: String(r.key), version: String(r.version), blob, finalized: false, created: seq });
          json({ ok: true, signed_upload_url: `${base}/${blob}?sig=upload` });
        } else if (method === 'FinalizeCacheEntryUpload') {
          const e = entries.find((x) => x.key === r.key && x.version === r.version && !x.finalized);
          if (!e || !blobs.has(e.blob)) return json({ ok: false, entry_id: '0', message: 'no upload' });
          e.finalized = true;
          e.size = Number(r.size_bytes ?? r.sizeBytes);
          json({ ok: true, entry_id: String(e.created) });
        } else if (method === 'GetCacheEntryDownloadURL') {
          const ready = entries
            .filter((e) => e.finalized && e.version === r.version)
            .sort((a, b) => b.created - a.created);
          const restoreKeys = (r.restore_keys ?? r.restoreKeys ?? []) as string[];
          const hit =
            ready.find((e) => e.key === r.key) ??
            restoreKeys.map((p) => ready.find((e) => e.key.startsWith(p))).find(Boolean);
          if (!hit) return json({ ok: false, signed_download_url: '', matched_key: '' });
          json({ ok: true, signed_download_url: `${base}/${hit.blob}?sig=download`, matched_key: hit.key });
        } else {
          res.writeHead(404).end();
        }
        return;
      }
      // Blob storage, as the Azure SDK uses it.
      const blob = url.pathname.slice(1);
      const common = {
        'x-ms-request-id': String(++seq),
        'x-ms-version': '2024-11-04',
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
      };
      if (req.method === 'PUT') {
        calls.push('PutBlob');
        blobs.set(blob, body);
        res.writeHead(201, common).end();
      } else if (req.method === 'HEAD' || req.method === 'GET') {
        const data = blobs.get(blob);
        if (!data) return void res.writeHead(404, { ...common, 'x-ms-error-code': 'BlobNotFound' }).end();
        calls.push(req.method === 'HEAD' ? 'GetBlobProperties' : 'GetBlob');
        const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
        const headers = {
          ...common,
          'x-ms-blob-type': 'BlockBlob',
          'content-type': 'application/octet-stream',
          'accept-ranges': 'bytes',
        };
        if (req.method === 'HEAD') return void res.writeHead(200, { ...headers, 'content-length': data.length }).end();
        if (range) {
          const start = Number(range[1]);
          const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
          res
            .writeHead(206, {
              ...headers,
              'content-length': end - start + 1,
              'content-range': `bytes ${start}-${end}/${data.length}`,
            })
            .end(data.subarray(start, end + 1));
        } else {
          res.writeHead(200, { ...headers, 'content-length': data.length }).end(data);
        }
      } else {
        res.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const service: CacheService = {
    url,
    entries,
    blobs,
    calls,
    denyWrites: false,
    env: () => ({ ACTIONS_RESULTS_URL: url, ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RUNTIME_TOKEN: 'runtime-token' }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return service;
}
