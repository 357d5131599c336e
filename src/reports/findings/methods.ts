/**
 * How the picture was made, for a reader who is not a developer: what was measured, from which data,
 * with which limits — in the reader's language, without identifiers. The technical detail (parameters
 * and algorithms, in words) goes to an appendix.
 */
import type { Picture } from '../../analysis/picture.schema.js';
import { GROWTH_WEIGHTS, MIN_TENTATIVE_ORGANISATIONS, STRENGTH_WEIGHTS } from '../../analysis/strengths.js';
import type { ScoreParts } from '../../analysis/strengths.schema.js';
import type { WrittenPicture } from '../findings.schema.js';
import type { Context } from './evidence.js';
import { count, date, joinList, num, pct, type Noun } from './language.js';
import { NOUNS } from './nouns.js';
import { here } from './scope.js';

type Lines = (string | null)[];

const LEVEL: Noun = { fi: ['taso', 'tasoa'], sv: ['nivå', 'nivåer'], en: ['level', 'levels'] };

function data(c: Context): Lines {
  const p = c.picture;
  const when = p.asOf ? date(p.asOf, c.lang) : null;
  const actors = num(p.composition.organisations, c.lang, 0);
  const relations = num(p.network.relations + p.network.externalRelations, c.lang, 0);
  const on = when ? { fi: ` ${when}`, sv: ` den ${when}`, en: ` on ${when}` }[c.lang] : '';
  return [
    {
      fi: `Tilannekuva on laskettu Solmuun kirjatuista tiedoista${on}. Se perustuu toimijoihin (${actors}), niiden välisiin kirjattuihin suhteisiin (${relations}), hankkeisiin sekä osaamiseen, jota toimijat tarjoavat tai tarvitsevat.`,
      sv: `Lägesbilden är beräknad på uppgifterna i Solmu${on}. Den bygger på aktörerna (${actors}), de registrerade relationerna mellan dem (${relations}), projekten samt den kompetens som aktörerna erbjuder eller behöver.`,
      en: `The picture was computed from the data recorded in Solmu${on}. It rests on the actors (${actors}), the relations recorded between them (${relations}), projects, and the competences the actors offer or need.`,
    }[c.lang],
    mapping(c),
  ];
}

function mapping(c: Context): string | null {
  const rounds = c.picture.mappingEvidence?.rounds ?? [];
  if (rounds.length === 0) return null;
  const names = joinList(
    rounds.map((r) => `${r.name[c.lang] || r.name.fi} (${count(r.respondents, NOUNS.respondent, c.lang)})`),
    c.lang,
  );
  return {
    fi: `Lisäksi mukana ovat kartoituksen vastaukset: ${names}. Toimittajat ovat koodanneet avovastaukset teemoiksi ja valinneet raporttiin sopivat lainaukset; lainauksesta ei käy ilmi, kuka sen sanoi.`,
    sv: `Dessutom ingår svaren från kartläggningen: ${names}. Redaktörerna har kodat de öppna svaren i teman och valt citat som passar i rapporten; av ett citat framgår inte vem som sade det.`,
    en: `The answers of the mapping are included too: ${names}. Editors coded the open answers into themes and chose the quotes fit for the report; a quote does not say who said it.`,
  }[c.lang];
}

