import { useEffect, useState } from 'react'
import { useRouter } from '@tanstack/react-router'

type Status = 'idle' | 'copied' | 'failed'

/** Copies the address of exactly this view (sort, page and all), for a counselor to send to a student. */
export function CopyLinkButton() {
  const router = useRouter()
  const [status, setStatus] = useState<Status>('idle')
  // The router's idea of the address, made absolute the way this page's history writes it (path or hash).
  const shareUrl = () =>
    new URL(router.history.createHref(router.state.location.href), window.location.href).href
  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 4000)
    return () => clearTimeout(timer)
  }, [status])

  async function copy() {
    try {
      await navigator.clipboard.writeText(shareUrl())
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-blue-800 hover:bg-blue-50 dark:border-slate-600 dark:bg-slate-900 dark:text-sky-300 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M8.5 11.5a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2l-1 1 1.1 1.1 1-1a1.5 1.5 0 0 1 2.1 2.1l-3 3a1.5 1.5 0 0 1-2.1 0l-1.1 1Zm3-3a3 3 0 0 0-4.2 0l-3 3a3 3 0 0 0 4.2 4.2l1-1-1.1-1.1-1 1a1.5 1.5 0 0 1-2.1-2.1l3-3a1.5 1.5 0 0 1 2.1 0l1.1-1Z" />
        </svg>
        Copy link to this page
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status === 'copied' && 'Link copied. Paste it anywhere to share this exact page.'}
        {status === 'failed' && `Could not copy. The link is: ${shareUrl()}`}
      </span>
    </span>
  )
}
