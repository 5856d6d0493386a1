// `pnpm bench`: the harness lives in tools/bench (a workspace package, so the anchors are its
// dependencies); this entry only hands over. See tools/bench/README.md.
await import('../tools/bench/src/run.ts');
