/**
 * Proposed development targets and potential growth sectors: each a proposal an editor accepts, changes
 * or rejects, with a key that stays the same across recomputations ("growthSector:16",
 * "developmentTarget:competence:<key>") and the evidence it rests on.
 */
import {
  competence,
  figure,
  nameOf,
  organisation,
  draft,
  sentence,
  type Context,
  type Draft,
  type Evidence,
  type Proposal,
  type Sentence,
} from './evidence.js';
import { FIGURES } from './figures.js';
import { capitalise, count, industry, joinList, num, quoted, type Tri } from './language.js';
import { FEW_OUTSIDE, pillarLabel } from './challenges.js';
import { unmetEvidence, unmetText } from './competences.js';
import { NOUNS, PILLARS, pluralPillars } from './nouns.js';
import { here, scopeOwner } from './scope.js';
import { forward, sectorStory } from './sectors.js';
import { themeEvidence, themeKey, themesOf, type QuestionGroup, type Theme } from './themes.js';

const UNMET_LISTED = 5;
const THEMES_LISTED = 3;
/** A challenge theme becomes a development target when this many respondents carry it. */
const CHALLENGE_RESPONDENTS = 2;

const L = {
  proposals: { fi: 'Ehdotuksia', sv: 'Förslag', en: 'Proposals' },
} satisfies Record<string, Tri>;

const proposal = (
  key: string,
  kind: Proposal['kind'],
  title: string,
  text: string,
  evidence: Evidence[],
): Proposal => ({
  key,
  kind,
  title,
  text,
  evidence,
});

function themeTarget(c: Context, t: Theme, group: QuestionGroup): Proposal {
  const n = count(t.n, NOUNS.respondent, c.lang);
  const text =
    group === 'challenges'
      ? {
          fi: `Kartoituksen vastauksissa ${n} nimesi haasteeksi teeman ${t.theme}; siihen vastaaminen on luonteva kehittämiskohde.`,
          sv: `I kartläggningen nämnde ${n} temat ${t.theme} som en utmaning; att möta den är ett naturligt utvecklingsobjekt.`,
          en: `In the mapping, ${n} named ${t.theme} as a challenge; meeting it is a natural development target.`,
        }[c.lang]
      : {
          fi: `Kartoituksen vastauksissa ${n} nosti esiin teeman ${t.theme} keinona vahvistaa ekosysteemiä.`,
          sv: `I kartläggningen lyfte ${n} fram temat ${t.theme} som ett sätt att stärka ekosystemet.`,
          en: `In the mapping, ${n} raised ${t.theme} as a way to strengthen the ecosystem.`,
        }[c.lang];
  return proposal(
    `developmentTarget:theme:${themeKey(t)}`,
    'developmentTarget',
    capitalise(t.theme),
    text,
    themeEvidence(c, group, t),
  );
}

function themeTargets(c: Context): Proposal[] {
  const fromProposals = themesOf(c, 'targets')
    .slice(0, THEMES_LISTED)
    .map((t) => themeTarget(c, t, 'targets'));
  const fromChallenges = themesOf(c, 'challenges')
    .filter((t) => t.n >= CHALLENGE_RESPONDENTS)
    .slice(0, THEMES_LISTED)
    .map((t) => themeTarget(c, t, 'challenges'));
  const seen = new Set<string>();
  return [...fromChallenges, ...fromProposals].filter((p) => !seen.has(p.key) && seen.add(p.key));
}

function competenceTargets(c: Context): Proposal[] {
  const fill = {
    fi: 'Kumppanuus tarjoajan kanssa tai oma koulutus voisi täyttää aukon.',
    sv: 'Ett partnerskap med den som erbjuder kompetensen eller egen utbildning kunde fylla luckan.',
    en: 'A partnership with a provider, or training of its own, could fill the gap.',
  }[c.lang];
  const title = { fi: 'Osaamistarve', sv: 'Kompetensbehov', en: 'Competence need' }[c.lang];
  return c.picture.competences.unmetNeeds
    .slice(0, UNMET_LISTED)
    .map((u) =>
      proposal(
        `developmentTarget:competence:${u.key}`,
        'developmentTarget',
        `${title}: ${u.label}`,
        `${unmetText(c, u)} ${fill}`,
        unmetEvidence(c, u),
      ),
    );
}

