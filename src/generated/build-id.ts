// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.
export const BUILD_ID = '186ca4d26e64e3b9';
