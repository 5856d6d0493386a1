// Lets client-tables.gen.ts (emitted for packages/client) resolve its shape types here.
export type { XmlBody, XmlShape } from '@sms-contracts/client/xml';
