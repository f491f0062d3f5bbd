import { Link } from '@tanstack/react-router'
import { ViewHeading } from './ViewHeading'
import { OnetCreditLine } from './OnetCredit'

export function NotFoundView({ message }: { message?: string }) {
  return (
    <section className="space-y-4 py-6">
      <ViewHeading title="Page not found">Page not found</ViewHeading>
      <p>{message ?? 'We could not find the page at this address. The link may be old or mistyped.'}</p>
      <p>
        <Link to="/" className="font-medium text-blue-700 underline dark:text-sky-300">
          Browse all Career Clusters
        </Link>
      </p>
      <OnetCreditLine />
    </section>
  )
}
