// Wire format of O*NET Web Services "Browse by Career Cluster" (see API-CONTRACT.md).
// zod/mini keeps these schemas out of the first-view bundle budget.
import * as z from 'zod/mini'

const code = z.string()
/** O*NET sends `-1` for "several sub-clusters", as a number or a string. */
const pathwayCode = z.union([z.string(), z.number()])

export const wireClusterRef = z.looseObject({ code, title: z.string() })

const wireClusterRow = z.looseObject({
  href: z.optional(z.string()),
  code,
  title: z.string(),
  /** Non-standard: the embedded stand-in adds the cluster's occupation count. */
  occupation_count: z.optional(z.number()),
})

export const wireClusterListing = z.looseObject({ career_cluster: z.array(wireClusterRow) })
export type WireClusterListing = z.infer<typeof wireClusterListing>

export const wireLink = z.looseObject({ href: z.string(), rel: z.string() })

const wirePathway = z.looseObject({ code: pathwayCode, title: z.string() })

const wireTags = z.optional(
  z.looseObject({ bright_outlook: z.optional(z.boolean()), green: z.optional(z.boolean()) }),
)
/** Non-standard (stand-in only): O*NET OnLine's Bright Outlook categories. */
const wireBrightOutlookCategories = z.optional(z.array(z.string()))

/** Version 1.9 occupation row. */
export const wireOccupationV1 = z.looseObject({
  href: z.optional(z.string()),
  code,
  title: z.string(),
  tags: wireTags,
  career_cluster: wireClusterRef,
  career_pathway: wirePathway,
  /** Non-standard (stand-in only): the actual sub-clusters when career_pathway.code is -1. */
  career_pathways: z.optional(z.array(wirePathway)),
  bright_outlook_categories: wireBrightOutlookCategories,
})
export type WireOccupationV1 = z.infer<typeof wireOccupationV1>

export const wireOccupationPageV1 = z.looseObject({
  cluster: z.optional(z.string()),
  sort: z.string(),
  start: z.int(),
  end: z.int(),
  total: z.int(),
  link: z.optional(z.array(wireLink)),
  occupation: z.optional(z.array(wireOccupationV1)),
})
export type WireOccupationPageV1 = z.infer<typeof wireOccupationPageV1>

/** 422 body: the only error body the contract documents. */
export const wireError = z.looseObject({ error: z.string() })

// --- Version 2, provisional: shapes seen in third-party clients, not confirmed by O*NET's documentation. ---

/** v2 (provisional): the listing's array may be called `cluster`. */
export const wireClusterListingV2 = z.looseObject({ cluster: z.array(wireClusterRow) })
export type WireClusterListingV2 = z.infer<typeof wireClusterListingV2>

/** Either version of the cluster listing. */
export const wireClusterListingAny = z.union([wireClusterListing, wireClusterListingV2])

/** v2 (provisional) occupation row: a `sub_cluster` array replaces `career_pathway`. */
export const wireOccupationV2 = z.looseObject({
  href: z.optional(z.string()),
  code,
  title: z.string(),
  tags: wireTags,
  career_cluster: z.optional(wireClusterRef),
  /** Unconfirmed alias of `career_cluster`. */
  cluster: z.optional(wireClusterRef),
  sub_cluster: z.array(wirePathway),
  bright_outlook_categories: wireBrightOutlookCategories,
})
export type WireOccupationV2 = z.infer<typeof wireOccupationV2>

/** An occupation page of either version: v1 `link[]` or v2 `next`/`prev` URL strings, rows of either shape. */
export const wireOccupationPage = z.looseObject({
  cluster: z.optional(z.string()),
  /** Optional because v2's presence of it is unconfirmed; the requested sort stands in. */
  sort: z.optional(z.string()),
  start: z.int(),
  end: z.int(),
  total: z.int(),
  link: z.optional(z.array(wireLink)),
  next: z.optional(z.nullable(z.string())),
  prev: z.optional(z.nullable(z.string())),
  occupation: z.optional(z.array(z.union([wireOccupationV1, wireOccupationV2]))),
})
export type WireOccupationPage = z.infer<typeof wireOccupationPage>