function isolatedTarget(c: Context): Proposal[] {
  const ids = c.picture.network.isolated;
  if (ids.length === 0 || c.picture.composition.organisations < 2) return [];
  const m = capitalise(count(ids.length, NOUNS.actor, c.lang));
  const names = joinList(
    ids.slice(0, 5).map((id) => nameOf(c, id)),
    c.lang,
  );
  const one = ids.length === 1;
  const text = {
    fi: `${m} on ilman kirjattuja yhteyksiä muihin, ${one ? '' : 'esimerkiksi '}${names}. Yhteiset tilaisuudet ja hankkeet voisivat kytkeä ${one ? 'sen' : 'ne'} verkostoon; samalla kannattaa tarkistaa, puuttuvatko yhteydet vain kirjauksista.`,
    sv: `${m} saknar registrerade förbindelser till andra, ${one ? '' : 'till exempel '}${names}. Gemensamma evenemang och projekt kunde knyta ${one ? 'den' : 'dem'} till nätverket; samtidigt lönar det sig att kontrollera om förbindelserna bara saknas i registreringen.`,
    en: `${m} ${one ? 'has' : 'have'} no recorded ties to others, ${one ? '' : 'for example '}${names}. Shared events and projects could bring ${one ? 'it' : 'them'} into the network; it is also worth checking whether the ties are only missing from the records.`,
  }[c.lang];
  const title = {
    fi: 'Erillään olevat toimijat mukaan verkostoon',
    sv: 'De isolerade aktörerna in i nätverket',
    en: 'Bringing isolated actors into the network',
  }[c.lang];
  const evidence = [
    figure(c, 'isolated', FIGURES.isolated, ids.length, num(ids.length, c.lang, 0)),
    ...ids.slice(0, 5).map((id) => organisation(c, id)),
  ];
  return [proposal('developmentTarget:network:isolated', 'developmentTarget', title, text, evidence)];
}

function outsideTarget(c: Context): Proposal[] {
  const ext = c.picture.network.externalRelations;
  if (ext > FEW_OUTSIDE || c.picture.composition.organisations === 0) return [];
  const owner = scopeOwner(c);
  const n = num(ext, c.lang, 0);
  const text = {
    fi: `${capitalise(owner)} ulkopuolisiin toimijoihin kirjattuja suhteita on ${n}. Verkoston muiden kaupunkien kumppanit ja kansalliset osaamiskeskittymät voisivat tuoda osaamista, jota ${here(c)} ei ole.`,
    sv: `Antalet registrerade relationer till aktörer utanför ${owner} är ${n}. Partner i nätverkets andra städer och nationella kompetenskluster kunde bidra med kompetens som inte finns ${here(c)}.`,
    en: `The number of recorded relations to actors outside ${owner} is ${n}. Partners in the network's other towns and national centres of expertise could bring expertise not found ${here(c)}.`,
  }[c.lang];
  const title = {
    fi: 'Yhteydet muihin kaupunkeihin',
    sv: 'Förbindelser till andra städer',
    en: 'Ties to other towns',
  }[c.lang];
  return [
    proposal('developmentTarget:network:outside', 'developmentTarget', title, text, [
      figure(c, 'externalRelations', FIGURES.external, ext, n),
    ]),
  ];
}

