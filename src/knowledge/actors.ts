/**
 * The curated knowledge base: well-known actors and places of the Pakistan / TTP / Afghan
 * Taliban conflict, with the surface forms the press uses for them.
 *
 * Ids are readable slugs and stable: extraction output, the sample graph and the gold
 * annotations all refer to actors by these ids. Aliases are matched after normalisation
 * (case, diacritics, hyphens, a leading "the", i/e transliteration), so one spelling of a
 * transliterated name is usually enough; common alternative spellings are listed anyway.
 */
import type { EntityKind } from '../model/vocabulary.ts';

export interface KnownActor {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  /** First day the actor exists in this role (YYYY-MM-DD). */
  validFrom?: string;
  /** Last day the actor exists in this role (YYYY-MM-DD). */
  validTo?: string;
}

/** The day the Taliban took Kabul: after it "the Afghan government" means the Taliban. */
export const TALIBAN_TAKEOVER = '2021-08-15';

export const KNOWN_ACTORS: readonly KnownActor[] = [
  // --- armed groups -------------------------------------------------------------------
  { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', kind: 'ArmedGroup', aliases: ['TTP', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban', 'Tehreek-e-Taliban of Pakistan', 'Pakistani Taliban', 'Pakistan Taliban', 'Tehreek-i-Taliban Pakistan'], description: 'Umbrella of Pakistani militant factions formed in 2007, fighting the Pakistani state from bases along and across the Afghan border.' },
  { id: 'jamaat-ul-ahrar', name: 'Jamaat-ul-Ahrar', kind: 'ArmedGroup', aliases: ['JuA', 'Jamat-ul-Ahrar', 'Jamaat ul Ahrar'], description: 'Militant faction from the Mohmand tribal area that split from and later rejoined the TTP.' },
  { id: 'hafiz-gul-bahadur-group', name: 'Hafiz Gul Bahadur group', kind: 'ArmedGroup', aliases: ['Hafiz Gul Bahadur faction', 'Gul Bahadur group'], description: 'North Waziristan militant network named after its commander.' },
  { id: 'jaish-e-fursan-e-muhammad', name: 'Jaish-e-Fursan-e-Muhammad', kind: 'ArmedGroup', aliases: ['Jaish-e-Fursan-e-Mohammad', 'JFM'], description: 'Small militant outfit that surfaced in 2024 claiming attacks in the north-west.' },
  { id: 'haqqani-network', name: 'Haqqani network', kind: 'ArmedGroup', aliases: ['Haqqani Network', 'Haqqanis'], description: 'Taliban-aligned militant network based in south-eastern Afghanistan, led by the Haqqani family.' },
  { id: 'islamic-state-khorasan', name: 'Islamic State Khorasan Province', kind: 'ArmedGroup', aliases: ['ISKP', 'IS-K', 'ISIS-K', 'ISIS-KP', 'Islamic State Khorasan', 'Daesh', 'Islamic State-Khorasan'], description: 'Regional branch of the Islamic State, hostile both to the Afghan Taliban and to Pakistan.' },
  { id: 'al-qaeda', name: 'al-Qaeda', kind: 'ArmedGroup', aliases: ['Al Qaeda', 'al-Qaida', 'Al-Qaeda'], description: 'Transnational jihadist organisation with a long presence in the Afghan-Pakistani borderlands.' },
  { id: 'aqis', name: 'al-Qaeda in the Indian Subcontinent', kind: 'ArmedGroup', aliases: ['AQIS'], description: 'South Asian branch of al-Qaeda.' },
  { id: 'lashkar-e-jhangvi', name: 'Lashkar-e-Jhangvi', kind: 'ArmedGroup', aliases: ['LeJ'], description: 'Sectarian militant group active in Pakistan.' },
  { id: 'lashkar-e-islam', name: 'Lashkar-e-Islam', kind: 'ArmedGroup', aliases: ['LeI'], description: 'Militant group of the Khyber tribal district.' },
  { id: 'hizb-ul-ahrar', name: 'Hizb-ul-Ahrar', kind: 'ArmedGroup', aliases: ['HuA'], description: 'Splinter of Jamaat-ul-Ahrar.' },
  { id: 'tehreek-e-jihad-pakistan', name: 'Tehreek-e-Jihad Pakistan', kind: 'ArmedGroup', aliases: ['TJP'], description: 'Militant outfit that emerged in 2023 claiming high-profile attacks.' },
  { id: 'baloch-liberation-army', name: 'Baloch Liberation Army', kind: 'ArmedGroup', aliases: ['BLA'], description: 'Baloch separatist insurgent group.' },
  // --- governments ---------------------------------------------------------------------
  { id: 'pakistan-government', name: 'Government of Pakistan', kind: 'Government', aliases: ['Pakistani government', 'Pakistan government', 'federal government', 'Pakistani authorities', 'Pakistani officials', 'Pakistani leaders', 'Pakistani delegation', 'Pakistani state', 'Pakistani leadership', 'coalition government'], description: 'The federal government of Pakistan and its ministries.' },
  { id: 'afghan-taliban', name: 'Afghan Taliban government', kind: 'Government', aliases: ['Afghan Taliban', 'Taliban', 'Taliban government', 'Taliban administration', 'Taliban regime', 'Taliban authorities', 'Taliban leadership', 'Islamic Emirate', 'Islamic Emirate of Afghanistan', 'Kabul government', 'interim Afghan government', 'Afghan interim government', 'interim Afghan authorities', 'Taliban forces'], description: 'The Taliban movement, ruling Afghanistan as the Islamic Emirate since August 2021.', validFrom: TALIBAN_TAKEOVER },
  { id: 'afghan-republic', name: 'Islamic Republic of Afghanistan', kind: 'Government', aliases: ['Afghan Republic', 'former Afghan government', 'overthrown Afghan government', 'ousted Afghan government', 'previous Afghan government', 'Ghani government'], description: 'The internationally backed Afghan state that collapsed in August 2021.', validTo: TALIBAN_TAKEOVER },
  { id: 'khyber-pakhtunkhwa-government', name: 'Khyber-Pakhtunkhwa government', kind: 'Government', aliases: ['KP government', 'KPK government', 'provincial government'], description: 'Provincial government of Khyber-Pakhtunkhwa.' },
  { id: 'united-states', name: 'United States government', kind: 'Government', aliases: ['US government', 'U.S. government', 'American government', 'US administration', 'Biden administration', 'Trump administration'], description: 'The government of the United States.' },
  { id: 'china', name: 'Government of China', kind: 'Government', aliases: ['Chinese government', 'China'], description: 'The government of the People\'s Republic of China.' },
  { id: 'india', name: 'Government of India', kind: 'Government', aliases: ['Indian government', 'India'], description: 'The government of India.' },
  { id: 'iran', name: 'Government of Iran', kind: 'Government', aliases: ['Iranian government', 'Iran'], description: 'The government of Iran.' },
  // --- security forces -----------------------------------------------------------------
  { id: 'pakistan-army', name: 'Pakistan Army', kind: 'SecurityForce', aliases: ['Pakistani army', 'Pakistani military', 'Pakistan military', 'army', 'Pakistani troops', 'military establishment'], description: 'Pakistan\'s land army, headquartered in Rawalpindi.' },
  { id: 'pakistan-security-forces', name: 'Pakistani security forces', kind: 'SecurityForce', aliases: ['security forces', 'Pakistani forces', 'security personnel', 'Pakistani security personnel', 'law enforcement agencies', 'police'], description: 'Pakistan\'s police, paramilitary and military units taken together, as news reports often name them.' },
  { id: 'khyber-pakhtunkhwa-police', name: 'Khyber-Pakhtunkhwa police', kind: 'SecurityForce', aliases: ['KP police', 'KPK police', 'Khyber Pakhtunkhwa Police'], description: 'Provincial police of Khyber-Pakhtunkhwa, a frequent target of militant attacks.' },
  { id: 'frontier-corps', name: 'Frontier Corps', kind: 'SecurityForce', aliases: ['FC'], description: 'Federal paramilitary force deployed along the western border.' },
  { id: 'counter-terrorism-department', name: 'Counter Terrorism Department', kind: 'SecurityForce', aliases: ['CTD', 'Counter-Terrorism Department'], description: 'Provincial police counter-terrorism wing.' },
  { id: 'isi', name: 'Inter-Services Intelligence', kind: 'SecurityForce', aliases: ['ISI'], description: 'Pakistan\'s main military intelligence agency.' },
  { id: 'ispr', name: 'Inter-Services Public Relations', kind: 'SecurityForce', aliases: ['ISPR'], description: 'The media wing of Pakistan\'s armed forces.' },
  { id: 'us-forces', name: 'U.S. forces', kind: 'SecurityForce', aliases: ['US forces', 'United States forces', 'American forces', 'US troops', 'U.S. troops', 'American troops'], description: 'United States military forces deployed in Afghanistan until 2021.' },
  { id: 'nato-forces', name: 'NATO forces', kind: 'SecurityForce', aliases: ['NATO troops', 'coalition forces', 'ISAF'], description: 'Allied forces of the NATO mission in Afghanistan.' },
  // --- persons ---------------------------------------------------------------------------
  { id: 'noor-wali-mehsud', name: 'Noor Wali Mehsud', kind: 'Person', aliases: ['Mufti Noor Wali Mehsud', 'Mufti Noor Wali', 'Noor Wali'], description: 'Emir of the TTP since 2018.' },
  { id: 'muhammad-khorasani', name: 'Muhammad Khorasani', kind: 'Person', aliases: ['Mohammad Khorasani', 'Muhammad Khurasani', 'Mohammad Khurasani'], description: 'Name used by the TTP\'s central spokesman.' },
  { id: 'sarbakaf-mohmand', name: 'Sarbakaf Mohmand', kind: 'Person', aliases: [], description: 'TTP commander from the Mohmand area.' },
  { id: 'omar-khalid-khorasani', name: 'Omar Khalid Khorasani', kind: 'Person', aliases: ['Abdul Wali Mohmand', 'Umar Khalid Khorasani'], description: 'Founder of Jamaat-ul-Ahrar, killed in Afghanistan in 2022.' },
  { id: 'hafiz-gul-bahadur', name: 'Hafiz Gul Bahadur', kind: 'Person', aliases: [], description: 'North Waziristan militant commander.' },
  { id: 'baitullah-mehsud', name: 'Baitullah Mehsud', kind: 'Person', aliases: [], description: 'Founding emir of the TTP, killed in 2009.' },
  { id: 'hakimullah-mehsud', name: 'Hakimullah Mehsud', kind: 'Person', aliases: [], description: 'TTP emir from 2009 until his death in 2013.' },
  { id: 'mullah-fazlullah', name: 'Mullah Fazlullah', kind: 'Person', aliases: ['Maulana Fazlullah', 'Fazlullah'], description: 'TTP emir from 2013 until his death in 2018.' },
  { id: 'hibatullah-akhundzada', name: 'Hibatullah Akhundzada', kind: 'Person', aliases: ['Haibatullah Akhundzada', 'Mullah Hibatullah', 'Hibatullah'], description: 'Supreme leader of the Afghan Taliban.' },
  { id: 'sirajuddin-haqqani', name: 'Sirajuddin Haqqani', kind: 'Person', aliases: ['Siraj Haqqani', 'Sirajuddin Haqani'], description: 'Head of the Haqqani network and interior minister of the Taliban government.' },
  { id: 'zabihullah-mujahid', name: 'Zabihullah Mujahid', kind: 'Person', aliases: ['Zabiullah Mujahid'], description: 'Chief spokesman of the Afghan Taliban.' },
  { id: 'hassan-akhund', name: 'Mohammad Hassan Akhund', kind: 'Person', aliases: ['Mullah Mohammad Hassan Akhund', 'Muhammad Hassan Akhund', 'Mullah Hassan Akhund', 'Hassan Akhund'], description: 'Acting prime minister of the Taliban government.' },
  { id: 'abdul-ghani-baradar', name: 'Abdul Ghani Baradar', kind: 'Person', aliases: ['Mullah Abdul Ghani Baradar', 'Mullah Baradar', 'Abdul Ghani Biradar'], description: 'Taliban co-founder and deputy prime minister.' },
  { id: 'amir-khan-muttaqi', name: 'Amir Khan Muttaqi', kind: 'Person', aliases: ['Amir Khan Mottaki'], description: 'Foreign minister of the Taliban government.' },
  { id: 'abdul-qahar-balkhi', name: 'Abdul Qahar Balkhi', kind: 'Person', aliases: [], description: 'Spokesman of the Taliban foreign ministry.' },
  { id: 'asim-munir', name: 'Asim Munir', kind: 'Person', aliases: ['Syed Asim Munir'], description: 'Pakistan\'s army chief from November 2022.' },
  { id: 'qamar-javed-bajwa', name: 'Qamar Javed Bajwa', kind: 'Person', aliases: [], description: 'Pakistan\'s army chief from 2016 to 2022.' },
  { id: 'faiz-hameed', name: 'Faiz Hameed', kind: 'Person', aliases: ['Faiz Hamid'], description: 'Former intelligence chief and Peshawar corps commander of the Pakistan Army.' },
  { id: 'nadeem-anjum', name: 'Nadeem Anjum', kind: 'Person', aliases: ['Nadeem Ahmed Anjum'], description: 'Director-general of the ISI from 2021 to 2024.' },
  { id: 'ahmed-sharif-chaudhry', name: 'Ahmed Sharif Chaudhry', kind: 'Person', aliases: [], description: 'Director-general of the military\'s media wing from 2022.' },
  { id: 'khawaja-asif', name: 'Khawaja Asif', kind: 'Person', aliases: ['Khawaja Muhammad Asif'], description: 'Pakistani politician, defence minister in several governments.' },
  { id: 'rana-sanaullah', name: 'Rana Sanaullah', kind: 'Person', aliases: ['Rana Sanaullah Khan'], description: 'Pakistani politician, federal interior minister in 2022-2023.' },
  { id: 'anwaar-ul-haq-kakar', name: 'Anwaar-ul-Haq Kakar', kind: 'Person', aliases: ['Anwarul Haq Kakar', 'Anwaar ul Haq Kakar'], description: 'Caretaker prime minister of Pakistan, 2023-2024.' },
  { id: 'sarfraz-bugti', name: 'Sarfraz Bugti', kind: 'Person', aliases: [], description: 'Caretaker interior minister, later chief minister of Balochistan.' },
  { id: 'asif-ali-zardari', name: 'Asif Ali Zardari', kind: 'Person', aliases: [], description: 'President of Pakistan (2008-2013 and from 2024).' },
  { id: 'shehbaz-sharif', name: 'Shehbaz Sharif', kind: 'Person', aliases: ['Shahbaz Sharif'], description: 'Prime minister of Pakistan from 2022.' },
  { id: 'imran-khan', name: 'Imran Khan', kind: 'Person', aliases: [], description: 'Founder of the PTI and prime minister of Pakistan from 2018 to 2022.' },
  { id: 'nawaz-sharif', name: 'Nawaz Sharif', kind: 'Person', aliases: [], description: 'Three-time prime minister of Pakistan and leader of the PML-N.' },
  { id: 'mohsin-naqvi', name: 'Mohsin Naqvi', kind: 'Person', aliases: [], description: 'Federal interior minister of Pakistan from 2024.' },
  { id: 'ishaq-dar', name: 'Ishaq Dar', kind: 'Person', aliases: [], description: 'Pakistani foreign minister from 2024.' },
  { id: 'bilawal-bhutto-zardari', name: 'Bilawal Bhutto Zardari', kind: 'Person', aliases: ['Bilawal Bhutto'], description: 'Chairman of the PPP and foreign minister in 2022-2023.' },
  { id: 'fazl-ur-rehman', name: 'Fazl-ur-Rehman', kind: 'Person', aliases: ['Maulana Fazlur Rehman', 'Fazlur Rehman'], description: 'Cleric and head of the JUI-F.' },
  { id: 'ashraf-ghani', name: 'Ashraf Ghani', kind: 'Person', aliases: [], description: 'Last president of the Islamic Republic of Afghanistan.' },
  // --- political parties ---------------------------------------------------------------
  { id: 'pti', name: 'Pakistan Tehreek-e-Insaf', kind: 'PoliticalParty', aliases: ['PTI', 'Pakistan Tehrik-i-Insaf', 'PTI government'], description: 'Political party founded by Imran Khan; governed Pakistan from 2018 to 2022.' },
  { id: 'pml-n', name: 'Pakistan Muslim League (Nawaz)', kind: 'PoliticalParty', aliases: ['PML-N', 'PMLN', 'Pakistan Muslim League-Nawaz'], description: 'Centre-right party led by the Sharif family.' },
  { id: 'ppp', name: 'Pakistan Peoples Party', kind: 'PoliticalParty', aliases: ['PPP', "Pakistan People's Party"], description: 'Centre-left party led by the Bhutto-Zardari family.' },
  { id: 'jui-f', name: 'Jamiat Ulema-e-Islam (F)', kind: 'PoliticalParty', aliases: ['JUI-F', 'Jamiat Ulema-e-Islam-Fazl'], description: 'Religious party led by Fazl-ur-Rehman.' },
  { id: 'anp', name: 'Awami National Party', kind: 'PoliticalParty', aliases: ['ANP'], description: 'Pashtun nationalist party, often targeted by the TTP.' },
  // --- other organisations -------------------------------------------------------------
  { id: 'qatar', name: 'Qatar', kind: 'Organization', aliases: ['State of Qatar', 'Qatari government'], description: 'Gulf state that has hosted and brokered Afghan talks.' },
  { id: 'turkey', name: 'Turkey', kind: 'Organization', aliases: ['Turkiye', 'Türkiye', 'Turkish government'], description: 'State that has hosted and mediated regional talks.' },
  { id: 'united-nations', name: 'United Nations', kind: 'Organization', aliases: ['UN', 'U.N.', 'UN Security Council', 'UNAMA'], description: 'The United Nations and its Afghan mission.' },
  { id: 'tribal-jirga', name: 'tribal jirga', kind: 'Organization', aliases: ['jirga', 'grand jirga', 'tribal elders', 'jirga of tribal elders'], description: 'A council of tribal elders and clerics, used as an intermediary with militants.' },
  { id: 'afghan-migrants', name: 'Afghan migrants', kind: 'Organization', aliases: ['Afghan refugees', 'Afghan nationals', 'undocumented Afghans', 'undocumented Afghan migrants', 'Afghan refugee', 'undocumented migrants', 'Afghans', 'refugees'], description: 'Afghans living in Pakistan, many without papers, subject to deportation drives.' },
  { id: 'express-tribune', name: 'The Express Tribune', kind: 'Organization', aliases: ['Express Tribune'], description: 'Pakistani English-language daily.' },
  { id: 'dawn', name: 'Dawn', kind: 'Organization', aliases: ['Dawn newspaper'], description: 'Pakistani English-language daily.' },
];

