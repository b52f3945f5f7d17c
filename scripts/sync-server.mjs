// A CouchDB-compatible sync server for development and tests (express-pouchdb on
// LevelDB, the engine of pouchdb-server): the real replication protocol, sessions,
// `_users` and per-database `_security`. Production runs Apache CouchDB 3 (README,
// "Team sync"). It creates nothing by itself but its server admin: databases, users
// and members are made over HTTP, as on CouchDB.
// Environment: PORT, SYNC_ADMIN_USER, SYNC_ADMIN_PASSWORD, SYNC_DATA_DIR (default .sync-data).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);
const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'));

/** Starts the server; resolves with the listening http.Server. */
export async function startSyncServer({ port, adminUser, adminPassword, dataDir, host = '127.0.0.1' }) {
  if (!adminUser || !adminPassword) throw new Error('SYNC_ADMIN_USER and SYNC_ADMIN_PASSWORD are required');
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const couch = expressPouchDB(PouchDB.defaults({ prefix: dir + sep }), {
    configPath: resolve(dir, 'config.json'),
    logPath: resolve(dir, 'log.txt'),
    // No admin web UI: the server is reached only through the app's own origin.
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  // Written once: setting it again at every start rewrites config.json while express-pouchdb may be saving it too.
  if (couch.couchConfig.get('admins', adminUser) === undefined) {
    await new Promise((done, fail) => couch.couchConfig.set('admins', adminUser, adminPassword, (e) => (e ? fail(e) : done())));
  }
  const app = express();
  app.use(couch);
  return new Promise((done) => {
    const server = app.listen(port, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startSyncServer({
    port: Number(process.env.PORT ?? 5984),
    adminUser: process.env.SYNC_ADMIN_USER,
    adminPassword: process.env.SYNC_ADMIN_PASSWORD,
    dataDir: process.env.SYNC_DATA_DIR ?? '.sync-data',
  });
  const { address, port } = server.address();
  console.log(`sync server (CouchDB protocol) at http://${address}:${port}/`);
}
