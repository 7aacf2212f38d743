// Zod probes `new Function` (eval) once, to decide whether to compile its
// parsers; under Pactum's Content-Security-Policy that probe is blocked and
// reported as a violation. `jitless` skips it. Zod reads this shared config
// object when it loads, so it runs first, as a plain script before the app.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