function brokerTarget(c: Context): Proposal[] {
  const net = c.picture.network;
  if (net.communities.length < 2 || net.brokers.length > 0) return [];
  const k = num(net.communities.length, c.lang, 0);
  const text = {
    fi: `Verkoston ${k} yhteisöllä ei ole niitä yhdistäviä välittäjiä. Kehitysyhtiö, oppilaitos tai kaupunki voisi ottaa välittäjän roolin ja tuoda yhteisöjen toimijat yhteen.`,
    sv: `Nätverkets ${k} gemenskaper saknar mäklare som förbinder dem. Ett utvecklingsbolag, en läroanstalt eller staden kunde ta mäklarens roll och föra samman gemenskapernas aktörer.`,
    en: `The network's ${k} communities have no brokers linking them. A development company, a school or the town could take on the broker's role and bring their actors together.`,
  }[c.lang];
  const title = {
    fi: 'Yhteisöjä yhdistävät välittäjät',
    sv: 'Mäklare mellan gemenskaperna',
    en: 'Brokers between communities',
  }[c.lang];
  return [
    proposal('developmentTarget:network:brokers', 'developmentTarget', title, text, [
      figure(c, 'communities', FIGURES.communities, net.communities.length, k),
      figure(c, 'brokers', FIGURES.brokers, 0, num(0, c.lang, 0)),
    ]),
  ];
}

function pillarTargets(c: Context): Proposal[] {
  if (c.picture.composition.organisations === 0) return [];
  return c.picture.composition.tripleHelix.missingPillars.map((p) => {
    const pillar = PILLARS[p]![c.lang];
    const many = pluralPillars([p]);
    const text = {
      fi: `Kolmoiskierteestä ${many ? 'puuttuvat' : 'puuttuu'} ${pillar}. Yhteistyö lähialueen tai verkoston muiden kaupunkien toimijoiden kanssa voisi tuoda ${many ? 'niiden' : 'sen'} osaamisen mukaan.`,
      sv: `I trippelhelixen saknas ${pillar}. Samarbete med aktörer i närområdet eller i nätverkets andra städer kunde föra in den kompetensen.`,
      en: `${capitalise(pillar)} ${many ? 'are' : 'is'} missing from the triple helix. Cooperation with actors nearby or in the network's other towns could bring that expertise in.`,
    }[c.lang];
    const title = {
      fi: `${capitalise(pillar)} mukaan ekosysteemiin`,
      sv: `${capitalise(pillar)} in i ekosystemet`,
      en: `Bringing ${pillar} into the ecosystem`,
    }[c.lang];
    return proposal(`developmentTarget:pillar:${p}`, 'developmentTarget', title, text, [
      figure(c, `pillar:${p}`, pillarLabel(p), 0, num(0, c.lang, 0)),
    ]);
  });
}

function none(c: Context, kind: Proposal['kind']): Sentence[] {
  const text =
    kind === 'developmentTarget'
      ? {
          fi: 'Kirjatuista tiedoista ei noussut ehdotettavia kehittämiskohteita.',
          sv: 'Inga utvecklingsobjekt att föreslå framträdde i de registrerade uppgifterna.',
          en: 'No development targets to propose emerged from the recorded data.',
        }[c.lang]
      : {
          fi: 'Kirjatuista tiedoista ei noussut ehdotettavia kasvualoja.',
          sv: 'Inga tillväxtbranscher att föreslå framträdde i de registrerade uppgifterna.',
          en: 'No growth sectors to propose emerged from the recorded data.',
        }[c.lang];
  return [sentence(text, [figure(c, `proposals:${kind}`, L.proposals, 0, num(0, c.lang, 0))])];
}

export function developmentTargets(c: Context): Draft {
  const proposals = [
    ...themeTargets(c),
    ...competenceTargets(c),
    ...isolatedTarget(c),
    ...outsideTarget(c),
    ...brokerTarget(c),
    ...pillarTargets(c),
  ];
  return draft('developmentTargets', [], proposals, none(c, 'developmentTarget'));
}

