// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.
export const BUILD_ID = 'df3c70e47f7184ec';
