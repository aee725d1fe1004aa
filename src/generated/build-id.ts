// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.
export const BUILD_ID = '1552a6e188a3e1b6';