function measures(c: Context): Lines {
  const p = c.picture;
  const threshold = num(p.parameters.lowCountThreshold, c.lang, 0);
  const finland = p.specialisation.organisations.baseline === 'finland';
  const against = finland
    ? { fi: 'koko Suomessa', sv: 'i hela Finland', en: 'in all of Finland' }[c.lang]
    : {
        fi: 'kaikkien Solmuun kirjattujen toimijoiden joukossa (kansallista toimialataulukkoa ei ole tuotu)',
        sv: 'bland alla aktörer i Solmu (ingen nationell tabell över näringsgrenar har importerats)',
        en: 'among all the actors recorded in Solmu (no national industry table has been imported)',
      }[c.lang];
  return [
    {
      fi: 'Verkoston kuvaus perustuu kirjattuihin suhteisiin: kahden toimijan välinen yhteys lasketaan kerran, vaikka suhteita olisi kirjattu useita, eikä suhteen suunta vaikuta. Keskeinen toimija on yhteydessä moneen muuhun, erityisesti toisiin keskeisiin toimijoihin. Välittäjä yhdistää eri yhteisöjä. Yhteisö on toimijaryhmä, jonka sisällä yhteyksiä on enemmän kuin ryhmien välillä.',
      sv: 'Beskrivningen av nätverket bygger på de registrerade relationerna: förbindelsen mellan två aktörer räknas en gång även om flera relationer har registrerats, och relationens riktning spelar ingen roll. En central aktör har förbindelser till många andra, särskilt till andra centrala aktörer. En mäklare förbinder olika gemenskaper. En gemenskap är en grupp aktörer med fler förbindelser inom gruppen än mellan grupperna.',
      en: 'The network is described from the recorded relations: the tie between two actors counts once however many relations are recorded, and the direction of a relation does not matter. A central actor is connected to many others, especially to other central actors. A broker links different communities. A community is a group of actors with more ties within it than between groups.',
    }[c.lang],
    {
      fi: `Erikoistumista mitataan sijaintiosamäärällä: kuinka monta kertaa yleisempi toimiala on ${here(c)} kuin ${against}. Jos toimialalla on alle ${threshold} toimijaa, tulos mainitaan mutta sitä pidetään epävarmana, koska yksi toimija enemmän tai vähemmän muuttaisi sitä paljon.`,
      sv: `Specialiseringen mäts med lokaliseringskvoten: hur många gånger vanligare en näringsgren är ${here(c)} än ${against}. Har en näringsgren färre än ${threshold} aktörer nämns resultatet men anses osäkert, eftersom en aktör mer eller mindre skulle ändra det mycket.`,
      en: `Specialisation is measured with the location quotient: how many times more common an industry is ${here(c)} than ${against}. When an industry has fewer than ${threshold} actors, the result is mentioned but treated as uncertain, since one actor more or less would change it a lot.`,
    }[c.lang],
    {
      fi: 'Vahvuudet ja kasvualat ovat toimialoja, jotka on pisteytetty erikoistumisen, koon, toimijoiden keskeisyyden, tarjotun osaamisen, hankkeiden ja edellisestä tilannekuvasta tapahtuneen kasvun mukaan. Jokaisen kohdalla kerrotaan sen perusteet. Kehittämiskohteet tulevat kartoituksen teemoista, täyttämättömistä osaamistarpeista ja verkoston aukoista; ne ovat ehdotuksia, jotka toimittaja hyväksyy, muuttaa tai hylkää.',
      sv: 'Styrkor och tillväxtbranscher är näringsgrenar som poängsatts efter specialisering, storlek, aktörernas centralitet, erbjuden kompetens, projekt och tillväxt sedan den förra lägesbilden. För var och en anges grunderna. Utvecklingsobjekten kommer från kartläggningens teman, kompetensbehov som inte täcks och luckor i nätverket; de är förslag som redaktören godkänner, ändrar eller avvisar.',
      en: 'Strengths and growth sectors are industries scored by specialisation, size, the centrality of their actors, the competences offered, projects and growth since the previous picture. Each comes with its grounds. Development targets come from the mapping’s themes, competence needs nobody meets and gaps in the network; they are proposals an editor accepts, changes or rejects.',
    }[c.lang],
  ];
}

