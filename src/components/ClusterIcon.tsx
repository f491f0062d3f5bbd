// Simple line icons of our own design, one per cluster (no Advance CTE artwork). Decorative only.
const PATHS: Record<string, string> = {
  // gear
  '010100':
    'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm0-5v3m0 12v3M3 12h3m12 0h3M5.6 5.6l2.1 2.1m8.6 8.6 2.1 2.1m0-12.8-2.1 2.1m-8.6 8.6-2.1 2.1',
  // house frame + crane
  '010200': 'M3 21h18M5 21V11l7-6 7 6v10M9 21v-6h6v6',
  // truck
  '010300':
    'M2 6h11v10H2zM13 10h4l4 4v2h-8M6.5 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm11 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  // palette
  '020100':
    'M12 3a9 9 0 0 0 0 18c1.2 0 1.8-.9 1.5-2-.3-1 .4-2 1.5-2H17a4 4 0 0 0 4-4c0-5.5-4-10-9-10ZM7.5 11h.01M10 7h.01M15 7h.01',
  // bell (hotel)
  '020200': 'M4 17h16M6 17a6 6 0 0 1 12 0M12 8V6m-2 0h4M3 20h18',
  // coins
  '030100':
    'M4 7c0 1.7 3.6 3 8 3s8-1.3 8-3-3.6-3-8-3-8 1.3-8 3Zm0 0v5c0 1.7 3.6 3 8 3s8-1.3 8-3V7m-16 5v5c0 1.7 3.6 3 8 3s8-1.3 8-3v-5',
  // book
  '040100': 'M3 5.5C5.5 4 9 4 12 6c3-2 6.5-2 9-.5V19c-2.5-1.5-6-1.5-9 .5-3-2-6.5-2-9-.5V5.5ZM12 6v13.5',
  // heart with pulse
  '040200':
    'M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20ZM7 12h3l1.5-2 2 4 1.5-2h2',
  // shield
  '040300': 'M12 3 4 6v6c0 4.5 3.4 8 8 9 4.6-1 8-4.5 8-9V6l-8-3Zm-3 9 2 2 4-4',
  // sprout
  '050100': 'M12 21v-9m0 0C12 8 9 5 4 5c0 4 3 7 8 7Zm0 0c0-3 2.5-6 7-6 0 4-3 6-7 6ZM7 21h10',
  // lightning
  '050200': 'M13 2 4 14h7l-1 8 9-12h-7l1-8Z',
  // code brackets on screen
  '060100': 'M3 4h18v12H3zM8 20h8M12 16v4M9.5 8 7.5 10l2 2m5-4 2 2-2 2',
  // briefcase
  '060200': 'M3 8h18v11H3zM8 8V5h8v3M3 13h18',
  // megaphone
  '060300': 'M3 10v4h3l7 4V6l-7 4H3Zm14-1a4 4 0 0 1 0 6m2-9a8 8 0 0 1 0 12',
}

const FALLBACK = 'M4 4h16v16H4z'

export function ClusterIcon({ code, className }: { code: string; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      <path d={PATHS[code] ?? FALLBACK} />
    </svg>
  )
}
