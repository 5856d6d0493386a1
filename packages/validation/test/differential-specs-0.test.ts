import { describeRegistryDifferential } from './support/real-api.ts';

// Shard 0 of 2 of every registry API's component schemas (see support/real-api.ts).
await describeRegistryDifferential(0, 2);
