/**
 * Vocabulary of the synthetic graph: the hub actors every conflict graph of the region has
 * (governments, armies, the big armed groups), and word lists from which the many small actors
 * (people, factions, parties, local bodies) get plausible names and aliases.
 */
import type { ActorKind } from '../src/model/vocabulary.ts';
import type { Rng } from './rng.ts';

/** The hubs, biggest first: actor 0 is the most connected node of the graph. */
export const HUBS: ReadonlyArray<{ name: string; kind: ActorKind; aliases: string[] }> = [
  { name: 'Government of Pakistan', kind: 'Government', aliases: ['Islamabad', 'Pakistani government'] },
  { name: 'Tehrik-i-Taliban Pakistan', kind: 'ArmedGroup', aliases: ['TTP', 'Pakistani Taliban'] },
  { name: 'Islamic Emirate of Afghanistan', kind: 'Government', aliases: ['Afghan Taliban', 'Kabul'] },
  { name: 'Pakistan Army', kind: 'SecurityForce', aliases: ['army', 'ISPR'] },
  { name: 'Frontier Corps Khyber Pakhtunkhwa', kind: 'SecurityForce', aliases: ['FC KP', 'Frontier Corps'] },
  { name: 'Inter-Services Intelligence', kind: 'SecurityForce', aliases: ['ISI'] },
  { name: 'Government of Khyber Pakhtunkhwa', kind: 'Government', aliases: ['KP government', 'Peshawar'] },
  { name: 'Jamaat-ul-Ahrar', kind: 'ArmedGroup', aliases: ['JuA'] },
  { name: 'Hafiz Gul Bahadur group', kind: 'ArmedGroup', aliases: ['Gul Bahadur faction'] },
  { name: 'Counter Terrorism Department', kind: 'SecurityForce', aliases: ['CTD'] },
  { name: 'Pakistan Tehreek-e-Insaf', kind: 'PoliticalParty', aliases: ['PTI'] },
  { name: 'Islamic State Khorasan Province', kind: 'ArmedGroup', aliases: ['ISKP', 'IS-K'] },
  { name: 'Government of Qatar', kind: 'Government', aliases: ['Doha'] },
  { name: 'Pakistan Muslim League (N)', kind: 'PoliticalParty', aliases: ['PML-N'] },
  { name: 'Haqqani network', kind: 'ArmedGroup', aliases: ['Haqqanis'] },
  { name: 'United Nations Assistance Mission in Afghanistan', kind: 'Organization', aliases: ['UNAMA'] },
  { name: 'Khyber Pakhtunkhwa Police', kind: 'SecurityForce', aliases: ['KP Police'] },
  { name: 'Jamiat Ulema-e-Islam (F)', kind: 'PoliticalParty', aliases: ['JUI-F'] },
  { name: 'Government of Turkey', kind: 'Government', aliases: ['Ankara'] },
  { name: 'Lashkar-e-Islam', kind: 'ArmedGroup', aliases: ['LeI'] },
];

/** The kinds of the many small actors and how common each is (people dominate). */
export const KIND_MIX: ReadonlyArray<[ActorKind, number]> = [
  ['Person', 0.62],
  ['ArmedGroup', 0.12],
  ['Organization', 0.1],
  ['SecurityForce', 0.07],
  ['PoliticalParty', 0.05],
  ['Government', 0.04],
];

