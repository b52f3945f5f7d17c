// A CouchDB-compatible sync server for development and tests (express-pouchdb on
// LevelDB, the engine of pouchdb-server): the real replication protocol, sessions,
// `_users` and per-database `_security`. Production runs Apache CouchDB 3 (README,
// "Team sync"). It creates nothing by itself but its server admin: databases, users
// and members are made over HTTP, as on CouchDB.
// Environment: PORT, SYNC_ADMIN_USER, SYNC_ADMIN_PASSWORD, SYNC_DATA_DIR (default .sync-data).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The server admin and the secret that signs session cookies, written into the config once before
 * express-pouchdb reads it (it hashes the password on load). The secret is kept as CouchDB keeps its own
 * in local.ini: express-pouchdb would draw a new one at every start, and a restart would log every phone out.
 */
function writeConfigOnce(configPath, adminUser, adminPassword) {
  const config = existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {};
  if (config.couch_httpd_auth?.secret && config.admins?.[adminUser] !== undefined) return;
  config.couch_httpd_auth = { secret: randomBytes(16).toString('hex'), ...config.couch_httpd_auth };
  config.admins = { [adminUser]: adminPassword, ...config.admins };
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
}

/** Starts the server; resolves with the listening http.Server. */
export async function startSyncServer({ port, adminUser, adminPassword, dataDir, host = '127.0.0.1' }) {
  if (!adminUser || !adminPassword) throw new Error('SYNC_ADMIN_USER and SYNC_ADMIN_PASSWORD are required');
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const configPath = resolve(dir, 'config.json');
  writeConfigOnce(configPath, adminUser, adminPassword);
  const couch = expressPouchDB(PouchDB.defaults({ prefix: dir + sep }), {
    configPath,
    logPath: resolve(dir, 'log.txt'),
    // No admin web UI: the server is reached only through the app's own origin.
    overrideMode: { exclude: ['routes/fauxton'] },
  });
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
