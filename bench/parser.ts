/**
 * Local CoreNLP parser benchmark: cold start (spawn → READY), warm sentences/s with one client
 * and with two concurrent clients over 200 invented news-like sentences of ~25 tokens, and the
 * Java process's RSS. Run alone: `npx tsx bench/parser.ts [-Dcorenlp.<property>=<value> ...]`
 * (the arguments are passed to the JVM, so CoreNLP settings can be compared; `--tag-only` skips
 * the dependency parse, to see what the tagger alone costs).
 */
import fs from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { connectParser } from '../src/parser-local/client.ts';
import { startParser } from '../src/parser-local/process.ts';
import type { SentenceParser } from '../src/parser-local/types.ts';

const ACTORS = [
  'The Pakistani army',
  'A spokesman for the provincial government',
  'Militants of the outlawed group',
  'The interior ministry',
  'Officials in the border district',
  'Tribal elders from the valley',
];
const VERBS = [
  'said on Tuesday that they had arrested',
  'accused the authorities of sheltering',
  'were reported to have met with',
  'announced a ceasefire with',
  'denied any contact with',
  'agreed to hold talks with',
];
const OBJECTS = [
  'six men suspected of planning attacks',
  'representatives of the banned faction',
  'a delegation brokered by Qatar',
  'commanders who had crossed the border',
  'the families of the kidnapped workers',
  'leaders of the rival factions',
];
const TAILS = [
  'near the town of Bannu after a week of clashes.',
  'in a statement issued late on Monday evening.',
  'during a meeting held in the capital last month.',
  'despite warnings from the security forces in the region.',
];

/** 200 sentences, each a different combination (about 22–28 tokens). */
export function benchSentences(n = 200): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) {
    out.push(`${ACTORS[k % 6]} ${VERBS[Math.floor(k / 6) % 6]} ${OBJECTS[Math.floor(k / 36) % 6]} ${TAILS[k % 4]}`);
  }
  return out;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function rate(clients: SentenceParser[], sentences: string[]): Promise<number> {
  const started = performance.now();
  await Promise.all(clients.map((c) => c.parse(sentences)));
  return (clients.length * sentences.length) / ((performance.now() - started) / 1000);
}

/** `tagOnly`: sentences are tokenized, tagged and lemmatized only (the length limit set to 0). */
export async function benchParser(jvmArgs: string[] = [], tagOnly = false) {
  const config = loadConfig();
  const t0 = performance.now();
  const proc = await startParser({
    localDir: config.PARSER_LOCAL_DIR,
    heap: config.PARSER_HEAP,
    threads: 2,
    jvmArgs,
    maxDepLength: tagOnly ? 0 : 120,
  });
  const coldStartSeconds = (performance.now() - t0) / 1000;
  const a = connectParser(proc.port, proc.token);
  const b = connectParser(proc.port, proc.token);
  try {
    const sentences = benchSentences();
    const tokens = (await a.parse(sentences)).reduce((n, s) => n + s.tokens.length, 0) / sentences.length;
    for (let i = 0; i < 2; i++) await Promise.all([a.parse(sentences), b.parse(sentences)]); // warm-up: JIT
    const one: number[] = [];
    const two: number[] = [];
    for (let i = 0; i < 3; i++) {
      one.push(await rate([a], sentences));
      two.push(await rate([a, b], sentences));
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    return {
      jvmArgs: tagOnly ? [...jvmArgs, '(tagging only)'] : jvmArgs,
      coldStartSeconds,
      tokensPerSentence: tokens,
      oneClient: median(one),
      twoClients: median(two),
      rssMb: rssMb(proc.pid),
    };
  } finally {
    await a.close();
    await b.close();
    await proc.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const r = await benchParser(
    args.filter((a) => a !== '--tag-only'),
    args.includes('--tag-only'),
  );
  process.stdout.write(
    `parser ${r.jvmArgs.join(' ') || '(defaults)'}: cold start ${r.coldStartSeconds.toFixed(1)} s, ${r.tokensPerSentence.toFixed(1)} tokens/sentence, ` +
      `${r.oneClient.toFixed(0)} sentences/s with one client, ${r.twoClients.toFixed(0)} with two, RSS ${r.rssMb.toFixed(0)} MB\n`,
  );
}
