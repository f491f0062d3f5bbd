import { useRef, type ReactNode } from 'react'
import { useOverflowsX } from '../lib/use-overflows-x'

/**
 * A sideways-scrolling box for a wide table, named by the table's caption. It is a Tab stop only while it
 * actually scrolls: keyboard users need one to scroll it, and no extra stop when everything fits.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const scrolls = useOverflowsX(ref)
  return (
    <div
      ref={ref}
      className="overflow-x-auto print:overflow-visible"
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  )
}
