// Wire (v1.9 or provisional v2) → domain model. Everything past this module speaks model.ts only.
import type * as z from 'zod/mini'
import {
  isSortOrder,
  type Cluster,
  type Occupation,
  type OccupationPage,
  type SortOrder,
  type SubClusterRef,
} from '../model'
import { OnetError } from './errors'
import {
  wireClusterListingAny,
  wireOccupationPage,
  type WireClusterListing,
  type WireClusterListingV2,
  type WireOccupationPage,
  type WireOccupationV1,
  type WireOccupationV2,
} from './wire'

/** What the client asked for: fills what the wire may omit and anchors the page identity. */
export interface OccupationPageRequest {
  clusterCode: string
  sort: SortOrder
  start: number
}

type WirePathway = WireOccupationV1['career_pathway']

export function onetOnlineUrl(occupationCode: string): string {
  return `https://www.onetonline.org/link/summary/${occupationCode}`
}

export function normaliseClusterListing(body: unknown): Cluster[] {
  const wire = parseOrThrow(wireClusterListingAny, body, 'cluster listing')
  const rows = isListingV2(wire) ? wire.cluster : wire.career_cluster
  return rows.map((row) => ({
    code: row.code,
    title: row.title,
    occupationCount: row.occupation_count ?? null,
  }))
}

export function normaliseOccupationPage(body: unknown, request: OccupationPageRequest): OccupationPage {
  const wire = parseOrThrow(wireOccupationPage, body, 'occupation page')
  const occupations = (wire.occupation ?? []).map(normaliseOccupation)
  const { start, total } = wire
  // The model's end is "last row returned": a page past the total returned none.
  const end = occupations.length === 0 ? start - 1 : wire.end
  const links = pageLinks(wire)
  return {
    // The requested code, not the echoed one: it is the identity the query cache and the URL use.
    clusterCode: request.clusterCode,
    sort: isSortOrder(wire.sort) ? wire.sort : request.sort,
    start,
    end,
    total,
    occupations,
    hasNext: links ? links.next : end < total,
    hasPrevious: links ? links.prev : start > 1,
  }
}

function normaliseOccupation(row: WireOccupationV1 | WireOccupationV2): Occupation {
  const v2 = isOccupationV2(row)
  const { subCluster, subClusters } = v2 ? subClustersV2(row) : subClustersV1(row)
  const cluster = v2 ? (row.career_cluster ?? row.cluster) : row.career_cluster
  // The domain needs the row's cluster; inventing a title would show a blank where data belongs.
  if (!cluster) throwMalformed(`O*NET occupation ${row.code} names no cluster`)
  return {
    code: row.code,
    title: row.title,
    onetOnlineUrl: onetOnlineUrl(row.code),
    brightOutlook: row.tags?.bright_outlook ?? false,
    brightOutlookCategories: row.bright_outlook_categories ?? [],
    green: row.tags?.green ?? false,
    cluster: { code: cluster.code, title: cluster.title },
    subCluster,
    subClusters,
  }
}

interface SubClusterFields {
  subCluster: SubClusterRef | null
  subClusters: SubClusterRef[]
}

function subClustersV1(row: WireOccupationV1): SubClusterFields {
  if (!isMultiple(row.career_pathway)) return { subCluster: toRef(row.career_pathway), subClusters: [] }
  return {
    subCluster: null,
    subClusters: (row.career_pathways ?? []).filter((p) => !isMultiple(p)).map(toRef),
  }
}

function subClustersV2(row: WireOccupationV2): SubClusterFields {
  const actual = row.sub_cluster.filter((p) => !isMultiple(p)).map(toRef)
  const [only] = actual
  return actual.length === 1 && only
    ? { subCluster: only, subClusters: [] }
    : { subCluster: null, subClusters: actual }
}

/** O*NET's "several sub-clusters" marker: code -1, as a number or a string. */
function isMultiple(pathway: WirePathway): boolean {
  return Number(pathway.code) === -1
}

function toRef(pathway: WirePathway): SubClusterRef {
  return { code: String(pathway.code), title: pathway.title }
}

/** Next/previous from the links the wire gives; undefined when it gives none, so the caller counts instead. */
function pageLinks(wire: WireOccupationPage): { next: boolean; prev: boolean } | undefined {
  if (wire.link !== undefined) {
    const rels = new Set(wire.link.map((l) => l.rel))
    return { next: rels.has('next'), prev: rels.has('prev') }
  }
  if (wire.next !== undefined || wire.prev !== undefined)
    return { next: Boolean(wire.next), prev: Boolean(wire.prev) }
  return undefined
}

// Loose objects carry an index signature, so `in` cannot tell the versions apart for the type checker.
function isListingV2(wire: WireClusterListing | WireClusterListingV2): wire is WireClusterListingV2 {
  return !Array.isArray(wire.career_cluster)
}

function isOccupationV2(row: WireOccupationV1 | WireOccupationV2): row is WireOccupationV2 {
  return Array.isArray(row.sub_cluster)
}

function parseOrThrow<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const detail = flattenIssues(result.error.issues)
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
  throwMalformed(`O*NET ${what} does not match the expected shape: ${detail}`)
}

interface IssueSummary {
  path: PropertyKey[]
  message: string
}

/** A failed union only says "Invalid input": report the issues of the version that matched deepest instead. */
function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): IssueSummary[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path]
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, message: issue.message }]
    const closest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best))
    return flattenIssues(closest, path)
  })
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length))
}

function throwMalformed(detail: string): never {
  throw new OnetError('malformed', { cause: new Error(detail) })
}
