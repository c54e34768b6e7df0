// The mailto: and tel: links of the site's contact fields, built only from values the pipeline validated: one
// plain mailbox, one landline or hotline. Anything else stops the build here rather than become a link.
import { dialString, isPlainEmail } from '../pipeline/schemas/contact.ts';

/** `mailto:` for one plain address; each part percent-encoded beyond the characters a mailto: address may hold as they are. */
export function mailtoHref(address: string): string {
  if (!isPlainEmail(address)) throw new Error('mailtoHref: not one plain e-mail address (the pipeline should have refused it)');
  const at = address.lastIndexOf('@');
  return `mailto:${encodeAddressPart(address.slice(0, at))}@${encodeAddressPart(address.slice(at + 1))}`;
}

/** `tel:` with the digits a landline or hotline dials, and a landline's extension as `;ext=` (RFC 3966). */
export function telHref(phone: string): string {
  const dial = dialString(phone);
  if (dial === undefined) throw new Error('telHref: not a landline or public hotline (the pipeline should have refused it)');
  return `tel:${dial}`;
}

/** RFC 6068: unreserved characters and `+` stand as they are in a mailto: address; anything else is percent-encoded. */
function encodeAddressPart(part: string): string {
  return part.replace(/[^A-Za-z0-9._~+-]/g, (character) => encodeURIComponent(character));
}
