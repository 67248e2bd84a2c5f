// Domain errors carry a stable `code` (clients switch on it) and an HTTP status; the API's single
// onError handler turns them into RFC 9457 problem+json, the CLI into a message and exit code.

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super("not_found", 404, `${what} ${id} does not exist`, { resource: what, id });
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "A valid API key is required: send Authorization: Bearer <key>") {
    super("unauthorized", 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(role: string, needed: readonly string[]) {
    super("forbidden", 403, `This API key's role (${role}) may not do this; it needs one of: ${needed.join(", ")}`, { role, needed });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}) {
    super(code, 409, message, extra);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("invalid_input", 400, message, extra);
  }
}
