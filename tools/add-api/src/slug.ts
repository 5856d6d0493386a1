/** A registry slug: kebab-case, the subpath every package exports for the API. */
const slugPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Throws unless `slug` is kebab-case, saying what was expected. */
export function checkSlug(slug: string): void {
  if (!slugPattern.test(slug)) {
    throw new Error(
      `slug ${JSON.stringify(slug)}: expected kebab-case (lower-case letters and digits, words joined by "-"), e.g. twilio-api`,
    );
  }
}
