/** Build identifier injected by vite.config.ts. */
declare const __APP_BUILD__: string;
