// Experiment globs: * matches any run of characters, ? one character; everything else is literal.
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
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