function limits(c: Context): Lines {
  const p = c.picture;
  const unknown = p.composition.byDivision.find((r) => r.code === 'unknown')?.count ?? 0;
  const n = num(unknown, c.lang, 0);
  return [
    {
      fi: `Kuva on yhtä kattava kuin kirjatut tiedot: kirjaamaton yhteistyö näkyy puuttuvana yhteytenä, ja toimialakoodi puuttuu ${n} toimijalta. Kuvassa ovat vain tiedot, jotka lukijalla on oikeus nähdä, joten eri lukijoiden kuvat voivat erota.`,
      sv: `Bilden är lika heltäckande som de registrerade uppgifterna: samarbete som inte registrerats syns som en förbindelse som saknas, och näringsgrenskod saknas för ${n} ${unknown === 1 ? 'aktör' : 'aktörer'}. Bilden innehåller bara uppgifter som läsaren har rätt att se, så olika läsares bilder kan skilja sig.`,
      en: `The picture is only as complete as the recorded data: cooperation nobody recorded shows as a missing tie, and ${count(unknown, NOUNS.actor, c.lang)} ${unknown === 1 ? 'has' : 'have'} no industry code. It holds only what the reader may see, so pictures for different readers may differ.`,
    }[c.lang],
    p.includesExamples
      ? {
          fi: 'Osa tiedoista on kuvitteellista esimerkkiaineistoa, joten kuva ei kuvaa todellista ekosysteemiä.',
          sv: 'En del av uppgifterna är fiktiva exempeldata, så bilden beskriver inte det verkliga ekosystemet.',
          en: 'Part of the data is fictional example data, so the picture does not describe the real ecosystem.',
        }[c.lang]
      : null,
  ];
}

const PART_NAMES = {
  fi: {
    specialisation: 'erikoistuminen',
    size: 'koko',
    centrality: 'keskeisyys',
    competences: 'osaaminen',
    projects: 'hankkeet',
    growth: 'kasvu',
  },
  sv: {
    specialisation: 'specialisering',
    size: 'storlek',
    centrality: 'centralitet',
    competences: 'kompetens',
    projects: 'projekt',
    growth: 'tillväxt',
  },
  en: {
    specialisation: 'specialisation',
    size: 'size',
    centrality: 'centrality',
    competences: 'competences',
    projects: 'projects',
    growth: 'growth',
  },
} as const;

/** "erikoistuminen 35 %, koko 20 % …": the weights of a score, zero weights left out. */
function weights(c: Context, w: Readonly<ScoreParts>): string {
  const parts = (Object.keys(w) as (keyof ScoreParts)[]).filter((k) => w[k] > 0);
  return joinList(
    parts.map((k) => `${PART_NAMES[c.lang][k]} ${pct(w[k], c.lang)}`),
    c.lang,
  );
}

