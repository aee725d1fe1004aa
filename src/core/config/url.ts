// Channel field values: ${NAME} read from the environment, URLs checked, and the parts of a secret URL to mask.

export interface Position {
  line?: number;
  col?: number;
}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Parts of a secret URL shorter than this are not masked on their own: "/", "api" or "hooks" would be masked everywhere. */
export const MIN_SECRET_PART = 8;

/**
 * A secret URL and the parts of it a receiver may echo on their own: its path with the query and without, the last
 * path segment (decoded too), the user-info and its password, each query value; each at least MIN_SECRET_PART characters.
 */
export function urlSecrets(value: string): string[] {
  const out = [value];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return out;
  }
  const last = url.pathname.split('/').pop() ?? '';
  const userInfo = url.username + (url.password ? `:${url.password}` : '');
  // A query value can be the credential itself (a Teams Workflows URL's `sig`): each is masked on its own too.
  const query = [...url.searchParams.values()].flatMap((v) => [v, encodeURIComponent(v)]);
  const parts = [url.pathname + url.search, url.pathname, last, decoded(last), userInfo, decoded(userInfo)];
  parts.push(url.password, decoded(url.password), ...query);
  for (const p of parts) if (p.length >= MIN_SECRET_PART && !out.includes(p)) out.push(p);
  return out;
}

/** Percent-decoded text, or the text as it is when it is not valid percent-encoding. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Checks a URL; returns what is wrong with it (never the URL itself), or undefined. */
export function checkUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  if (url.protocol === 'http:') return 'must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])';
  return `must be an https: URL, found the scheme "${url.protocol.replace(/:$/, '')}"`;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function interpolate(value: string, env: Readonly<Record<string, string | undefined>>) {
  const refs: string[] = [];
  const missing: string[] = [];
  const out = value.replace(ENV_REF, (_m, name: string) => {
    refs.push(name);
    const v = Object.hasOwn(env, name) ? env[name] : undefined;
    if (v === undefined || v === '') missing.push(name);
    return v ?? '';
  });
  return { value: out, refs, missing, fromEnv: refs.length > 0 };
}
