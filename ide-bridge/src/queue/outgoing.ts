import { CommitEvent, Heartbeat } from '../tracking/heartbeat';

/** What the disk queue holds: events for the agent, in the order they happened. */
export type Outgoing = { readonly kind: 'heartbeat'; readonly heartbeat: Heartbeat } | { readonly kind: 'commit'; readonly commit: CommitEvent };
