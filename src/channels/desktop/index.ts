// The desktop type (SPEC §5): a notification on the machine that runs the CLI (notify-send, osascript, a PowerShell
// toast). In the action (a runner has no one looking at its screen) it is skipped with a notice.
import type { DesktopChannel } from '../../core/types.js';
import type { ChannelType } from '../types.js';
import { renderDesktop, renderDesktopNote, type DesktopRequest } from './render.js';
import { desktopCommand, runDesktopCommand } from './send.js';

export type { DesktopRequest };

export const SKIPPED_IN_ACTIONS = 'desktop notifications are for local use with the CLI: skipped in GitHub Actions';

export const channelType: ChannelType<DesktopChannel, DesktopRequest> = {
  type: 'desktop',
  grouping: 'digest',
  render: (batch) => renderDesktop(batch),
  note: (_channel, note, ctx) => renderDesktopNote(note, ctx),
  skip: (_channel, env) => (env.GITHUB_ACTIONS === 'true' ? SKIPPED_IN_ACTIONS : undefined),
  send: (request, sx) =>
    runDesktopCommand(desktopCommand(process.platform, request), {
      signal: sx.signal,
      timeoutMs: sx.timeoutMs,
      env: process.env,
    }),
  preview: (request) => `${request.title}\n${request.body}`,
};