const FIRST = [
  'Muhammad',
  'Noor',
  'Abdul',
  'Gul',
  'Hafiz',
  'Khalid',
  'Umar',
  'Zabihullah',
  'Sirajuddin',
  'Asad',
  'Bilal',
  'Fazal',
  'Hakimullah',
  'Ihsanullah',
  'Javed',
  'Karim',
  'Latif',
  'Mufti',
  'Nasir',
  'Qari',
  'Rahim',
  'Saifullah',
  'Tariq',
  'Wali',
  'Yousaf',
  'Zahid',
  'Amir',
  'Baitullah',
  'Daud',
  'Ehsan',
  'Farooq',
  'Habib',
  'Imran',
  'Jalal',
  'Kamran',
  'Mansoor',
  'Naeem',
  'Obaidullah',
  'Qasim',
  'Rashid',
  'Shahid',
  'Usman',
  'Waqar',
  'Yasir',
  'Zia',
  'Aslam',
  'Bashir',
  'Dost',
  'Fateh',
  'Ghulam',
  'Hamid',
  'Ismail',
  'Junaid',
  'Khan',
  'Mohsin',
  'Nawaz',
  'Rehman',
  'Sher',
  'Taj',
  'Zakir',
];
const MIDDLE = ['Wali', 'Ullah', 'Din', 'Rahman', 'Gul', 'Jan', 'Shah', 'Ali', 'Ahmad', 'Hussain', 'Akbar', 'Aziz'];
const LAST = [
  'Mehsud',
  'Wazir',
  'Afridi',
  'Yousafzai',
  'Khattak',
  'Orakzai',
  'Bangash',
  'Mohmand',
  'Shinwari',
  'Haqqani',
  'Khorasani',
  'Achakzai',
  'Durrani',
  'Ghilzai',
  'Kakar',
  'Marwat',
  'Niazi',
  'Popalzai',
  'Safi',
  'Tarakai',
  'Utmankhel',
  'Zadran',
  'Dawar',
  'Bhittani',
  'Turi',
  'Barakzai',
  'Sulemankhel',
  'Tanoli',
  'Jadoon',
  'Swati',
  'Mamund',
  'Salarzai',
  'Alizai',
  'Noorzai',
  'Ishaqzai',
  'Kharoti',
  'Mangal',
  'Jaji',
  'Tani',
  'Zazai',
];
const REGIONS = [
  'Bajaur',
  'Mohmand',
  'Khyber',
  'Orakzai',
  'Kurram',
  'North Waziristan',
  'South Waziristan',
  'Bannu',
  'Lakki Marwat',
  'Dera Ismail Khan',
  'Tank',
  'Swat',
  'Dir',
  'Chitral',
  'Peshawar',
  'Kohat',
  'Hangu',
  'Karak',
  'Nangarhar',
  'Kunar',
  'Paktika',
  'Khost',
  'Paktia',
  'Zabul',
  'Quetta',
  'Zhob',
  'Chaman',
  'Malakand',
  'Buner',
  'Mardan',
];
const GROUP_CORES = [
  'Tehreek-e-Jihad',
  'Lashkar-e-Khorasan',
  'Jaish-ul-Mujahideen',
  'Harkat-ul-Ansar',
  'Jamaat-ul-Furqan',
  'Ittehad-ul-Mujahideen',
  'Tanzeem-e-Islami',
  'Hizb-ul-Ahrar',
  'Sipah-e-Sahaba',
  'Lashkar-e-Jhangvi',
  'Tehreek-e-Nifaz',
  'Ansar-ul-Islam',
];
const ORG_CORES = [
  'Relief Committee',
  'Ulema Council',
  'Jirga',
  'Human Rights Commission',
  'Traders Association',
  'Peace Committee',
  'Elders Council',
  'Students Federation',
  'Refugee Council',
  'Aid Mission',
];
const FORCE_CORES = [
  'Levies',
  'Police',
  'Frontier Constabulary',
  'Rangers Wing',
  'Scouts',
  'Counter Terrorism Unit',
  'Border Police',
  'Special Branch',
];
const PARTY_CORES = [
  'Awami League',
  'National Party',
  'Justice Movement',
  'Islamic Front',
  "People's Alliance",
  'Democratic Movement',
  'Qaumi Tehreek',
];
const GOV_CORES = [
  'District Administration',
  'Provincial Ministry of Interior',
  "Commissioner's Office",
  'Tribal Affairs Department',
  'Governorate',
  'Home Department',
];

/** A plausible name and aliases for the small actor `index` of the given kind. */
export function smallActorName(rng: Rng, kind: ActorKind, index: number): { name: string; aliases: string[] } {
  const region = rng.pick(REGIONS);
  if (kind === 'Person') {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const name = rng.chance(0.4) ? `${first} ${rng.pick(MIDDLE)} ${last}` : `${first} ${last}`;
    const aliases: string[] = [];
    if (rng.chance(0.35)) aliases.push(`${rng.pick(['Mullah', 'Qari', 'Mufti', 'Commander', 'Maulana'])} ${first}`);
    if (rng.chance(0.2)) aliases.push(name.replace(/u/g, 'oo'));
    if (rng.chance(0.1)) aliases.push(`Abu ${rng.pick(FIRST)}`);
    return { name, aliases };
  }
  const faction = (core: string) => `${core} ${region} ${index.toString(36).toUpperCase()}`;
  const core = {
    ArmedGroup: GROUP_CORES,
    Organization: ORG_CORES,
    SecurityForce: FORCE_CORES,
    PoliticalParty: PARTY_CORES,
    Government: GOV_CORES,
  }[kind];
  const name = faction(rng.pick(core));
  const aliases: string[] = [];
  if (rng.chance(0.5))
    aliases.push(
      name
        .split(/[\s-]+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join(''),
    );
  if (rng.chance(0.2)) aliases.push(`${region} ${kind === 'ArmedGroup' ? 'militants' : 'group'} ${index.toString(36)}`);
  return { name, aliases };
}
