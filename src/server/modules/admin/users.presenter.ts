import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Users } from '../../db/schema.js';

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string().nullable(),
    isAdmin: z.boolean(),
    disabledAt: z.string().nullable(),
  })
  .meta({ id: 'User' });

export type UserRow = Pick<Selectable<Users>, 'id' | 'email' | 'displayName' | 'isAdmin' | 'disabledAt'>;

export const presentUser = (row: UserRow): z.infer<typeof userSchema> => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  isAdmin: row.isAdmin,
  disabledAt: row.disabledAt?.toISOString() ?? null,
});
