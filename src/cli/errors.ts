/** A failure the user can act on: printed without a stack trace, exit code 1. */
export class CliError extends Error {}
