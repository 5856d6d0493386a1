import { roundMoney } from '../money.ts';

/**
 * The emulator's price model for Gateway SMS. The vendor publishes none; this one is inferred
 * from its examples and documented in the README:
 * - every SMS segment costs `pricePerSms` (0.0315 in the vendor's examples: 1 SMS → 0.0315,
 *   4 SMS → 0.126), so `base_price = segments × pricePerSms`;
 * - `price = base_price × priority`, times `realtimeMultiplier` for realtime (OTP) messages (the
 *   vendor's one realtime example shows 0.03 → 0.036, i.e. ×1.2).
 */
export interface GatewayPricing {
  /** @default 0.0315 */
  readonly pricePerSms: number;
  /** @default 1.2 */
  readonly realtimeMultiplier: number;
}

export const defaultGatewayPricing: GatewayPricing = {
  pricePerSms: 0.0315,
  realtimeMultiplier: 1.2,
};

export function basePrice(pricing: GatewayPricing, segments: number): number {
  return roundMoney(segments * pricing.pricePerSms);
}

export function finalPrice(
  pricing: GatewayPricing,
  segments: number,
  priority: number,
  realtime: boolean,
): number {
  return roundMoney(
    segments * pricing.pricePerSms * priority * (realtime ? pricing.realtimeMultiplier : 1),
  );
}