function strengthSector(c: Context, item: Context['picture']['strengths'][number]): Proposal {
  const s = sectorStory(c, item);
  const name = industry(item.code, c.lang);
  const owner = scopeOwner(c);
  const caution = s.tentative
    ? { fi: ' (varovasti tulkiten)', sv: ' (att tolka med försiktighet)', en: ' (to be read with caution)' }[
        c.lang
      ]
    : '';
  const support = forward(s);
  const list = joinList(support, c.lang);
  const text =
    support.length > 0
      ? {
          fi: `${name} on jo ${owner} vahvuus${caution}, ja sen kasvua tukevat ${list}.`,
          sv: `${name} är redan en styrka för ${owner}${caution}, och dess tillväxt stöds av ${list}.`,
          en: `${name} is already a strength of ${owner}${caution}, and its growth is supported by ${list}.`,
        }[c.lang]
      : {
          fi: `${name} on ${owner} vahvuus${caution} (${s.lq}), jonka varaan kasvua voi rakentaa; kasvua tukevaa osaamista tai hankkeita ei ole vielä kirjattu.`,
          sv: `${name} är en styrka för ${owner}${caution} (${s.lq}) att bygga tillväxt på; kompetens eller projekt som stöder tillväxten har ännu inte registrerats.`,
          en: `${name} is a strength of ${owner}${caution} (${s.lq}) to build growth on; no competences or projects supporting its growth have been recorded yet.`,
        }[c.lang];
  return proposal(`growthSector:${item.code}`, 'growthSector', name, text, s.evidence);
}

function candidateSector(c: Context, item: Context['picture']['growthCandidates'][number]): Proposal {
  const s = sectorStory(c, item);
  const name = industry(item.code, c.lang);
  const list = joinList([...forward(s), ...(s.central ? [s.central] : [])], c.lang);
  const text = {
    fi: `${name} voisi olla kasvuala: sen puolesta puhuvat ${list}.`,
    sv: `${name} kunde vara en tillväxtbransch: för det talar ${list}.`,
    en: `${name} could be a growth sector: ${list} point that way.`,
  }[c.lang];
  return proposal(`growthSector:${item.code}`, 'growthSector', name, text, s.evidence);
}

function themeSectors(c: Context): Proposal[] {
  return themesOf(c, 'growth')
    .slice(0, THEMES_LISTED)
    .map((t) => {
      const n = count(t.n, NOUNS.respondent, c.lang);
      const text = {
        fi: `Kartoituksen vastauksissa ${n} näki kasvumahdollisuuksia teemassa ${t.theme}.`,
        sv: `I kartläggningen såg ${n} tillväxtmöjligheter i temat ${t.theme}.`,
        en: `In the mapping, ${n} saw growth potential in ${t.theme}.`,
      }[c.lang];
      return proposal(
        `growthSector:theme:${themeKey(t)}`,
        'growthSector',
        capitalise(t.theme),
        text,
        themeEvidence(c, 'growth', t),
      );
    });
}

/** A competence at least this many actors offer may point to a growth area when industries cannot. */
const WIDELY_OFFERED = 3;

/**
 * Without industry codes or the mapping's themes, a competence many actors offer is the one hint of a
 * growth area left; proposed only then, and saying why.
 */
function competenceSectors(c: Context): Proposal[] {
  const top = c.picture.competences.offered.find((o) => o.organisationIds.length >= WIDELY_OFFERED);
  if (!top) return [];
  const n = count(top.organisationIds.length, NOUNS.actor, c.lang);
  const label = quoted(top.label, c.lang);
  const text = {
    fi: `Osaamista ${label} tarjoaa ${n}; se voisi olla kasvuala, vaikka toimialatiedot eivät vielä riitä sen arvioimiseen.`,
    sv: `Kompetensen ${label} erbjuds av ${n}; den kunde vara en tillväxtbransch, även om uppgifterna om näringsgrenar ännu inte räcker för att bedöma den.`,
    en: `${capitalise(n)} offer ${label}; it could be a growth sector, though the data on industries is not yet enough to judge it.`,
  }[c.lang];
  const evidence = [
    competence(c, top.key, top.label, top.organisationIds.length),
    ...top.organisationIds.slice(0, 5).map((id) => organisation(c, id)),
  ];
  return [
    proposal(`growthSector:competence:${top.key}`, 'growthSector', capitalise(top.label), text, evidence),
  ];
}

export function growthSectors(c: Context): Draft {
  const proposals = [
    ...c.picture.strengths.map((item) => strengthSector(c, item)),
    ...c.picture.growthCandidates.map((item) => candidateSector(c, item)),
    ...themeSectors(c),
  ];
  if (proposals.length === 0) proposals.push(...competenceSectors(c));
  return draft('growthSectors', [], proposals, none(c, 'growthSector'));
}
