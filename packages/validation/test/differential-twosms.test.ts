import { describeApiDifferential } from './support/real-api.ts';

await describeApiDifferential('twosms');
