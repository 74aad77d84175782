import { z } from 'zod';
import type { LocalizedText } from './localized';

// Pieces of wire format shared by several systems' contracts.

export const localizedSchema: z.ZodType<LocalizedText> = z.object({ kk: z.string().min(1), ru: z.string().min(1) });

export const iinSchema = z.string().regex(/^\d{12}$/, 'IIN is 12 digits');

export const instantSchema = z.iso.datetime({ offset: true });

export const tiynSchema = z.int().nonnegative();
