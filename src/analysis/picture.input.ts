/**
 * What the picture is computed from: plain data, no database handles, so a loader (SQL, a file, a test)
 * fills it and the computation stays pure and reproducible.
 */
import type { ORGANISATION_KINDS, RELATION_KINDS, SIZE_CLASSES } from '../domain/enums.js';
import type { ScopeKind } from './picture.schema.js';
import type { EvidenceInput } from './survey-evidence.js';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type SizeClass = (typeof SIZE_CLASSES)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface PictureScope {
  readonly kind: ScopeKind;
  /** Ecosystem or network id, or the Statistics Finland code of a municipality ('140') or region ('11'). */
  readonly id: string;
  readonly name: string;
  /** Municipalities the scope covers. */
  readonly municipalityCodes?: readonly string[];
  /** Other towns of the scope's networks: partners there are suggested first for unmet needs. */
  readonly networkMunicipalityCodes?: readonly string[];
}

export interface PictureOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** TOL 2008 code of any level (2–5 digits); null when unknown. */
  readonly tolCode: string | null;
  readonly municipalityCode: string | null;
  readonly sizeClass: SizeClass | null;
}

export interface PictureRelation {
  readonly from: string;
  readonly to: string;
  /** Positive; 1 when absent. */
  readonly weight?: number;
  readonly kind?: RelationKind;
}

/** Relations as parallel arrays of positions in `organisations`: the cheap form for 10^6 relations. */
export interface RelationColumns {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight?: Float64Array;
  /** Relations with one end inside the scope and the other outside (counted, not drawn); 0 when absent. */
  readonly external?: number;
}

export interface PictureCompetence {
  readonly organisationId: string;
  readonly direction: 'offer' | 'need';
  /** Stable key: the competence id from the vocabulary, or 'tag:' + a normalised free tag. */
  readonly key: string;
  readonly label: string;
}

export interface PictureProject {
  readonly id: string;
  readonly name: string;
  /** Participating organisations (any role). */
  readonly organisationIds: readonly string[];
}

/** Counts by TOL 2008 division ('62') and, optionally, section ('J'); sections default to sums of divisions. */
export interface CountTable {
  readonly divisions: Readonly<Record<string, number>>;
  readonly sections?: Readonly<Record<string, number>>;
}

/**
 * The denominator of the organisations' location quotients. `baseline` says where it comes from:
 * 'finland' for a national table (Statistics Finland's establishments) or a whole-country import of
 * the business register, 'solmu' (the default) for the actors recorded in Solmu.
 */
export interface FinlandTable {
  readonly organisations: CountTable;
  readonly baseline?: 'finland' | 'solmu';
  readonly year?: number | null;
  readonly source?: string | null;
}

/** An imported jobs-by-industry table (e.g. Statistics Finland employment statistics). */
export interface JobsTable {
  readonly scope: CountTable;
  readonly finland: CountTable;
  readonly year?: number | null;
  readonly source?: string | null;
}

/** An organisation outside the scope that may answer the scope's needs. */
export interface ElsewhereOrganisation {
  readonly id: string;
  readonly name: string;
  readonly municipalityCode: string | null;
}

/** The counts a saved picture keeps for measuring growth later. */
export interface PictureSnapshot {
  readonly takenOn: string;
  readonly organisationsByDivision: Readonly<Record<string, number>>;
}

/** Another town of the scope's networks, for the side-by-side figures. */
export interface PeerInput {
  readonly scope: PictureScope;
  readonly organisations: readonly PictureOrganisation[];
  readonly relations: readonly PictureRelation[] | RelationColumns;
}

export interface PictureInput {
  readonly scope: PictureScope;
  /** Date of the data (YYYY-MM-DD); the picture never reads the clock itself. */
  readonly asOf?: string | null;
  readonly organisations: readonly PictureOrganisation[];
  /** Relations touching the scope; those reaching outside it are counted, not drawn. */
  readonly relations: readonly PictureRelation[] | RelationColumns;
  readonly competences?: readonly PictureCompetence[];
  readonly projects?: readonly PictureProject[];
  /** Finland-wide organisation counts, the denominator of the location quotient. */
  readonly finland: FinlandTable;
  readonly jobs?: JobsTable | null;
  /** Organisations outside the scope and their competences, for needs nobody in the scope offers. */
  readonly elsewhere?: {
    readonly organisations: readonly ElsewhereOrganisation[];
    readonly competences: readonly PictureCompetence[];
  };
  /** Earlier snapshots of this scope, oldest first; the latest is used for growth. */
  readonly history?: readonly PictureSnapshot[];
  readonly peers?: readonly PeerInput[];
  /**
   * True when any organisation, relation or competence record the picture reads is fictional example
   * data (source 'example'), or a mapping round whose answers are; the picture says so wherever it shows.
   */
  readonly includesExamples?: boolean;
  /** Coded themes and usable quotes of the mapping rounds in the scope (survey-evidence.ts). */
  readonly mappingEvidence?: EvidenceInput;
}
