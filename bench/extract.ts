/**
 * Extraction throughput benchmark: warm, one thread, median of several repeats over a
 * fixture article written for the benchmark (and the corpus articles when ../shared is present).
 * Run alone with `npx tsx bench/extract.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/ingest/extract-article.ts';

const FIXTURE = [
  'Peshawar, 3 May 2024 — Security forces arrested six suspected militants of the outlawed Tehreek-e-Taliban Pakistan (TTP) in a raid near Bannu on Tuesday, police said.',
  'The provincial police chief said the men had been planning attacks on checkpoints along the highway.',
  'The TTP denied any link to the suspects and accused the government of staging arrests for publicity.',
  'In a statement, the group\'s spokesman, Muhammad Khorasani, warned the army of consequences if the raids continued.',
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
  'Pakistan\'s caretaker Prime Minister said the country would respond to every attack on its soldiers.',
];

/** Warm throughput of `extractArticle` in sentences per second (median of repeats). */
export async function benchExtract(): Promise<{ sentencesPerSecond: number; sentences: number; seconds: number }> {
  const articles = [FIXTURE.join(' '), FIXTURE.slice(8).join('\n\n')];
  const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
  for (const sub of ['seed', 'dev']) {
    const dir = join(corpus, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) articles.push(readFileSync(join(dir, f), 'utf8'));
  }
  const runOnce = (): number => articles.reduce((n, text) => n + extractArticle(text, { publishedAt: '2024-05-10' }).sentenceCount, 0);
  for (let i = 0; i < 3; i++) runOnce(); // warm-up: JIT, alias index
  const samples: Array<{ rate: number; sentences: number; seconds: number }> = [];
  for (let r = 0; r < 7; r++) {
    let sentences = 0;
    const start = performance.now();
    while (performance.now() - start < 300) sentences += runOnce();
    const seconds = (performance.now() - start) / 1000;
    samples.push({ rate: sentences / seconds, sentences, seconds });
  }
  samples.sort((a, b) => a.rate - b.rate);
  const median = samples[Math.floor(samples.length / 2)]!;
  return { sentencesPerSecond: Math.round(median.rate), sentences: median.sentences, seconds: Math.round(median.seconds * 1000) / 1000 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchExtract();
  process.stdout.write(`extract: ${result.sentencesPerSecond} sentences/s (median run: ${result.sentences} sentences in ${result.seconds} s)\n`);
}
