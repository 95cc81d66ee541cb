import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';

/**
 * Customers and how they prove who they are (identity tokens). No routes yet: the
 * chat API and the channels (with their signing secrets) call `ContactsService`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Contact])],
  providers: [ContactsService],
  exports: [ContactsService],
})
export class IdentityModule {}
