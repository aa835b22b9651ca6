/** Numbers in messages, the Vietnamese way (1.652; 98,10%) and the English way. */
import { formatCount, formatDecimal } from '../format';

export const vi = (n: number): string => formatCount(n);
export const en = (n: number): string => formatCount(n, { locale: 'en' });
export const viPercent = (p: number, decimals: number): string => `${formatDecimal(p, decimals)}%`;
export const enPercent = (p: number, decimals: number): string => `${formatDecimal(p, decimals, { locale: 'en' })}%`;
