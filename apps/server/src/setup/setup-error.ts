/** A refused setup or CLI step; the message is shown to the operator as is. */
export class SetupError extends Error {
  constructor(readonly code: 'tenant.codeInvalid' | 'tenant.codeTaken' | 'tenant.notFound' | 'user.notFound' | 'password.tooShort' | 'backup.unsupported' | 'restore.notEmpty' | 'restore.badArchive' | 'database.inUse' | 'usage', message: string) {
    super(message);
    this.name = 'SetupError';
  }
}
