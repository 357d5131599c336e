/**
 * The vocabularies of a cluster organisation's profile on the European Cluster Collaboration Platform
 * (ECCP, clustercollaboration.eu) as Solmu exports an ecosystem into one. Where each list comes from, and
 * which of them could not be checked against ECCP's own form, is written in docs/formats.md ("ECCP
 * cluster profile").
 */

/** The kinds of members a profile counts (ECCP's validation names industry, research, public bodies…). */
export const ECCP_MEMBER_TYPES = [
  'sme',
  'large_company',
  'company_size_unknown',
  'research_organisation',
  'university',
  'public_body',
  'other',
] as const;
export type EccpMemberType = (typeof ECCP_MEMBER_TYPES)[number];

/** The EU's 14 industrial ecosystems (Industrial Strategy 2020, as clustercollaboration.eu/typology lists). */
export const INDUSTRIAL_ECOSYSTEMS = [
  'Aerospace & defence',
  'Agri-food',
  'Construction',
  'Cultural and creative industries',
  'Digital',
  'Electronics',
  'Energy-intensive industries',
  'Energy-renewables',
  'Health',
  'Mobility-Transport-Automotive',
  'Proximity, social economy and civil society',
  'Retail',
  'Textiles',
  'Tourism',
] as const;
export type IndustrialEcosystem = (typeof INDUSTRIAL_ECOSYSTEMS)[number];

/**
 * Sectors: the European Cluster Observatory's sectoral industries (the Cluster Panorama analyses 51).
 * Only those Solmu's themes reach are listed; the names follow the Observatory's cluster categories and
 * are to be checked against ECCP's form when the profile is entered (see docs/formats.md).
 */
export const ECCP_SECTORS = [
  'Agricultural inputs and services',
  'Automotive',
  'Biopharmaceuticals',
  'Business services',
  'Communications equipment and services',
  'Construction products and services',
  'Downstream chemical products',
  'Education and knowledge creation',
  'Electric power generation and transmission',
  'Environmental services',
  'Fishing and fishing products',
  'Food processing and manufacturing',
  'Forestry',
  'Hospitality and tourism',
  'Information technology and analytical instruments',
  'Lighting and electrical equipment',
  'Medical devices',
  'Metal mining',
  'Metalworking technology',
  'Paper and packaging',
  'Production technology and heavy machinery',
  'Upstream chemical products',
  'Upstream metal manufacturing',
  'Water transportation',
  'Wood products',
] as const;
export type EccpSector = (typeof ECCP_SECTORS)[number];

/** The Observatory's ten emerging (cross-sectoral) industries. */
export const EMERGING_INDUSTRIES = [
  'Advanced packaging',
  'Biopharmaceuticals',
  'Blue growth industries',
  'Creative industries',
  'Digital industries',
  'Environmental industries',
  'Experience industries',
  'Logistical services',
  'Medical devices',
  'Mobility technologies',
] as const;
export type EmergingIndustry = (typeof EMERGING_INDUSTRIES)[number];

/** ECCP's validation criteria for a cluster organisation, as the readiness check names them. */
export const ECCP_CRITERIA = [
  'committed_members',
  'member_types',
  'companies',
  'public_bodies',
  'cluster_management',
  'management_capacity',
  'english_description',
  'website',
  'contact',
  'sectors',
  'activity',
] as const;
export type EccpCriterion = (typeof ECCP_CRITERIA)[number];

/** A criterion is met, not met, or only a person can say (Solmu holds no data on it). */
export const ECCP_CRITERION_STATUSES = ['met', 'not_met', 'check_by_hand'] as const;
export type EccpCriterionStatus = (typeof ECCP_CRITERION_STATUSES)[number];

/** ECCP's validation asks for at least this many clearly committed members. */
export const ECCP_MIN_COMMITTED_MEMBERS = 15;
/** …and at least this many types of members. */
export const ECCP_MIN_MEMBER_TYPES = 2;
