import { useId } from 'react'

function SunIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="size-4" fill="currentColor">
      <circle cx="10" cy="10" r="4" />
      <path
        d="M10 1.5v2.5M10 16v2.5M1.5 10H4M16 10h2.5M4 4l1.8 1.8M14.2 14.2 16 16M16 4l-1.8 1.8M5.8 14.2 4 16"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  )
}

function LeafIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="size-4" fill="currentColor">
      <path d="M17 3C9 3 4 7 4 13c0 1 .2 2 .5 2.8L3 17.5l1 1 1.6-1.6c.8.3 1.6.4 2.4.4 6 0 9-5 9-14.3ZM6.5 14.5C8 11 10.5 8.5 14 7c-3 2-5 4.5-6.3 8l-1.2-.5Z" />
    </svg>
  )
}

const badgeBase =
  'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap print:border-black print:text-black'

/** Bright Outlook: icon and word; its categories appear on hover and keyboard focus. */
export function BrightOutlookBadge({ categories }: { categories: string[] }) {
  const tipId = useId()
  const colours =
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-400/60 dark:bg-amber-950 dark:text-amber-100'
  if (categories.length === 0) {
    return (
      <span className={`${badgeBase} ${colours}`}>
        <SunIcon />
        Bright Outlook
      </span>
    )
  }
  return (
    <span className="group relative inline-flex">
      <span
        tabIndex={0}
        aria-describedby={tipId}
        // Escape dismisses the tooltip (WCAG 1.4.13) by leaving the badge.
        onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
        className={`${badgeBase} ${colours} cursor-help`}
      >
        <SunIcon />
        Bright Outlook
      </span>
      <span
        role="tooltip"
        id={tipId}
        className="invisible absolute bottom-full left-0 z-10 mb-1 w-max max-w-60 rounded-md bg-slate-900 px-2 py-1 text-xs font-medium text-white opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100 dark:bg-slate-100 dark:text-slate-900 print:hidden"
      >
        {categories.join(' · ')}
      </span>
    </span>
  )
}

export function GreenBadge() {
  return (
    <span
      className={`${badgeBase} border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-400/60 dark:bg-emerald-950 dark:text-emerald-100`}
    >
      <LeafIcon />
      Green
    </span>
  )
}

/** One plain sentence per badge, shown right above the table. */
export function BadgeLegend() {
  return (
    <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-2 text-sm text-slate-700 dark:text-slate-300">
      <div className="contents">
        <dt>
          <BrightOutlookBadge categories={[]} />
        </dt>
        <dd>Expected to grow fast or have many job openings soon, or a new kind of job.</dd>
      </div>
      <div className="contents">
        <dt>
          <GreenBadge />
        </dt>
        <dd>Changing or growing because of work on clean energy and the environment.</dd>
      </div>
    </dl>
  )
}
