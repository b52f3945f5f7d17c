// The e2e sync specs' server: one implementation, shared with bench/sync.bench.mjs.
export { freePort, SyncServer } from '../../scripts/sync-server-harness.mjs';
