/** Shown only when loading is slow (router pendingMs), so fast loads never flash it. */
export function PendingView() {
  return (
    <div role="status" className="flex items-center gap-3 py-12 text-slate-600 dark:text-slate-300">
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      Loading…
    </div>
  )
}
