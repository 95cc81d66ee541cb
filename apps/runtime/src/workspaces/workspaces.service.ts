import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Workspace } from './workspace.entity';

/** Creates and finds workspaces. */
@Injectable()
export class WorkspacesService {
  constructor(@InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>) {}

  /** A new workspace named `name`. */
  create(name: string): Promise<Workspace> {
    return this.workspaces.save(this.workspaces.create({ name }));
  }

  /** The workspace, or `null` when there is none with this id. */
  findById(id: string): Promise<Workspace | null> {
    return this.workspaces.findOneBy({ id });
  }
}
