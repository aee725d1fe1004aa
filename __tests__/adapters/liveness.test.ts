// Whether a claim's process may still be sending: real processes on this machine, and the lease for other machines.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { claimIsLive, claimOf } from '../../src/adapters/liveness.js';
import { CLAIM_LEASE_MS } from '../../src/core/deliveries.js';

describe('claims and liveness', () => {
  it('on this machine: live while the claiming process runs, not once it was killed', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    await once(child, 'spawn');
    const now = Date.now();
    const mine = claimOf('run 1 attempt 1', now);
    expect(mine.host).toMatch(/.+\/pid:\[\d+\]$/); // boot id and pid namespace (Linux)
    const theirs = { ...mine, pid: child.pid! };
    expect(claimIsLive(now + 1_000)(theirs)).toBe(true);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(claimIsLive(now + 1_000)(theirs)).toBe(false);
  });

  it('from another machine: trusted for the lease, then taken as dead', () => {
    const now = Date.now();
    const elsewhere = { at: new Date(now).toISOString(), by: 'run 2 attempt 1', host: 'other-boot/pid:[1]', pid: 1 };
    expect(claimIsLive(now + CLAIM_LEASE_MS - 1)(elsewhere)).toBe(true);
    expect(claimIsLive(now + CLAIM_LEASE_MS)(elsewhere)).toBe(false);
    const unknown = { at: new Date(now).toISOString(), by: 'run 3' }; // written where the machine cannot be told
    expect(claimIsLive(now + 10)(unknown)).toBe(true);
    expect(claimIsLive(now + CLAIM_LEASE_MS + 10)(unknown)).toBe(false);
  });

  it('a claim with an unreadable time is not live', () => {
    expect(claimIsLive(Date.now())({ at: 'yesterday', by: 'x' })).toBe(false);
  });
});
