// The `github-issue` channel type (SPEC §5): one GitHub issue per alert instance, through the REST API with the run's
// github-token (render.ts writes, send.ts finds by marker and opens, comments, closes, reopens).
import { safeLogText } from '../../core/safe-text.js';
import type { GithubIssueChannel } from '../../core/types.js';
import type { ChannelType } from '../types.js';
import { note, render, type GithubIssueRequest } from './render.js';
import { send } from './send.js';

export type { GithubIssueRequest };

function preview(request: GithubIssueRequest): string {
  const what = {
    fired: 'open (or reopen) an issue',
    reminder: 'comment',
    resolved: 'comment and close',
    note: 'open an issue',
  };
  return safeLogText(
    `${what[request.action]} in ${request.repository ?? 'the run repository'} (label ${request.label}): ${request.title}\n${request.comment}`,
  );
}

export const channelType: ChannelType<GithubIssueChannel, GithubIssueRequest> = {
  type: 'github-issue',
  grouping: 'event',
  // Finding the issue, opening or commenting, closing: each request has its own 10 s; the send has the channel's budget.
  manyRequests: true,
  render,
  note,
  send,
  preview,
};
