import type { ReactNode } from 'react'
import { useDocumentTitle } from '../lib/use-document-title'

/**
 * A view's <h1>, focusable by script so the root can move focus here after navigation,
 * and the view's document.title.
 */
export function ViewHeading({ children, title }: { children: ReactNode; title: string }) {
  useDocumentTitle(title)
  return (
    <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">
      {children}
    </h1>
  )
}
