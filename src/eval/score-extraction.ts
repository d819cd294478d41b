/**
 * Port of the corpus scorer (`shared/corpus/score.py`), rule for rule: the same name
 * normalisation, entity mapping (each system entity goes to the gold entity sharing most
 * normalised names), symmetric keys, micro precision/recall/F1, per-type counts and actor recall.
 */
export const SCORED_SYMMETRIC = new Set(['NEGOTIATES_WITH', 'CEASEFIRE_WITH']);

export interface GoldFile {
  article?: string;
  publishedAt?: string | null;
  entities: Array<{ key: string; kind: string; names: string[] }>;
  relations: Array<{ type: string; source: string; target: string; evidence?: string }>;
}

export interface SystemOutput {
  entities?: Array<{ id: string; name?: string; aliases?: string[] | null }>;
  relations?: Array<{ type?: string; source?: string; target?: string; rule?: string; sentence?: string }>;
}

/** One scoring error: a gold fact not found (with the gold evidence) or a wrong relation (with its rule and sentence). */
export interface ScoreError {
  article: string;
  kind: 'missed' | 'wrong';
  type: string;
  source: string;
  target: string;
  /** Gold evidence fragment (missed) or the cited sentence (wrong). */
  text: string;
  rule?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  actor_recall: number;
  per_type: Record<string, { tp: number; fp: number; fn: number }>;
  /** Per construction class (the rule's name before its type): correct and wrong relations it produced. */
  per_construction: Record<string, { tp: number; fp: number }>;
  missing: string[];
  /** Every missed and wrong relation, article by article (for `eval --errors`). */
  errors: ScoreError[];
}

