// Experiment globs: * matches any run of characters, ? one character; everything else is literal.
// Path globs (metrics files): * and ? stay within one path segment, **/ spans segments.
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const body = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 's');
    cache.set(glob, re);
  }
  return re;
}

export function matchesExperiment(pattern: string | undefined, experiment: string): boolean {
  if (pattern === undefined) return true;
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === experiment;
  return globToRegExp(pattern).test(experiment);
}

/** Characters that make a metrics path a glob. */
export const GLOB_CHARS = /[*?[]/;

/** A path glob over "/"-separated paths. */
export function pathGlobToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
