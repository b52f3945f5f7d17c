export declare function freePort(): Promise<number>;
export declare class SyncServer {
  readonly dataDir: string;
  port: number;
  appOrigin: string;
  readonly url: string;
  start(): Promise<void>;
  kill(): void;
  stop(): Promise<void>;
  admin(method: string, path: string, body?: unknown): Promise<unknown>;
  createTeam(db: string, members: Record<string, string>, others?: Record<string, string>): Promise<void>;
  replicate(id: string, source: string, target: string, docIds: string[]): Promise<void>;
  joinPath(db: string): string;
}
