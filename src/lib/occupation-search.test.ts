import { describe, expect, it } from 'vitest'
import { canonicalSearch, pageCount, resolveTableState } from './occupation-search'
import { visiblePages } from '../components/Pagination'

describe('table state from the URL', () => {
  it('fills defaults by cluster: sub-cluster order for a cluster, cluster order for all', () => {
    expect(resolveTableState('030100', {})).toEqual({ sort: 'pathway', start: 1, pageSize: 20 })
    expect(resolveTableState('all', {})).toEqual({ sort: 'cluster', start: 1, pageSize: 20 })
  })

  it('snaps start to the first row of its page', () => {
    expect(resolveTableState('030100', { start: 25 }).start).toBe(21)
    expect(resolveTableState('030100', { start: 120, size: 50 }).start).toBe(101)
  })

  it('leaves defaults out of the URL', () => {
    expect(canonicalSearch('030100', { sort: 'pathway', start: 1, pageSize: 20 })).toEqual({})
    expect(canonicalSearch('all', { sort: 'pathway', start: 21, pageSize: 50 })).toEqual({
      sort: 'pathway',
      start: 21,
      size: 50,
    })
  })

  it('counts at least one page, even for an empty list', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(53, 20)).toBe(3)
  })
})

describe('page numbers shown', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(visiblePages(1, 1)).toEqual([1])
    expect(visiblePages(2, 3)).toEqual([1, 2, 3])
    expect(visiblePages(5, 68)).toEqual([1, null, 4, 5, 6, null, 68])
    expect(visiblePages(68, 68)).toEqual([1, null, 67, 68])
  })
})
