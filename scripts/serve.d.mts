import type { Server } from 'node:http';
export declare function startServer(options?: { port?: number; dir?: string; base?: string; host?: string; sync?: string | null }): Promise<Server>;
