/**
 * Verdicts after the rules have run: which flags each verdict resolves, and the verdict
 * problems only the analysis can see (a `resolves` entry that names no flag on the claim).
 */
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Claim, Flag } from '../model.ts';

/** Whether `claim`'s verdict resolves `flag`: all flags on it, or the flag's kind or id listed. */
export function verdictResolves(claim: Claim, flag: Flag): boolean {
  const v = claim.verdict;
  if (!v || !flag.claims.includes(claim.id)) return false;
  return v.resolves === 'all' || v.resolves.includes(flag.kind) || v.resolves.includes(flag.id);
}

/** Each flag with the verdict that resolves it, if any (the first claim in id order wins). */
export function withResolutions(flags: Flag[], claimById: ReadonlyMap<string, Claim>): Flag[] {
  return flags.map((flag) => {
    for (const id of flag.claims) {
      const claim = claimById.get(id);
      if (claim?.verdict && verdictResolves(claim, flag)) {
        const { rating, reviewer, reviewed } = claim.verdict;
        return { ...flag, resolved: { claim: claim.id, rating, reviewer, reviewed } };
      }
    }
    return flag;
  });
}

/** A `resolves` entry must name a flag on its claim: a kind it has, or one of its flags' ids. */
export function verdictDiagnostics(claims: readonly Claim[], flags: readonly Flag[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const onClaim = new Map<string, Flag[]>();
  for (const f of flags) for (const c of new Set(f.claims)) onClaim.set(c, [...(onClaim.get(c) ?? []), f]);
  for (const claim of claims) {
    const v = claim.verdict;
    if (!v || v.resolves === 'all') continue;
    const own = onClaim.get(claim.id) ?? [];
    for (const [i, name] of v.resolves.entries()) {
      if (own.some((f) => f.kind === name || f.id === name)) continue;
      const there = own.length === 0 ? 'no flag is raised on this claim' : `the flags on this claim are ${own.map((f) => quoteUserText(f.id)).join(', ')}`;
      out.push(
        diagnostic(
          claim.file,
          v.resolvesAt?.[i],
          'verdict-unknown-flag',
          `The verdict resolves ${quoteUserText(name)}, but ${there}.`,
          own.length === 0
            ? 'Remove the entry from `resolves`: a verdict can only resolve flags the check raises on its claim.'
            : `Name a flag kind (${[...new Set(own.map((f) => f.kind))].join(', ')}) or one of the flag ids, or write \`resolves: all\`.`,
        ),
      );
    }
  }
  return out;
}
