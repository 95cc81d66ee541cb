import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User, type UserRole } from './user.entity';

/** What it takes to add a user to a workspace. */
export interface NewUser {
  workspaceId: string;
  email: string;
  displayName: string;
  role: UserRole;
}

/** Creates and finds studio users, always within one workspace. */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Adds a user; the e-mail is stored lower-cased, unique within the workspace. */
  create(user: NewUser): Promise<User> {
    return this.users.save(this.users.create({ ...user, email: normalizeEmail(user.email) }));
  }

  /** The workspace's user with this e-mail (any case), or `null`. */
  findByEmail(workspaceId: string, email: string): Promise<User | null> {
    return this.users.findOneBy({ workspaceId, email: normalizeEmail(email) });
  }
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
