import { z } from 'zod';
import { instantSchema } from '../contract-common';
import type { SmsSendResult, SmsStatusInfo } from './port';

// Wire format: POST /messages, GET /messages/:id.

const statusSchema = z.enum(['accepted', 'sent', 'delivered', 'failed']);

export const sendSmsBodySchema = z.object({
  phone: z.string().regex(/^\+77[04-7]\d{8}$/, 'phone must be a Kazakh mobile number in E.164'),
  text: z.string().min(1).max(1000),
  clientRef: z.string().min(1).max(200).optional(),
});

export const smsSendResultSchema: z.ZodType<SmsSendResult> = z.object({
  messageId: z.string().min(1),
  status: statusSchema,
  segments: z.int().positive(),
  acceptedAt: instantSchema,
});

export const smsStatusSchema: z.ZodType<SmsStatusInfo> = z.object({
  messageId: z.string().min(1),
  phone: z.string(),
  status: statusSchema,
  updatedAt: instantSchema,
});
