// A shifted wall clock for a process under test, as libfaketime gives one: loaded with
// `node --import <this file>` (see withClock in run-action.ts). When FAKE_NOW (ISO 8601) is set, the process's clock
// starts at that instant and runs on at the real pace; Date.now(), new Date() and Date() all read it. The code under
// test is the unchanged bundle: only the time it reads is shifted. Timers and performance.now() are not touched.
const start = process.env.FAKE_NOW;
if (start) {
  const offset = Date.parse(start) - Date.now();
  if (!Number.isFinite(offset)) throw new Error(`FAKE_NOW is not a time: ${start}`);
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  const shifted = new Proxy(ShiftedDate, {
    apply: () => new RealDate(now()).toString(),
  });
  globalThis.Date = shifted;
}
