// Wire format of O*NET Web Services "Browse by Career Cluster" (see API-CONTRACT.md).
// zod/mini keeps these schemas out of the first-view bundle budget.
import * as z from 'zod/mini'

const code = z.string()
/** O*NET sends `-1` for "several sub-clusters", as a number or a string. */
const pathwayCode = z.union([z.string(), z.number()])

export const wireClusterRef = z.looseObject({ code, title: z.string() })

export const wireClusterListing = z.looseObject({
  career_cluster: z.array(
    z.looseObject({
      href: z.optional(z.string()),
      code,
      title: z.string(),
      /** Non-standard: the embedded stand-in adds the cluster's occupation count. */
      occupation_count: z.optional(z.number()),
    }),
  ),
})
export type WireClusterListing = z.infer<typeof wireClusterListing>

export const wireLink = z.looseObject({ href: z.string(), rel: z.string() })

const wirePathway = z.looseObject({ code: pathwayCode, title: z.string() })

/** Version 1.9 occupation row. */
export const wireOccupationV1 = z.looseObject({
  href: z.optional(z.string()),
  code,
  title: z.string(),
  tags: z.optional(z.looseObject({ bright_outlook: z.optional(z.boolean()), green: z.optional(z.boolean()) })),
  career_cluster: wireClusterRef,
  career_pathway: wirePathway,
  /** Non-standard (stand-in only): the actual sub-clusters when career_pathway.code is -1. */
  career_pathways: z.optional(z.array(wirePathway)),
  /** Non-standard (stand-in only): O*NET OnLine's Bright Outlook categories. */
  bright_outlook_categories: z.optional(z.array(z.string())),
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
