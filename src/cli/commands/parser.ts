/**
 * `npm run -s cli -- parser fetch` downloads CoreNLP and its models (what the first parse does
 * on a fresh machine); `npm run -s cli -- parser parse "A sentence." ...` prints each sentence
 * as a CoNLL-U-like table (ID FORM LEMMA XPOS HEAD DEPREL START:END, then the enhanced++ edges),
 * so rule writers can see what the extraction rules will get.
 */
import { loadConfig } from '../../config.ts';
import { ensureParserDistribution } from '../../parser-local/distribution.ts';
import { ParserError } from '../../parser-local/errors.ts';
import { getSharedParser, stopSharedParser } from '../../parser-local/shared.ts';
import type { ParsedSentence } from '../../parser-local/types.ts';
import { createProgress } from '../../progress.ts';
import { CliError } from '../cli-error.ts';

/** One sentence as a table: the basic tree per token, then the enhanced++ edges. */
export function formatSentence(text: string, s: ParsedSentence): string {
  const rows = [[`# text = ${text}`], ['ID', 'FORM', 'LEMMA', 'XPOS', 'HEAD', 'DEPREL', 'CHARS']];
  for (const t of s.tokens)
    rows.push([String(t.i), t.word, t.lemma, t.pos, t.head < 0 ? '_' : String(t.head), t.rel || '_', `${t.start}:${t.end}`]);
  const widths = rows.slice(1).reduce((w, r) => r.map((c, k) => Math.max(w[k] ?? 0, c.length)), [] as number[]);
  const lines = rows.map((r, n) =>
    n === 0
      ? r[0]!
      : r
          .map((c, k) => c.padEnd(widths[k]!))
          .join('  ')
          .trimEnd(),
  );
  const word = (i: number) => (i === 0 ? 'ROOT' : (s.tokens[i - 1]?.word ?? '?'));
  lines.push(
    s.parsed
      ? `# enhanced++: ${s.enhanced.map((e) => `${e.rel}(${word(e.head)}-${e.head}, ${word(e.dep)}-${e.dep})`).join(' ')}`
      : '# not parsed (longer than the dependency length limit)',
  );
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const config = loadConfig();
  try {
    if (action === 'fetch') {
      const progress = createProgress('CoreNLP jars', 0, 'files');
      const dist = await ensureParserDistribution(config.PARSER_LOCAL_DIR, (n) => progress.update(n));
      progress.stop();
      process.stdout.write(`CoreNLP ${dist.version} jars ready in ${dist.libDir}\n`);
      return 0;
    }
    if (action === 'parse' && rest.length > 0) {
      const parser = await getSharedParser();
      try {
        const parsed = await parser.parse(rest);
        process.stdout.write(`${parsed.map((s, k) => formatSentence(rest[k]!, s)).join('\n\n')}\n`);
      } finally {
        await stopSharedParser();
      }
      return 0;
    }
  } catch (err) {
    if (err instanceof ParserError) throw new CliError(err.code, err.describe().replace(/^Local parser \[\w+\]: /, ''));
    throw err;
  }
  throw new CliError('USAGE', 'usage: npm run -s cli -- parser fetch | parser parse "A sentence." ...', 2);
}
