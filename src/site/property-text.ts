/**
 * A property's description as a claim's page shows it. The registry writes its descriptions
 * for contributors and for the spotter, which reads "`versus`" in them (src/core/spot/
 * comparisons.ts), so they name qualifiers by key: "compared with the model in qualifier
 * `versus`". A reader sees the claim's own value there instead ("compared with GPT-5.4"), and
 * never a backticked id.
 */
import { qualifierNames, type Claim, type SiteData } from './site-data.ts';

/** `names(key)`: the claim's value for that qualifier, by name, or undefined when it has none. */
export function readableDescription(description: string, names: (key: string) => string | undefined): string {
  return (
    description
      // "the model in qualifier `versus`" → "GPT-5.4", or "the other model" when the claim has no such qualifier.
      .replace(/\bthe (\w+) in qualifier `([^`]+)`/g, (_, noun: string, key: string) => names(key) ?? `the other ${noun}`)
      // "the named feature (qualifier `feature`)" → "the named feature (here: In-Flight Monitoring)".
      .replace(/\s*\(qualifier `([^`]+)`\)/g, (_, key: string) => {
        const name = names(key);
        return name ? ` (here: ${name})` : '';
      })
      // Any other code span: its words, without the backticks or hyphens of an id.
      .replace(/`([^`]+)`/g, (_, code: string) => code.replace(/-/g, ' '))
  );
}

/** The description of a claim's property, its qualifiers named by the claim's own values; empty when the registry has none. */
export function claimPropertyDescription(data: SiteData, claim: Claim): string {
  const description = data.properties.get(claim.property)?.description;
  if (!description) return '';
  const name = qualifierNames(data, claim);
  return readableDescription(description, (key) => (Object.hasOwn(claim.qualifiers, key) ? name(claim.qualifiers[key]) : undefined));
}
