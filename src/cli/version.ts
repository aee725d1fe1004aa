// The package version, embedded in the bundle at build time (ncc inlines the JSON import).
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
