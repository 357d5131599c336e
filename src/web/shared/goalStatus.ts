/** The on-track rule lives in the domain so the server's roll-ups and the pages judge goals alike. */
export * from '../../domain/goal-status';
