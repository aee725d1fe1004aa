// Whether the process that claimed an event may still be sending it (SPEC §5, "Delivery guarantee"). A claim names
// its machine (boot id and process namespace, on Linux) and process; a later run on the same machine asks the kernel
// whether that process is alive, and any other run trusts the claim for CLAIM_LEASE_MS.
import { readFileSync, readlinkSync } from 'node:fs';
import { CLAIM_LEASE_MS } from '../core/deliveries.js';
import type { Claim } from '../core/history/ledger.js';

/** This machine and process namespace, or undefined where it cannot be told (not Linux). */
function hostId(): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const ns = readlinkSync('/proc/self/ns/pid');
    return boot && ns ? `${boot}/${ns}` : undefined;
  } catch {
    return undefined;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The claim this process writes: who, when, and where, so a later run can tell whether it died. */
export function claimOf(by: string, now: number): Claim {
  const host = hostId();
  return { at: new Date(now).toISOString(), by, ...(host ? { host, pid: process.pid } : {}) };
}

/** Whether a claim's process may still be sending, seen from this process at `now`. */
export function claimIsLive(now: number): (claim: Claim) => boolean {
  let self: string | undefined | null = null;
  return (claim) => {
    if (!(now - Date.parse(claim.at) < CLAIM_LEASE_MS)) return false;
    self ??= hostId();
    if (self && claim.host === self && claim.pid !== undefined && claim.pid !== process.pid)
      return processExists(claim.pid);
    return true;
  };
}