function network(c: Context, p: Picture): Lines {
  const pr = p.parameters.pagerank;
  const b = p.parameters.betweenness;
  const lv = p.parameters.louvain;
  const n = (x: number, d = 0) => num(x, c.lang, d);
  const converged = pr.converged
    ? { fi: 'ja tulos vakiintui', sv: 'och resultatet konvergerade', en: 'and the result converged' }[c.lang]
    : {
        fi: `eikä tulos vakiintunut ${n(pr.maxIterations)} kierroksessa`,
        sv: `utan att resultatet konvergerade på ${n(pr.maxIterations)} varv`,
        en: `without converging in ${n(pr.maxIterations)} rounds`,
      }[c.lang];
  const between =
    b.mode === 'exact'
      ? {
          fi: `Välillisyys laskettiin tarkasti kaikkien toimijaparien lyhimmistä poluista (tarkka laskenta enintään ${n(b.exactLimit)} toimijalle).`,
          sv: `Mellanheten beräknades exakt från de kortaste vägarna mellan alla aktörspar (exakt beräkning för högst ${n(b.exactLimit)} aktörer).`,
          en: `Betweenness was computed exactly from the shortest paths between all pairs of actors (exact for up to ${n(b.exactLimit)} actors).`,
        }[c.lang]
      : {
          fi: `Välillisyys arvioitiin ${n(b.sources)} satunnaisesti valitun lähtötoimijan lyhimmistä poluista (siemenluku ${b.seed ?? '–'}), koska toimijoita on yli ${n(b.exactLimit)}.`,
          sv: `Mellanheten uppskattades från de kortaste vägarna från ${n(b.sources)} slumpvis valda startaktörer (frö ${b.seed ?? '–'}), eftersom aktörerna är fler än ${n(b.exactLimit)}.`,
          en: `Betweenness was estimated from the shortest paths of ${n(b.sources)} randomly chosen source actors (seed ${b.seed ?? '–'}), since there are more than ${n(b.exactLimit)} actors.`,
        }[c.lang];
  return [
    {
      fi: 'Suhteet käsitellään suuntaamattomina. Saman toimijaparin suhteet yhdistetään yhdeksi yhteydeksi, jonka paino on suhteiden painojen summa (painoton suhde painaa 1), ja toimijan suhteet itseensä jätetään pois.',
      sv: 'Relationerna behandlas som oriktade. Relationer mellan samma aktörspar slås samman till en förbindelse vars vikt är summan av relationernas vikter (en relation utan vikt väger 1), och en aktörs relationer till sig själv utelämnas.',
      en: 'Relations are treated as undirected. Relations between the same pair of actors merge into one tie whose weight is the sum of their weights (a relation without a weight weighs 1), and an actor’s relations to itself are left out.',
    }[c.lang],
    {
      fi: `Keskeisyys on painotettu PageRank, vaimennuskerroin ${n(pr.damping, 2)}; laskenta kesti ${n(pr.iterations)} kierrosta ${converged}.`,
      sv: `Centraliteten är viktad PageRank med dämpningsfaktorn ${n(pr.damping, 2)}; beräkningen tog ${n(pr.iterations)} varv ${converged}.`,
      en: `Centrality is weighted PageRank with damping factor ${n(pr.damping, 2)}; the computation took ${n(pr.iterations)} rounds ${converged}.`,
    }[c.lang],
    between,
    {
      fi: `Yhteisöt löydettiin Louvain-menetelmällä (resoluutio ${n(lv.resolution, 2)}, siemenluku ${lv.seed}, ${count(lv.levels, LEVEL, c.lang)}). Modulaarisuus ${n(p.network.modularity, 3)} kertoo, kuinka selvästi verkosto jakautuu yhteisöihin (0 = ei lainkaan, lähellä 1 = selvästi). Sama aineisto ja siemenluku tuottavat aina saman tuloksen.`,
      sv: `Gemenskaperna hittades med Louvainmetoden (upplösning ${n(lv.resolution, 2)}, frö ${lv.seed}, ${count(lv.levels, LEVEL, c.lang)}). Modulariteten ${n(p.network.modularity, 3)} visar hur tydligt nätverket delas i gemenskaper (0 = inte alls, nära 1 = tydligt). Samma data och frö ger alltid samma resultat.`,
      en: `Communities were found with the Louvain method (resolution ${n(lv.resolution, 2)}, seed ${lv.seed}, ${count(lv.levels, LEVEL, c.lang)}). Modularity ${n(p.network.modularity, 3)} tells how clearly the network falls into communities (0 = not at all, near 1 = clearly). The same data and seed always give the same result.`,
    }[c.lang],
    {
      fi: `Välittäjällä on yhteyksiä ainakin yhteen toiseen yhteisöön, sen osallistumiskerroin (kuinka tasaisesti sen yhteydet jakautuvat yhteisöjen kesken) on vähintään ${n(p.parameters.brokers.minParticipation, 2)}, ja sen välillisyys on suurempi kuin nolla ja kuuluu alueen ylimpään neljännekseen; enintään ${n(p.parameters.brokers.maxListed)} luetellaan. Reunatoimijalla on yksi yhteys, tai se kuuluu pieneen, enintään ${n(p.parameters.peripheral.smallComponentMaxSize)} toimijan erilliseen ryhmään.`,
      sv: `En mäklare har förbindelser till minst en annan gemenskap, dess deltagandekoefficient (hur jämnt dess förbindelser fördelas mellan gemenskaperna) är minst ${n(p.parameters.brokers.minParticipation, 2)}, och dess mellanhet är större än noll och hör till den översta fjärdedelen i området; högst ${n(p.parameters.brokers.maxListed)} listas. En perifer aktör har en förbindelse eller hör till en liten separat grupp med högst ${n(p.parameters.peripheral.smallComponentMaxSize)} aktörer.`,
      en: `A broker has ties into at least one other community, its participation coefficient (how evenly its ties spread over communities) is at least ${n(p.parameters.brokers.minParticipation, 2)}, and its betweenness is above zero and in the top quarter of the area; at most ${n(p.parameters.brokers.maxListed)} are listed. A peripheral actor has a single tie or belongs to a small separate group of at most ${n(p.parameters.peripheral.smallComponentMaxSize)} actors.`,
    }[c.lang],
  ];
}

