import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';

const OUTCOME = 'kind itemId state hiddenReason';

const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { ${OUTCOME} } }`;
export const DISMISS = `mutation($input: ModerationItemInput!) { dismissFlags(input: $input) { ${OUTCOME} } }`;
export const HIDE = `mutation($input: HideContentInput!) { hideContent(input: $input) { ${OUTCOME} } }`;
export const RESTORE = `mutation($input: ModerationItemInput!) { restoreContent(input: $input) { ${OUTCOME} } }`;
export const EDIT = `mutation($input: EditContentInput!) { editContent(input: $input) { ${OUTCOME} } }`;
export const REMOVE = `mutation($input: HideContentInput!) { removeContent(input: $input) { ${OUTCOME} } }`;
export const MOVE = `mutation($input: MoveThreadInput!) { moveThread(input: $input) { ${OUTCOME} } }`;
export const WARN = `mutation($input: SanctionUserInput!) { warnUser(input: $input) { id kind endsAt } }`;
export const BLOCK = `mutation($input: SanctionUserInput!) { blockUser(input: $input) { id kind endsAt } }`;
export const UNBLOCK = `mutation($input: SanctionUserInput!) { unblockUser(input: $input) }`;
export const SETTINGS = `mutation($input: ModerationSettingsInput!) {
  setModerationSettings(input: $input) { municipalityId flagThreshold }
}`;
export const CATEGORY_SETTINGS = `mutation($input: CategoryModerationSettingsInput!) {
  setCategoryModerationSettings(input: $input) { categoryId inherited premoderation }
}`;
const LOGGED_SETTINGS = 'flagThreshold premoderation premoderationAccountDays premoderationApprovedPosts';
const QUEUE = `query($municipalityId: ID, $first: Int, $after: String) {
  moderationQueue(municipalityId: $municipalityId, first: $first, after: $after) {
    nodes { kind itemId municipalityId state openFlagCount excerpt hiddenReason
      flags { reason note } authorHistory { hiddenCount warningCount blockCount blockedUntil } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const LOG = `query($municipalityId: ID, $first: Int, $after: String) {
  moderationLog(municipalityId: $municipalityId, first: $first, after: $after) {
    nodes { id municipalityId action actorRole itemKind reason createdAt categoryId categoryName
      settingsBefore { ${LOGGED_SETTINGS} } settingsAfter { ${LOGGED_SETTINGS} } }
    pageInfo { endCursor hasNextPage }
  }
}`;

export interface Outcome {
  kind: string;
  itemId: string;
  state: string;
  hiddenReason: string | null;
}

export interface QueueItem {
  kind: string;
  itemId: string;
  municipalityId: string | null;
  state: string;
  openFlagCount: number;
  excerpt: string;
  hiddenReason: string | null;
  flags: { reason: string; note: string | null }[];
  authorHistory: { hiddenCount: number; warningCount: number; blockCount: number; blockedUntil: string | null } | null;
}

interface LoggedSettings {
  flagThreshold: number | null;
  premoderation: boolean | null;
  premoderationAccountDays: number | null;
  premoderationApprovedPosts: number | null;
}

export interface LogEntry {
  id: string;
  municipalityId: string | null;
  action: string;
  actorRole: string;
  itemKind: string | null;
  reason: string | null;
  createdAt: string;
  categoryId: string | null;
  categoryName: string | null;
  settingsBefore: LoggedSettings | null;
  settingsAfter: LoggedSettings | null;
}

export function flag(
  client: GraphQLClient,
  kind: string,
  itemId: string,
  reason = 'SPAM',
  note?: string,
): Promise<GraphQLResponse<{ flagContent: Outcome }>> {
  return client.request<{ flagContent: Outcome }>(FLAG, { input: { kind, itemId, reason, note } });
}

export async function queue(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<QueueItem[]> {
  const data = await client.data<{ moderationQueue: { nodes: QueueItem[] } }>(QUEUE, { first: 100, ...variables });
  return data.moderationQueue.nodes;
}

export async function log(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<LogEntry[]> {
  const data = await client.data<{ moderationLog: { nodes: LogEntry[] } }>(LOG, { first: 100, ...variables });
  return data.moderationLog.nodes;
}
