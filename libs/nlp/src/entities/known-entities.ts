import { EntityType } from '../types';

/**
 * Entities whose canonical name is not derivable from the text alone: acronyms and short forms
 * ("UK", "BelTA"), established English spellings of transliterated names, and types that news usage
 * fixes (the Kremlin acts as an organisation). Aliases match case-insensitively as whole mentions.
 */
export interface KnownEntity {
  canonical: string;
  type: EntityType;
  aliases: readonly string[];
}

export const KNOWN_ENTITIES: readonly KnownEntity[] = [
  // States and places with short or historic forms.
  { canonical: 'United Kingdom', type: 'LOCATION', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { canonical: 'United States', type: 'LOCATION', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'] },
  { canonical: 'Belarus', type: 'LOCATION', aliases: ['Republic of Belarus', 'White Rus', 'Byelorussia', 'Belorussia'] },
  { canonical: 'Russia', type: 'LOCATION', aliases: ['Russian Federation'] },
  { canonical: 'Ukraine', type: 'LOCATION', aliases: ['the Ukraine'] },
  { canonical: 'Kyiv', type: 'LOCATION', aliases: ['Kiev'] },
  { canonical: 'Soviet Union', type: 'LOCATION', aliases: ['USSR', 'U.S.S.R.'] },
  { canonical: 'United Arab Emirates', type: 'LOCATION', aliases: ['UAE'] },
  { canonical: 'European Union', type: 'ORG', aliases: ['EU', 'E.U.'] },
  { canonical: 'United Nations', type: 'ORG', aliases: ['UN', 'U.N.'] },
  { canonical: 'North Atlantic Treaty Organization', type: 'ORG', aliases: ['NATO', 'North Atlantic Alliance'] },
  { canonical: 'Collective Security Treaty Organization', type: 'ORG', aliases: ['CSTO', 'Collective Security Treaty Organisation'] },
  { canonical: 'Eurasian Economic Union', type: 'ORG', aliases: ['EAEU', 'EEU'] },
  { canonical: 'Commonwealth of Independent States', type: 'ORG', aliases: ['CIS'] },
  { canonical: 'Organization for Security and Co-operation in Europe', type: 'ORG', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'] },
  { canonical: 'Shanghai Cooperation Organisation', type: 'ORG', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { canonical: 'International Monetary Fund', type: 'ORG', aliases: ['IMF'] },
  { canonical: 'World Trade Organization', type: 'ORG', aliases: ['WTO'] },
  { canonical: 'Union State of Russia and Belarus', type: 'ORG', aliases: ['Union State'] },
  { canonical: 'Kremlin', type: 'ORG', aliases: [] },
  { canonical: 'Belarusian Telegraph Agency', type: 'ORG', aliases: ['BelTA', 'BELTA'] },
  { canonical: 'TASS', type: 'ORG', aliases: ['ITAR-TASS', 'Itar-Tass'] },
  { canonical: 'RIA Novosti', type: 'ORG', aliases: ['RIA'] },
  { canonical: 'Reuters', type: 'ORG', aliases: [] },
  { canonical: 'Agence France-Presse', type: 'ORG', aliases: ['AFP'] },
  { canonical: 'Associated Press', type: 'ORG', aliases: ['AP'] },
  { canonical: 'Federal Security Service', type: 'ORG', aliases: ['FSB'] },
  { canonical: 'KGB', type: 'ORG', aliases: [] },
  // People of the region's news, under their usual English spelling.
  { canonical: 'Alexander Lukashenko', type: 'PERSON', aliases: ['Alyaksandr Lukashenka', 'Aliaksandr Lukashenka', 'Aleksandr Lukashenko', 'Lukashenka', 'Lukashenko'] },
  { canonical: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin', 'Vladimir Vladimirovich Putin'] },
  { canonical: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Vladimir Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy'] },
  { canonical: 'Sviatlana Tsikhanouskaya', type: 'PERSON', aliases: ['Svetlana Tikhanovskaya', 'Tsikhanouskaya', 'Tikhanovskaya'] },
  { canonical: 'Sergei Lavrov', type: 'PERSON', aliases: ['Sergey Lavrov', 'Lavrov'] },
  { canonical: 'Sergei Shoigu', type: 'PERSON', aliases: ['Sergey Shoigu', 'Shoigu'] },
  { canonical: 'Dmitry Peskov', type: 'PERSON', aliases: ['Dmitri Peskov', 'Peskov'] },
  { canonical: 'Dmitry Medvedev', type: 'PERSON', aliases: ['Dmitri Medvedev', 'Medvedev'] },
  { canonical: 'Mikhail Mishustin', type: 'PERSON', aliases: ['Mishustin'] },
  { canonical: 'Alexei Navalny', type: 'PERSON', aliases: ['Alexey Navalny', 'Aleksei Navalny', 'Navalny'] },
  { canonical: 'Roman Protasevich', type: 'PERSON', aliases: ['Raman Pratasevich', 'Protasevich', 'Pratasevich'] },
  { canonical: 'Viktor Babariko', type: 'PERSON', aliases: ['Viktar Babaryka', 'Babaryka', 'Babariko'] },
  { canonical: 'Maria Kolesnikova', type: 'PERSON', aliases: ['Maryia Kalesnikava', 'Kalesnikava', 'Kolesnikova'] },
  { canonical: 'Vladimir Makei', type: 'PERSON', aliases: ['Uladzimir Makei', 'Makei', 'Makey'] },
  { canonical: 'Roman Golovchenko', type: 'PERSON', aliases: ['Raman Halouchanka', 'Golovchenko'] },
];

/** Given names in Belarusian and variant Russian transliterations → the usual English spelling (Ukrainian forms are kept: they are the bearers' own). */
export const GIVEN_NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Alexander: ['Alyaksandr', 'Aliaksandr', 'Aleksandr', 'Alexandr', 'Aleksander'],
  Alexei: ['Aliaksei', 'Alexey', 'Aleksei', 'Aleksey'],
  Andrei: ['Andrey', 'Andrej'],
  Anatoly: ['Anatol', 'Anatoliy', 'Anatolii', 'Anatoli'],
  Dmitry: ['Dzmitry', 'Dmitri', 'Dmitriy', 'Dmitrii'],
  Igor: ['Ihar'],
  Mikhail: ['Mikhal', 'Mikhael'],
  Nikolai: ['Mikalai', 'Nikolay'],
  Pavel: ['Paval'],
  Roman: ['Raman'],
  Sergei: ['Siarhei', 'Sergey', 'Sergej'],
  Svetlana: ['Sviatlana'],
  Tatiana: ['Tatsiana', 'Tatyana'],
  Vadim: ['Vadzim'],
  Viktor: ['Viktar', 'Victor'],
  Vladimir: ['Uladzimir', 'Uladzimer'],
  Yevgeny: ['Yauhen', 'Evgeny', 'Evgeniy', 'Yevgeniy'],
  Yuri: ['Yury', 'Yuriy'],
  Maria: ['Maryia', 'Mariya'],
  Valery: ['Valeriy', 'Valerii', 'Valeri'],
};
