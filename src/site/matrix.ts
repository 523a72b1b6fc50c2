/**
 * The model × benchmark comparison matrix of the subject pages: one row per model, one
 * column per benchmark property, each cell listing what the claims for that pair say.
 */

export interface MatrixClaim {
  id: string;
  subject: string;
  property: string;
  qualifiers: Record<string, string>;
  status: string;
  /** Distinct values as written, in report order. */
  values: string[];
  verdict?: string;
  /** How many reports the claim has: how much the sources talk about it. */
  reports?: number;
}

export interface MatrixCell {
  claims: Array<{ id: string; qualifiers: Record<string, string>; status: string; shown: string[]; contested: boolean; verdict?: string }>;
  contested: boolean;
}

export interface Matrix {
  rows: Array<{ id: string; name: string }>;
  columns: Array<{ id: string; label: string }>;
  /** cells[row][column], undefined where no claim exists. */
  cells: Array<Array<MatrixCell | undefined>>;
}

export function comparisonMatrix(
  models: Array<{ id: string; name: string }>,
  benchmarks: Array<{ id: string; label: string }>,
  claims: MatrixClaim[],
  /** Models listed first (the page's own subject), in this order. */
  first: string[] = [],
): Matrix {
  const modelIds = new Set(models.map((m) => m.id));
  const benchIds = new Set(benchmarks.map((b) => b.id));
  const byPair = new Map<string, MatrixClaim[]>();
  for (const c of claims) {
    if (!modelIds.has(c.subject) || !benchIds.has(c.property)) continue;
    const key = `${c.subject}\u0000${c.property}`;
    const list = byPair.get(key);
    if (list) list.push(c);
    else byPair.set(key, [c]);
  }
  const usedModels = new Set<string>();
  const usedBench = new Set<string>();
  for (const list of byPair.values()) {
    usedModels.add(list[0].subject);
    usedBench.add(list[0].property);
  }
  const rank = (id: string) => {
    const k = first.indexOf(id);
    return k === -1 ? first.length : k;
  };
  const rows = models
    .filter((m) => usedModels.has(m.id))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name, 'en'));
  // Headline columns first: benchmarks the first-listed models report, then those the sources
  // report most often (the scores articles lead with), then those most models have, then by name.
  const firstSet = new Set(first);
  const coverage = new Map<string, { own: number; reports: number; models: number }>();
  for (const list of byPair.values()) {
    const c = coverage.get(list[0].property) ?? { own: 0, reports: 0, models: 0 };
    c.models += 1;
    for (const claim of list) c.reports += claim.reports ?? 1;
    if (firstSet.has(list[0].subject)) c.own += 1;
    coverage.set(list[0].property, c);
  }
  const cov = (id: string) => coverage.get(id) ?? { own: 0, reports: 0, models: 0 };
  const columns = benchmarks
    .filter((b) => usedBench.has(b.id))
    .sort((a, b) => cov(b.id).own - cov(a.id).own || cov(b.id).reports - cov(a.id).reports || cov(b.id).models - cov(a.id).models || a.label.localeCompare(b.label, 'en'));
  const cells = rows.map((r) =>
    columns.map((col) => {
      const list = byPair.get(`${r.id}\u0000${col.id}`);
      if (!list) return undefined;
      const entries = [...list]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((c) => ({
          id: c.id,
          qualifiers: c.qualifiers,
          status: c.status,
          shown: c.verdict !== undefined ? [c.verdict] : c.values,
          contested: c.status === 'contested',
          ...(c.verdict !== undefined ? { verdict: c.verdict } : {}),
        }));
      return { claims: entries, contested: entries.some((e) => e.contested) };
    }),
  );
  return { rows, columns, cells };
}
