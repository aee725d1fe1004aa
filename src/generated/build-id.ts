// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.
export const BUILD_ID = '61812a3622a6aaf8';
