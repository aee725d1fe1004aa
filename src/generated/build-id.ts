// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.
export const BUILD_ID = 'd65e0e7c981eae05';
