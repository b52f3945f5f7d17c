// The sync server as tests and benches drive it: `npm run sync-server` as a child
// process on a free port with its own data folder, plus the app served with
// `--sync` to it (one origin, as behind the production reverse proxy). Used by the
// e2e sync specs (test/e2e/sync-server.ts) and bench/sync.bench.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

const ADMIN = { user: 'admin', password: 'admin-secret' };

/** A free port on 127.0.0.1, asked of the system (the port is released before use). */
export async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm run sync-server` as a child process, so a test can kill it outright
 * (SIGKILL, mid-replication) and start it again on the same port and data; plus
 * the app served with `--sync` to it.
 */
export class SyncServer {
  child = null;
  app = null;
  dataDir = mkdtempSync(join(tmpdir(), 'eid-sync-'));
  port = 0;
  appOrigin = '';

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.port ||= await freePort();
    this.child = spawn('node', ['scripts/sync-server.mjs'], {
      env: { ...process.env, PORT: String(this.port), SYNC_ADMIN_USER: ADMIN.user, SYNC_ADMIN_PASSWORD: ADMIN.password, SYNC_DATA_DIR: this.dataDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const child = this.child;
    let exit = '';
    child.stderr?.on('data', (d) => (exit += d));
    while (!(await fetch(`${this.url}/`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null) throw new Error(`sync server exited: ${exit}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!this.app) {
      this.app = await startServer({ port: 0, dir: 'dist', sync: this.url });
      this.appOrigin = `http://127.0.0.1:${this.app.address().port}`;
    }
  }

  /** Kills the sync server at once, as a power cut would; the app server stays and answers 502. */
  kill() {
    this.child?.kill('SIGKILL');
    this.child = null;
  }

  async stop() {
    this.kill();
    this.app?.closeAllConnections();
    await new Promise((r) => (this.app ? this.app.close(r) : r()));
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** A request as the server admin (creating databases, users and members, as a province's IT staff would). */
  async admin(method, path, body) {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  /** A team database with its members (users created in `_users`); `others` are users who are not members. */
  async createTeam(db, members, others = {}) {
    await this.admin('PUT', `/${db}`);
    for (const [name, password] of Object.entries({ ...members, ...others })) {
      // A user already made for an earlier team of the same server is reused (users are server-wide, as on CouchDB).
      await this.admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' }).catch((e) => {
        if (!e.message.includes(' 409 ')) throw e;
      });
    }
    await this.admin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: Object.keys(members), roles: [] } });
  }

  /**
   * A continuous replication run by the server itself, as a province's IT staff set it up: a `_replicator`
   * document in CouchDB 3's form (endpoints with their credentials), carrying only the documents named.
   */
  async replicate(id, source, target, docIds) {
    const headers = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}` };
    await this.admin('PUT', `/_replicator/${id}`, {
      source: { url: `${this.url}/${source}`, headers },
      target: { url: `${this.url}/${target}`, headers },
      continuous: true,
      doc_ids: docIds,
    });
  }

  /** The join link a lead shares, for database `db`. */
  joinPath(db) {
    return `/nhom/tham-gia?db=${encodeURIComponent(`${this.appOrigin}/couchdb/${db}`)}`;
  }
}
