// The occupation table's URL state: validated search params with safe fallbacks for junk values.
import * as z from 'zod/mini'
import { SORT_ORDERS, defaultSortFor, type SortOrder } from '../data/model'

export const PAGE_SIZES = [20, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 20

const positiveInt = z.int().check(z.positive())

export const occupationSearchSchema = z.object({
  /** Absent = the cluster's default order (pathway for a cluster, cluster for all). */
  sort: z.optional(z.catch(z.optional(z.enum(SORT_ORDERS)), undefined)),
  start: z.optional(z.catch(z.optional(positiveInt), undefined)),
  size: z.optional(z.catch(z.optional(z.union([z.literal(20), z.literal(50), z.literal(100)])), undefined)),
})
export type OccupationSearch = z.infer<typeof occupationSearchSchema>

export interface TableState {
  sort: SortOrder
  start: number
  pageSize: PageSize
}

/** Resolves defaults and snaps `start` to the first row of its page, so every page has one URL. */
export function resolveTableState(clusterCode: string, search: OccupationSearch): TableState {
  const pageSize = search.size ?? DEFAULT_PAGE_SIZE
  const start = pageStart(pageOf(search.start ?? 1, pageSize), pageSize)
  return { sort: search.sort ?? defaultSortFor(clusterCode), start, pageSize }
}

/** The shortest URL search for a state: defaults are left out. */
export function canonicalSearch(clusterCode: string, state: TableState): OccupationSearch {
  return {
    sort: state.sort === defaultSortFor(clusterCode) ? undefined : state.sort,
    start: state.start === 1 ? undefined : state.start,
    size: state.pageSize === DEFAULT_PAGE_SIZE ? undefined : state.pageSize,
  }
}

export function pageOf(start: number, pageSize: number): number {
  return Math.floor((start - 1) / pageSize) + 1
}

export function pageStart(page: number, pageSize: number): number {
  return (page - 1) * pageSize + 1
}

/** The `start` search param of a page: left out for page 1, like every default. */
export function startParam(page: number, pageSize: number): number | undefined {
  return page === 1 ? undefined : pageStart(page, pageSize)
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}