export const KNOWN_LOCATIONS: readonly KnownActor[] = [
  { id: 'pakistan', name: 'Pakistan', kind: 'Location', aliases: [] },
  { id: 'afghanistan', name: 'Afghanistan', kind: 'Location', aliases: [] },
  { id: 'kabul', name: 'Kabul', kind: 'Location', aliases: [] },
  { id: 'islamabad', name: 'Islamabad', kind: 'Location', aliases: [] },
  { id: 'rawalpindi', name: 'Rawalpindi', kind: 'Location', aliases: ['GHQ'] },
  { id: 'peshawar', name: 'Peshawar', kind: 'Location', aliases: [] },
  { id: 'quetta', name: 'Quetta', kind: 'Location', aliases: [] },
  { id: 'lahore', name: 'Lahore', kind: 'Location', aliases: [] },
  { id: 'karachi', name: 'Karachi', kind: 'Location', aliases: [] },
  { id: 'doha', name: 'Doha', kind: 'Location', aliases: [] },
  { id: 'washington', name: 'Washington', kind: 'Location', aliases: [] },
  { id: 'beijing', name: 'Beijing', kind: 'Location', aliases: [] },
  { id: 'new-delhi', name: 'New Delhi', kind: 'Location', aliases: ['Delhi'] },
  { id: 'tehran', name: 'Tehran', kind: 'Location', aliases: [] },
  { id: 'khyber-pakhtunkhwa', name: 'Khyber-Pakhtunkhwa', kind: 'Location', aliases: ['KP', 'KPK', 'Khyber Pakhtunkhwa'] },
  { id: 'balochistan', name: 'Balochistan', kind: 'Location', aliases: ['Baluchistan'] },
  { id: 'fata', name: 'Federally Administered Tribal Areas', kind: 'Location', aliases: ['FATA', 'tribal areas', 'tribal districts', 'merged districts'] },
  { id: 'north-waziristan', name: 'North Waziristan', kind: 'Location', aliases: [] },
  { id: 'south-waziristan', name: 'South Waziristan', kind: 'Location', aliases: [] },
  { id: 'waziristan', name: 'Waziristan', kind: 'Location', aliases: [] },
  { id: 'mir-ali', name: 'Mir Ali', kind: 'Location', aliases: [] },
  { id: 'miranshah', name: 'Miranshah', kind: 'Location', aliases: ['Miran Shah'] },
  { id: 'bannu', name: 'Bannu', kind: 'Location', aliases: [] },
  { id: 'dera-ismail-khan', name: 'Dera Ismail Khan', kind: 'Location', aliases: ['D.I. Khan', 'DI Khan'] },
  { id: 'lakki-marwat', name: 'Lakki Marwat', kind: 'Location', aliases: [] },
  { id: 'bajaur', name: 'Bajaur', kind: 'Location', aliases: [] },
  { id: 'swat', name: 'Swat', kind: 'Location', aliases: [] },
  { id: 'kurram', name: 'Kurram', kind: 'Location', aliases: [] },
  { id: 'khyber', name: 'Khyber', kind: 'Location', aliases: [] },
  { id: 'mohmand', name: 'Mohmand', kind: 'Location', aliases: [] },
  { id: 'chitral', name: 'Chitral', kind: 'Location', aliases: [] },
  { id: 'torkham', name: 'Torkham', kind: 'Location', aliases: [] },
  { id: 'chaman', name: 'Chaman', kind: 'Location', aliases: [] },
  { id: 'durand-line', name: 'Durand Line', kind: 'Location', aliases: [] },
  { id: 'khost', name: 'Khost', kind: 'Location', aliases: [] },
  { id: 'paktika', name: 'Paktika', kind: 'Location', aliases: [] },
  { id: 'kunar', name: 'Kunar', kind: 'Location', aliases: [] },
  { id: 'nangarhar', name: 'Nangarhar', kind: 'Location', aliases: [] },
  { id: 'kandahar', name: 'Kandahar', kind: 'Location', aliases: [] },
  { id: 'barmal', name: 'Barmal', kind: 'Location', aliases: [] },
  { id: 'spera', name: 'Spera', kind: 'Location', aliases: [] },
];

