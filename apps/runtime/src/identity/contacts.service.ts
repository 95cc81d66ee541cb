import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contact } from './contact.entity';
import { type IdentityFailure, verifyIdentityToken } from './identity-token.verifier';

/** The contact a conversation belongs to, and whether its identity token held. */
export interface ResolvedContact {
  contact: Contact;
  /** Set when a token was given but not accepted (for logs and metrics; never shown to the customer). */
  failure?: IdentityFailure;
}

/**
 * Finds or creates the contact behind a conversation. Only a correctly signed,
 * current identity token links to an existing contact; anything else (no token,
 * a bad signature, an expired one) starts a new anonymous contact, so a forged
 * `sub` can never reach another customer's history.
 */
@Injectable()
export class ContactsService {
  constructor(@InjectRepository(Contact) private readonly contacts: Repository<Contact>) {}

  /**
   * The verified contact for `token` signed with the channel's `signingSecret`
   * (created on first sight, attributes merged in), or a new anonymous contact.
   */
  async resolveVerified(
    workspaceId: string,
    token: string | null | undefined,
    signingSecret: string | Buffer,
    now: number = Date.now(),
  ): Promise<ResolvedContact> {
    const verification = verifyIdentityToken(token, signingSecret, now);
    if (!verification.ok) {
      const contact = await this.createAnonymous(workspaceId);
      return verification.reason === 'missing'
        ? { contact }
        : { contact, failure: verification.reason };
    }
    // One statement, so two conversations of a new customer starting at once share a contact.
    await this.contacts.query(
      `INSERT INTO contacts (workspace_id, external_id, attributes, verified)
       VALUES ($1, $2, $3, true)
       ON CONFLICT (workspace_id, external_id)
       DO UPDATE SET attributes = contacts.attributes || EXCLUDED.attributes,
                     verified = true, updated_at = now()`,
      [workspaceId, verification.externalId, JSON.stringify(verification.attributes)],
    );
    const contact = await this.contacts.findOneByOrFail({
      workspaceId,
      externalId: verification.externalId,
    });
    return { contact };
  }

  /** A new contact with no external id, linked to nobody. */
  createAnonymous(workspaceId: string): Promise<Contact> {
    return this.contacts.save(
      this.contacts.create({ workspaceId, externalId: null, attributes: {}, verified: false }),
    );
  }

  /** The workspace's contact, or `null` (another workspace's id finds nothing). */
  findById(workspaceId: string, id: string): Promise<Contact | null> {
    return this.contacts.findOneBy({ workspaceId, id });
  }
}
