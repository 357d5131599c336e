import { z } from 'zod';
import type { FeedbackRow } from './feedback.repository.js';

export const feedbackSchema = z
  .object({
    id: z.uuid(),
    pageUrl: z.string().meta({ description: 'The public page the feedback is about' }),
    lang: z.enum(['fi', 'sv', 'en']),
    message: z.string(),
    email: z.string().nullable().meta({ description: 'Where the sender would like an answer, if anywhere' }),
    receivedAt: z.string(),
    handledAt: z.string().nullable(),
  })
  .meta({ id: 'AccessibilityFeedback' });

export const presentFeedback = (f: FeedbackRow): z.infer<typeof feedbackSchema> => ({
  id: f.id,
  pageUrl: f.pageUrl,
  lang: f.lang as 'fi' | 'sv' | 'en',
  message: f.message,
  email: f.email,
  receivedAt: f.receivedAt.toISOString(),
  handledAt: f.handledAt?.toISOString() ?? null,
});