/**
 * Place names that, acting as an agent ("Islamabad said", "Kabul denied"), stand for an actor.
 * Keys are lower-case; extraction decides per mention whether the place or the actor is meant.
 */
export const METONYMS: Readonly<Record<string, string>> = {
  pakistan: 'pakistan-government',
  islamabad: 'pakistan-government',
  afghanistan: 'afghan-taliban',
  kabul: 'afghan-taliban',
  rawalpindi: 'pakistan-army',
  ghq: 'pakistan-army',
  washington: 'united-states',
  beijing: 'china',
  'new delhi': 'india',
  delhi: 'india',
  tehran: 'iran',
  doha: 'qatar',
};

/**
 * Standing affiliations of well-known people (person id → the body they serve in). Used only
 * to tell which government or force a bare title ("Interior Minister X") in an article refers to.
 */
export const KNOWN_AFFILIATIONS: Readonly<Record<string, string>> = {
  'sirajuddin-haqqani': 'afghan-taliban',
  'zabihullah-mujahid': 'afghan-taliban',
  'hassan-akhund': 'afghan-taliban',
  'abdul-ghani-baradar': 'afghan-taliban',
  'amir-khan-muttaqi': 'afghan-taliban',
  'abdul-qahar-balkhi': 'afghan-taliban',
  'hibatullah-akhundzada': 'afghan-taliban',
  'noor-wali-mehsud': 'ttp',
  'muhammad-khorasani': 'ttp',
  'sarbakaf-mohmand': 'ttp',
  'khawaja-asif': 'pakistan-government',
  'rana-sanaullah': 'pakistan-government',
  'anwaar-ul-haq-kakar': 'pakistan-government',
  'sarfraz-bugti': 'pakistan-government',
  'shehbaz-sharif': 'pakistan-government',
  'mohsin-naqvi': 'pakistan-government',
  'ishaq-dar': 'pakistan-government',
  'asim-munir': 'pakistan-army',
  'qamar-javed-bajwa': 'pakistan-army',
  'faiz-hameed': 'pakistan-army',
  'nadeem-anjum': 'isi',
  'ahmed-sharif-chaudhry': 'ispr',
  'asif-ali-zardari': 'pakistan-government',
};

const BY_ID = new Map<string, KnownActor>([...KNOWN_ACTORS, ...KNOWN_LOCATIONS].map((a) => [a.id, a]));

/** Returns the known actor or place with this id, or undefined. */
export function findKnownActor(id: string): KnownActor | undefined {
  return BY_ID.get(id);
}
