import { ExternalLink } from './ExternalLink'

export const ONET_WEB_SERVICES_URL = 'https://services.onetcenter.org/'

/** Short credit shown right beside the data (O*NET Terms of Service ask for it near the data). */
export function OnetCreditLine() {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      Source:{' '}
      <ExternalLink href={ONET_WEB_SERVICES_URL} className="font-medium underline">
        O*NET Web Services
      </ExternalLink>{' '}
      (USDOL/ETA), with Career Clusters from the National Career Clusters® Framework.
    </p>
  )
}

/** Full credit wording O*NET asks for, including the notice that we modified the data. */
export function OnetCreditFull() {
  return (
    <p>
      This site incorporates information from{' '}
      <ExternalLink href={ONET_WEB_SERVICES_URL} className="underline">
        O*NET Web Services
      </ExternalLink>{' '}
      by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). O*NET® is a
      trademark of USDOL/ETA. Career Cluster Explorer has modified all or some of this information. USDOL/ETA
      has not approved, endorsed, or tested these modifications. Clusters and Sub-Clusters come from the
      National Career Clusters® Framework, a registered mark of Advance CTE.
    </p>
  )
}
