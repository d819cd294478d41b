/**
 * Extraction throughput benchmark: warm, one thread, median of several repeats over a
 * fixture article written for the benchmark (and the corpus articles when ../shared is present).
 * Run alone with `npx tsx bench/extract.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/ingest/extract-article.ts';
import { getSharedParser, stopSharedParser } from '../src/parser-local/index.ts';

const FIXTURE = [
  'Peshawar, 3 May 2024 — Security forces arrested six suspected militants of the outlawed Tehreek-e-Taliban Pakistan (TTP) in a raid near Bannu on Tuesday, police said.',
  'The provincial police chief said the men had been planning attacks on checkpoints along the highway.',
  'The TTP denied any link to the suspects and accused the government of staging arrests for publicity.',
  "In a statement, the group's spokesman, Muhammad Khorasani, warned the army of consequences if the raids continued.",
  'Islamabad has repeatedly urged Kabul to act against militants who use Afghan soil to plan attacks inside Pakistan.',
  'The Afghan Taliban government rejected the accusation, saying it would not allow its territory to be used against any country.',
  'Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, said Pakistan should solve its security problems at home.',
  'Last year Qatar and Turkey offered to mediate talks between the two neighbours, but no meeting took place.',
  'Interior Minister Mohsin Naqvi said the government would not negotiate with groups that attack civilians.',
  'A faction of the TTP, Jamaat-ul-Ahrar, claimed responsibility for a bombing in Mohmand in March.',
  'The army said its troops killed four militants in an exchange of fire in North Waziristan.',
  'Officials believe the attackers crossed from Afghanistan, where the TTP leadership is said to be based.',
  'Noor Wali Mehsud, the emir of the TTP, has called on his fighters to avoid harming civilians.',
  'The Taliban authorities released several Pakistani prisoners last month as a goodwill gesture.',
  'Analysts say a ceasefire between the government and the militants is unlikely before the elections.',
  "Pakistan's caretaker Prime Minister said the country would respond to every attack on its soldiers.",
];

/** Warm throughput of `extractArticle` in sentences per second (median of repeats). */
export async function benchExtract(): Promise<{
  sentencesPerSecond: number;
  sentences: number;
  seconds: number;
  parserColdStartSeconds: number;
}> {
  const articles = [FIXTURE.join(' '), FIXTURE.slice(8).join('\n\n')];
  const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
  for (const sub of ['seed', 'dev']) {
    const dir = join(corpus, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      articles.push(readFileSync(join(dir, f), 'utf8'));
  }
  // Warm: the parser process is started once (cold start timed apart), then every article is
  // extracted including its parse; only sentences naming an actor are parsed.
  const coldStart = performance.now();
  const parser = await getSharedParser();
  const coldSeconds = (performance.now() - coldStart) / 1000;
  const runOnce = async (): Promise<number> => {
    let n = 0;
    for (const text of articles) n += (await extractArticle(text, { publishedAt: '2024-05-10', parser })).sentenceCount;
    return n;
  };
  await runOnce(); // warm-up: JIT, alias index, parser models
  const samples: Array<{ rate: number; sentences: number; seconds: number }> = [];
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    const sentences = await runOnce();
    const seconds = (performance.now() - start) / 1000;
    samples.push({ rate: sentences / seconds, sentences, seconds });
  }
  samples.sort((a, b) => a.rate - b.rate);
  const median = samples[Math.floor(samples.length / 2)]!;
  await stopSharedParser();
  return {
    sentencesPerSecond: Math.round(median.rate),
    sentences: median.sentences,
    seconds: Math.round(median.seconds * 1000) / 1000,
    parserColdStartSeconds: Math.round(coldSeconds * 10) / 10,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchExtract();
  process.stdout.write(
    `extract: ${result.sentencesPerSecond} sentences/s including the parse (median run: ${result.sentences} sentences in ${result.seconds} s; parser cold start ${result.parserColdStartSeconds} s)\n`,
  );
}
