// Collects every bench/page/*.bench-page.ts module's exports on window.bench,
// so bench/*.bench.mjs can call them with page.evaluate.
const modules = import.meta.glob<Record<string, unknown>>('./*.bench-page.ts', { eager: true });
const api: Record<string, unknown> = {};
for (const mod of Object.values(modules)) Object.assign(api, mod);
(window as unknown as { bench: Record<string, unknown>; benchReady: boolean }).bench = api;
(window as unknown as { benchReady: boolean }).benchReady = true;
