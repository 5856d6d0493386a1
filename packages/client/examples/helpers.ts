import { checkRecipient, toGatewayRecipient } from '@sms-contracts/client/phone-number';
import { countSegments } from '@sms-contracts/client/sms-segments';

console.log(toGatewayRecipient('347 856 9987', { country: 'IT' })); // '+39-3478569987'

const check = checkRecipient('+39 347');
if (!check.valid) console.log(check.reason, check.message);
// TOO_SHORT "+39 347" has a national number of 3 digits, too short for +39 (national numbers have 6–12 digits after +39)

console.log(countSegments('Il tuo codice è 1234 — valido 5 minuti'));
// { encoding: 'UCS-2', units: 38, segments: 1, perSegment: 70, remaining: 32 } (the — is not GSM-7)