/** score.py's norm(): NFKD→ASCII, lower, drop 's, non-alphanumerics to spaces, leading "the ". */
export function norm(s: string | null | undefined): string {
  let out = (s || '')
    .normalize('NFKD')
    .replace(/[\u0080-\uffff]/g, '') // every code unit outside ASCII
    .toLowerCase();
  out = out.replace(/['’`]s\b/g, '');
  out = out.replace(/[^a-z0-9]+/g, ' ').trim();
  return out.replace(/^the /, '');
}

/** score.py's map_entities(). */
export function mapEntities(gold: GoldFile, sysEntities: NonNullable<SystemOutput['entities']>): Map<string, string> {
  const goldNames = gold.entities.map((g) => [g.key, new Set(g.names.map(norm))] as const);
  const mapping = new Map<string, string>();
  for (const e of sysEntities) {
    const forms = new Set([norm(e.name ?? ''), ...(e.aliases ?? []).map(norm)]);
    forms.delete('');
    let best: string | null = null;
    let bestN = 0;
    for (const [key, names] of goldNames) {
      let n = 0;
      for (const f of forms) if (names.has(f)) n++;
      if (n > bestN) [best, bestN] = [key, n];
    }
    if (best) mapping.set(e.id, best);
  }
  return mapping;
}

function keyOf(t: string, s: string, o: string): string {
  if (SCORED_SYMMETRIC.has(t) && s > o) [s, o] = [o, s];
  return JSON.stringify([t, s, o]);
}

/** Scores named outputs (null when an output is missing) against their gold files, in name order. */
export function scoreArticles(items: Array<{ name: string; gold: GoldFile; output: SystemOutput | null }>): Score {
  let tp = 0,
    fp = 0,
    fn = 0,
    entHit = 0,
    entAll = 0;
  const per = new Map<string, [number, number, number]>();
  const bump = (t: string, i: 0 | 1 | 2): void => {
    const v = per.get(t) ?? [0, 0, 0];
    v[i]++;
    per.set(t, v);
  };
  const missing: string[] = [];
  const byConstruction = new Map<string, { tp: number; fp: number }>();
  const errors: ScoreError[] = [];
  for (const { name, gold, output } of [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const out = output ?? { entities: [], relations: [] };
    if (!output) missing.push(name);
    const mapping = mapEntities(gold, out.entities ?? []);
    const actors = gold.entities.filter((g) => g.kind !== 'Location').map((g) => g.key);
    entAll += actors.length;
    const mapped = new Set(mapping.values());
    entHit += new Set(actors.filter((a) => mapped.has(a))).size;
    const goldRel = new Set(gold.relations.map((r) => keyOf(r.type, r.source, r.target)));
    const sysRel = new Set<string>();
    const ruleOf = new Map<string, string>();
    const firstOf = new Map<string, { rule?: string; sentence?: string }>();
    for (const r of out.relations ?? []) {
      const s = mapping.get(String(r.source)) ?? `?${String(r.source)}`;
      const o = mapping.get(String(r.target)) ?? `?${String(r.target)}`;
      const k = keyOf(String(r.type), s, o);
      sysRel.add(k);
      if (!ruleOf.has(k)) {
        ruleOf.set(k, constructionOf(r.rule));
        firstOf.set(k, r);
      }
    }
    for (const k of sysRel) {
      const [t, s, o] = JSON.parse(k) as [string, string, string];
      const c = byConstruction.get(ruleOf.get(k)!) ?? { tp: 0, fp: 0 };
      if (goldRel.has(k)) {
        tp++;
        bump(t, 0);
        c.tp++;
      } else {
        fp++;
        bump(t, 1);
        c.fp++;
        errors.push({
          article: name,
          kind: 'wrong',
          type: t,
          source: s,
          target: o,
          text: firstOf.get(k)?.sentence ?? '',
          rule: firstOf.get(k)?.rule,
        });
      }
      byConstruction.set(ruleOf.get(k)!, c);
    }
    for (const k of goldRel)
      if (!sysRel.has(k)) {
        const [t, s, o] = JSON.parse(k) as [string, string, string];
        fn++;
        bump(t, 2);
        const g = gold.relations.find((r) => keyOf(r.type, r.source, r.target) === k);
        errors.push({ article: name, kind: 'missed', type: t, source: s, target: o, text: g?.evidence ?? '' });
      }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const per_type: Score['per_type'] = {};
  for (const t of [...per.keys()].sort()) {
    const v = per.get(t)!;
    per_type[t] = { tp: v[0], fp: v[1], fn: v[2] };
  }
  const per_construction = Object.fromEntries([...byConstruction].sort((a, b) => b[1].tp - a[1].tp));
  return { tp, fp, fn, precision, recall, f1, actor_recall: entAll ? entHit / entAll : 0, per_type, per_construction, missing, errors };
}

/** Precision, recall and F1 per relationship type (0 where undefined), as a table. */
export function formatRates(res: Score): string {
  const rate = (a: number, b: number): number => (a + b ? a / (a + b) : 0);
  const lines = [`${'type'.padEnd(18)}     P     R    F1`];
  for (const [t, v] of Object.entries(res.per_type)) {
    const p = rate(v.tp, v.fp);
    const r = rate(v.tp, v.fn);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    lines.push(`${t.padEnd(18)} ${p.toFixed(2).padStart(5)} ${r.toFixed(2).padStart(5)} ${f.toFixed(2).padStart(5)}`);
  }
  lines.push(
    `${'overall'.padEnd(18)} ${res.precision.toFixed(2).padStart(5)} ${res.recall.toFixed(2).padStart(5)} ${res.f1.toFixed(2).padStart(5)}   actor recall ${res.actor_recall.toFixed(2)}`,
  );
  return lines.join('\n');
}

const TYPE_NAMES = new Set([
  'attacks',
  'shelters',
  'mediates',
  'supports',
  'demands',
  'rejects',
  'accuses',
  'threatens',
  'detains',
  'releases',
  'leads',
  'negotiates_with',
  'ceasefire_with',
  'member_of',
  'spokesperson_for',
]);

/** The construction class of a rule name: "passive:attacks" → "passive", "role:appositive" stays; none → "unnamed". */
function constructionOf(rule: string | undefined): string {
  if (!rule) return 'unnamed';
  const parts = rule.split(':');
  return parts.length > 1 && TYPE_NAMES.has(parts.at(-1)!) ? parts.slice(0, -1).join(':') : rule;
}

/** Per construction class: relations right and wrong, and its share of the gold facts recovered. */
export function formatConstructions(res: Score): string {
  const gold = res.tp + res.fn;
  const lines = [`${'construction'.padEnd(28)}  right  wrong  recall share`];
  for (const [c, v] of Object.entries(res.per_construction))
    lines.push(
      `${c.padEnd(28)} ${String(v.tp).padStart(6)} ${String(v.fp).padStart(6)}  ${(gold ? v.tp / gold : 0).toFixed(2).padStart(12)}`,
    );
  return lines.join('\n');
}

/** The report lines exactly as score.py prints them. */
export function formatScore(res: Score): string {
  const pad = (n: number): string => String(n).padStart(3);
  const lines = Object.entries(res.per_type).map(([t, v]) => `${t.padEnd(18)} tp=${pad(v.tp)} fp=${pad(v.fp)} fn=${pad(v.fn)}`);
  if (res.missing.length) lines.push(`no output for: ${res.missing.join(', ')}`);
  lines.push(
    `relations P=${res.precision.toFixed(2)} R=${res.recall.toFixed(2)} F1=${res.f1.toFixed(2)} (tp=${res.tp} fp=${res.fp} fn=${res.fn}); actor recall=${res.actor_recall.toFixed(2)}`,
  );
  return lines.join('\n');
}

/** The missed and wrong relations, grouped by article: one line each, evidence or sentence after it. */
export function formatErrors(res: Score): string {
  const lines: string[] = [];
  let article = '';
  for (const e of res.errors) {
    if (e.article !== article) {
      article = e.article;
      lines.push(`== ${article}`);
    }
    const mark = e.kind === 'missed' ? 'MISSED' : 'WRONG ';
    lines.push(`  ${mark} ${e.type} ${e.source} -> ${e.target}${e.rule ? `  [${e.rule}]` : ''}`);
    if (e.text) lines.push(`         ${e.text.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  return lines.join('\n');
}
