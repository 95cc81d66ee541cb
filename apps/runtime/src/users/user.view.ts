import type { User, UserRole } from './user.entity';

/** A user as the API shows it: never the password hash. */
export interface UserView {
  id: string;
  workspaceId: string;
  email: string;
  displayName: string;
  role: UserRole;
  createdAt: Date;
}

/** The fields of `user` the API may show. */
export function toUserView(user: User): UserView {
  const { id, workspaceId, email, displayName, role, createdAt } = user;
  return { id, workspaceId, email, displayName, role, createdAt };
}
