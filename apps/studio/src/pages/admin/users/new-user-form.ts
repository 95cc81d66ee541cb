import { z } from 'zod';
import type { NewUser } from '../../../api/admin-api';
import type { Role } from '../../../api/session-body';

/** The server's password rule (`POST /api/v1/users`): checked here first, so the form says it plainly. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

export interface NewUserForm {
  email: string;
  displayName: string;
  password: string;
  role: Role;
}

/** Which field is wrong, as an i18n key under `admin:users.add.errors`. */
export type NewUserErrors = Partial<Record<'email' | 'displayName' | 'password', string>>;

const emailSchema = z.email();

/** Checks the form the way the server will, plus a clash with an e-mail already in the workspace. */
export function checkNewUser(form: NewUserForm, takenEmails: readonly string[]): NewUserErrors {
  const errors: NewUserErrors = {};
  const email = form.email.trim().toLowerCase();
  if (!email) errors.email = 'emailRequired';
  else if (!emailSchema.safeParse(email).success) errors.email = 'emailInvalid';
  else if (takenEmails.includes(email)) errors.email = 'emailTaken';
  if (form.displayName.trim().length > 200) errors.displayName = 'nameTooLong';
  if (form.password.length < PASSWORD_MIN) errors.password = 'passwordShort';
  else if (form.password.length > PASSWORD_MAX) errors.password = 'passwordLong';
  return errors;
}

/** The request body; without a name, the part of the e-mail before `@` (as the first admin gets). */
export function toNewUser(form: NewUserForm): NewUser {
  const email = form.email.trim();
  const displayName = form.displayName.trim() || (email.split('@')[0] ?? email);
  return { email, displayName, password: form.password, role: form.role };
}
