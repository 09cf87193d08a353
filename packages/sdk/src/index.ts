// @flatrender/sdk — the typed client resellers import. The client itself (undici + zod,
// retries, idempotency, pagination, typed errors, webhook verification) arrives with the
// SDK issue; until then the package only exposes its identity so the workspace builds.
export const SDK_PACKAGE = '@flatrender/sdk';
