// The one import point of the client's segment counter, shared by both APIs' handlers.
import { countSegments } from '@sms-contracts/client/sms-segments';

export { countSegments };
export type SegmentCount = ReturnType<typeof countSegments>;