function scores(c: Context, p: Picture): Lines {
  const n = (x: number, d = 0) => num(x, c.lang, d);
  const threshold = n(p.parameters.lowCountThreshold);
  const minLq = n(p.parameters.strengths.minLocationQuotient, 2);
  const min = n(MIN_TENTATIVE_ORGANISATIONS);
  return [
    {
      fi: `Sijaintiosamäärä on toimialan osuus alueen toimialakoodillisista toimijoista jaettuna sen osuudella vertailukohdan toimijoista, toimialoittain (TOL 2008 -luokituksen pääluokat ja toimialat). Alle ${threshold} toimijan tulokset merkitään epävarmoiksi eikä niitä järjestetä.`,
      sv: `Lokaliseringskvoten är näringsgrenens andel av områdets aktörer med näringsgrenskod delad med dess andel av aktörerna i jämförelsegrunden, per näringsgren (huvudavdelningar och avdelningar i TOL 2008). Resultat med färre än ${threshold} aktörer märks som osäkra och rangordnas inte.`,
      en: `The location quotient is an industry’s share of the area’s actors with an industry code divided by its share of the actors in the comparison, by industry (sections and divisions of the TOL 2008 classification). Results with fewer than ${threshold} actors are marked uncertain and not ranked.`,
    }[c.lang],
    {
      fi: `Vahvuus on toimiala, jonka sijaintiosamäärä on vähintään ${minLq}. Alle ${threshold} toimijan toimiala on vahvuus vain varauksin: sillä on oltava vähintään ${min} toimijaa ja muuta näyttöä (tarjottua osaamista, hankkeita tai keskimääräistä keskeisempiä toimijoita), ja erikoistumisen paino pienenee toimijamäärän mukaan. Vahvuuspisteiden painot: ${weights(c, STRENGTH_WEIGHTS)}.`,
      sv: `En styrka är en näringsgren med en lokaliseringskvot på minst ${minLq}. En näringsgren med färre än ${threshold} aktörer är en styrka endast med förbehåll: den ska ha minst ${min} aktörer och andra belägg (erbjuden kompetens, projekt eller aktörer som är mer centrala än genomsnittet), och specialiseringens vikt minskar med antalet aktörer. Styrkepoängens vikter: ${weights(c, STRENGTH_WEIGHTS)}.`,
      en: `A strength is an industry with a location quotient of at least ${minLq}. An industry with fewer than ${threshold} actors is a strength only with reservations: it needs at least ${min} actors and other evidence (competences offered, projects or actors more central than average), and the weight of its specialisation shrinks with the number of actors. Weights of the strength score: ${weights(c, STRENGTH_WEIGHTS)}.`,
    }[c.lang],
    {
      fi: `Kasvualaehdokkaalla on oltava vähintään kaksi tulevaisuuteen viittaavaa näyttöä (kasvu, hankkeet, osaaminen tai keskeisyys). Kasvupisteiden painot: ${weights(c, GROWTH_WEIGHTS)}. Kasvu lasketaan edellisestä tallennetusta tilannekuvasta.`,
      sv: `En kandidat till tillväxtbransch ska ha minst två framåtblickande belägg (tillväxt, projekt, kompetens eller centralitet). Tillväxtpoängens vikter: ${weights(c, GROWTH_WEIGHTS)}. Tillväxten räknas från den senast sparade lägesbilden.`,
      en: `A candidate growth sector needs at least two kinds of forward-looking evidence (growth, projects, competences or centrality). Weights of the growth score: ${weights(c, GROWTH_WEIGHTS)}. Growth is counted from the latest saved picture.`,
    }[c.lang],
  ];
}

export function methods(c: Context): WrittenPicture['methods'] {
  const keep = (lines: Lines) => lines.filter((l): l is string => l !== null);
  return {
    plain: keep([...data(c), ...measures(c), ...limits(c)]),
    technical: keep([...network(c, c.picture), ...scores(c, c.picture)]),
  };
}
